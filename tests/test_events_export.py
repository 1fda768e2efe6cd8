"""`faultlines export --format plover|gdelt`: PLOVER records and GDELT columns of stored events."""

from __future__ import annotations

import csv
import json

from faultlines.model import Actor, Article, Event, Place, Trigger
from faultlines.store.export import export


def _article() -> Article:
    russia = Actor("Russia", "Russia", "RUS", "RUS", "GOV", "state", id="country:RUS")
    ukraine = Actor("Ukraine", "Ukraine", "UKR", "UKR", "GOV", "state", id="country:UKR")
    event = Event(type="ASSAULT", actor=(russia,), recipient=(ukraine,),
                  sentence="Russia shelled Kharkiv on Monday.",
                  trigger=Trigger("shelled", 7, 14), mode="heavy-weapons", cameo="194",
                  quad_class=4, score=-10.0, date="2023-09-18", date_text="Monday",
                  location=Place("Kharkiv", "Kharkiv", "UKR", 49.99, 36.23, "city", 706483),
                  confidence=0.9)
    return Article(id="a1", text="Russia shelled Kharkiv on Monday.", url="https://example.org/1",
                   source="Example", published="2023-09-19", content_hash="h1",
                   events=(event,))


def test_events_export_plover_writes_one_record_per_event(store, tmp_path):
    store.add([_article()])
    [path] = export(store, "plover", tmp_path / "events.json")
    [record] = json.loads(path.read_text())
    assert (record["event"], record["mode"], record["eventText"]) == \
        ("ASSAULT", "heavy-weapons", "shelled")
    assert record["source"][0]["code"] == "RUS" and record["target"][0]["code"] == "UKR"
    assert record["date"] == "2023-09-18" and record["eventLoc"]["lat"] == 49.99


def test_events_export_gdelt_fills_the_columns_that_apply(store, tmp_path):
    store.add([_article()])
    [path] = export(store, "gdelt", tmp_path / "events.tsv")
    [row] = list(csv.DictReader(path.open(), delimiter="\t"))
    assert (row["SQLDATE"], row["Actor1Code"], row["Actor2CountryCode"]) == \
        ("20230918", "RUSGOV", "UKR")
    assert (row["EventCode"], row["EventRootCode"], row["QuadClass"]) == ("194", "19", "4")
    assert row["GoldsteinScale"] == "-10.0" and row["NumArticles"] == "1"
    assert row["ActionGeo_FullName"] == "Kharkiv" and row["SOURCEURL"] == "https://example.org/1"


def _reported_by_three_outlets(store) -> None:
    """The watcher found the story at four pages of three outlets (issue 19)."""
    from faultlines.store.watch import StoreState
    from faultlines.watch import Outlet

    store.add([_article()])
    key = store.scalar("SELECT id FROM articles WHERE content_hash = 'h1'")
    state = StoreState(store)
    for url, outlet in [("https://example.org/1", "example.org"),
                        ("https://example.org/print/1", "example.org"),
                        ("https://wire.example/x", "wire.example"),
                        ("https://daily.example/y", "daily.example")]:
        state.add_outlet(Outlet(key, url, outlet, 0.0))


def test_events_export_gdelt_num_sources_counts_the_outlets_of_the_story(store, tmp_path):
    _reported_by_three_outlets(store)
    [path] = export(store, "gdelt", tmp_path / "events.tsv")
    [row] = list(csv.DictReader(path.open(), delimiter="\t"))
    assert (row["NumSources"], row["NumArticles"], row["NumMentions"]) == ("3", "4", "4")


def test_events_export_csv_events_carry_num_sources(store, tmp_path):
    _reported_by_three_outlets(store)
    store.add([Article(id="a2", text="Another story.", content_hash="h2",
                       events=(_article().events[0],))])
    export(store, "csv", tmp_path / "tables")
    rows = list(csv.DictReader((tmp_path / "tables" / "events.csv").open()))
    keys = {r["content_hash"]: r["id"] for r in csv.DictReader(
        (tmp_path / "tables" / "articles.csv").open())}
    assert {r["article_id"]: r["num_sources"] for r in rows} == {keys["h1"]: "3",
                                                                 keys["h2"]: "1"}
