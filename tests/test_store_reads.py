"""The read functions added for the web pages: counts that keep a date's precision, places
apart from whole countries, the latest events by their story's day, and sorting by a column."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from faultlines.store import read

sys.path.insert(0, str(Path(__file__).parent))
from test_web_api import _shelling  # noqa: E402
from test_web_pages import _recalled  # noqa: E402


@pytest.fixture
def filled(store):
    store.add([_shelling(), _recalled()])
    return store


def test_store_reads_timeline_counts_keep_each_dates_precision(filled):
    rows = {(str(r["day"]), r["precision"], r["type"]): r["events"]
            for r in read.timeline.counts(filled)}
    assert rows[("2022-01-01", "year", "ASSAULT")] == 1
    assert rows[("2023-09-19", "day", "ASSAULT")] == 1
    assert [str(d) for d in read.timeline.publication_range(filled)] == ["2023-09-20",
                                                                           "2023-09-22"]


def test_store_reads_timeline_counts_by_role(filled):
    did = read.timeline.counts(filled, role=("RUS", "actor"))
    suffered = read.timeline.counts(filled, role=("RUS", "recipient"))
    assert {r["type"] for r in did} == {"ASSAULT", "REQUEST"}
    assert {r["type"] for r in suffered} == {"AGREE"}


def test_store_reads_geography_keeps_whole_countries_apart_from_places(filled):
    assert [(p["place"], p["events"]) for p in read.geography.points(filled)] == [("Lachin", 1)]
    (armenia,) = read.geography.countries(filled)
    assert (armenia["country"], armenia["conflict"], armenia["cooperation"]) == ("ARM", 1, 0)


def test_store_reads_latest_events_leave_out_dates_after_their_story(filled):
    assert "recalled:1" not in [e["id"] for e in read.events.latest(filled)]
    assert read.events.one(filled, "recalled:1")["published"].isoformat() == "2023-09-22"
    assert read.events.one(filled, "recalled:7") is None
    by_key = read.events.one(filled, "h-recalled:1")  # by the store's key too, the id shown
    assert (by_key["id"], by_key["key"], by_key["article_id"]) == ("recalled:1", "h-recalled:1",
                                                                   "recalled")


def test_store_reads_sorting_names_the_columns_it_has():
    assert read.sorting.parse("-events", {"events": "n"}) == ("events", True)
    with pytest.raises(ValueError, match="use one of events"):
        read.sorting.parse("salary", {"events": "n"})
    assert read.sorting.order_by(None, {"events": "n"}, "n DESC", "id") == "n DESC, id"
    assert read.sorting.order_by("events", {"events": "n"}, "x", "id") == "n ASC NULLS LAST, id"


def test_store_reads_quotes_and_relations_count_what_they_list(filled):
    assert read.quotes.count(filled, read.QuoteFilter(text="calm")) == 1
    assert read.relations.count(filled, read.RelationFilter(type="ally")) == 1
    assert read.relations.types(filled) == [{"type": "ally", "relations": 1}]
