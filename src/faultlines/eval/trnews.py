"""The TR-News suite: 118 international news articles with 1,319 toponyms (Kamalloo & Rafiei
2018), scored end to end from raw text (shared/data/geoparsing/TR-News/TR-News.xml).

Measures as in the LGL suite (eval/lgl.py). TR-News tags demonyms ("Turkish") as toponyms of
their country; our PLACE records place names only, so the `_no_demonyms` figures leave the
gold phrases that are a KB demonym out.
"""

from __future__ import annotations

from faultlines.eval.result import Result

name = "trnews"
description = "TR-News (shared/data/geoparsing): toponyms found and placed within 161 km"
requires = ["data/geoparsing/TR-News/TR-News.xml"]


def run(limit: int | None = None) -> Result:
    from faultlines.eval import shared_dir
    from faultlines.eval.geo_common import run_xml_suite

    return run_xml_suite(name, shared_dir() / requires[0], limit)
