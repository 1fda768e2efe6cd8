"""The geoparsing suites run end to end on a small sample of their gold data (the full runs
are `faultlines eval lgl|trnews|acled`, gated by eval/floors.json)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gold


def test_places_suites_lgl_sample_finds_and_places_most_toponyms(shared):
    from faultlines.eval import lgl

    result = lgl.run(limit=25)
    assert result.metrics["gold"] > 150
    # the first articles tell of Sudan and Egypt, whose KB centroids lie far from GeoNames'
    assert result.metrics["found"] >= 0.55
    assert result.metrics["placed_161km_or_same_country"] >= 0.45
    assert result.metrics["places_on_gold"] / result.metrics["places_predicted"] >= 0.8


def test_places_suites_acled_sample_places_notes_near_the_event(shared):
    from faultlines.eval import acled

    result = acled.run(limit=60)
    assert result.metrics["notes"] == 60 and result.metrics["placed_50km"] >= 0.25
    # no choice among the gazetteer's candidates can beat the notes' named places
    assert result.metrics["placed_50km"] <= result.metrics["reachable_50km"]
