"""`read.events` with `near` and `bbox` and `faultlines events --near/--km/--bbox`: events by
where they happened."""

from __future__ import annotations

import json

from click.testing import CliRunner

from faultlines.cli import main
from faultlines.model import Actor, Article, Event, Place, Trigger
from faultlines.store import Store, read

AZE = Actor(text="Azerbaijan", name="Azerbaijan", code="AZE", country="AZE", sector="GOV",
            kind="state")
STEPANAKERT = Place(text="Stepanakert", name="Khankendi", country="AZE", lat=39.8177,
                    lon=46.7528, feature="city", geonameid=146970, start=0, end=11)
KYIV = Place(text="Kyiv", name="Kyiv", country="UKR", lat=50.45, lon=30.52, feature="city")
FIJI = Place(text="Suva", name="Suva", country="FJI", lat=-18.14, lon=178.44, feature="city")


def _article(id: str, text: str, place: Place | None) -> Article:
    from faultlines.ingest.draft import content_hash

    event = Event(type="ASSAULT", actor=(AZE,), recipient=(), sentence=text,
                  trigger=Trigger("shelled", 0, 7), date="2023-09-19", location=place)
    return Article(id=id, text=text, published="2023-09-19", content_hash=content_hash(text),
                   events=(event,))


def _fill(store: Store) -> None:
    store.add([_article("karabakh", "Shelling hit Stepanakert.", STEPANAKERT),
               _article("kyiv", "Shelling hit Kyiv.", KYIV),
               _article("fiji", "A storm hit Suva.", FIJI),
               _article("nowhere", "Shelling went on.", None)])


def _located(store: Store, **where) -> set[str]:
    """The ids of the articles whose events the filter keeps (events name them by key)."""
    rows = read.events.listing(store, read.EventFilter(**where))
    return {read.articles.document(store, r["article_id"])["id"] for r in rows}


def test_places_events_near_keeps_only_events_within_the_radius(store):
    _fill(store)
    assert _located(store, near=(39.82, 46.76), within_km=25) == {"karabakh"}
    assert _located(store, near=(45.0, 38.0), within_km=1500) == {"karabakh", "kyiv"}


def test_places_events_bbox_keeps_events_inside_and_crosses_the_antimeridian(store):
    _fill(store)
    assert _located(store, bbox=(44.0, 38.0, 51.0, 42.0)) == {"karabakh"}
    assert _located(store, bbox=(170.0, -25.0, -170.0, -10.0)) == {"fiji"}


def test_places_events_cli_near_and_bad_shape(tmp_path):
    db = str(tmp_path / "f.duckdb")
    with Store(db) as store:
        _fill(store)
    runner = CliRunner()
    ok = runner.invoke(main, ["events", "--db", db, "--near", "39.82,46.76", "--km", "50",
                              "--json"])
    assert ok.exit_code == 0, ok.output
    assert [e["location"]["name"] for e in json.loads(ok.output)] == ["Khankendi"]
    bad = runner.invoke(main, ["events", "--db", db, "--bbox", "1,2,3"])
    assert bad.exit_code == 2 and "MINLON,MINLAT,MAXLON,MAXLAT" in bad.output
