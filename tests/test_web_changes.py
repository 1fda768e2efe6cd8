"""The overview's "What changed": the watcher's stored alerts, since a chosen time, each linked
to its evidence (the browser test is in tests/test_web_browser.py, beside its fixtures)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from faultlines.analysis.api import Network
from faultlines.analysis.synthetic import article, event
from faultlines.store import Store
from faultlines.store import watch as stored
from faultlines.watch.alerts import EMPTY, compare, snapshot
from faultlines.web import create_app

HOUR = 3600.0
T0 = 1_709_630_000.0  # 2024-03-05 09:13 UTC


def _cycle(store: Store, finished: float, articles) -> list[dict]:
    """What a watch cycle leaves in the store after coding `articles`."""
    before = stored.last_snapshot(store) or EMPTY
    store.add(articles)
    network = Network.from_store(store)
    alerts = stored.with_links(store, compare(network, before))
    stored.record_cycle(store, finished - 60, finished, {"new": len(articles)},
                        snapshot(network), alerts)
    return alerts


def watched_store(path: Path) -> Path:
    """A store two cycles old: the first saw a border clash, the second a power caught between
    (also served to the browser by tests/test_web_browser.py)."""
    with Store(path) as store:
        clash = article("clash", "2024-03-01", (event(
            "AZE", "ARM", "ASSAULT", "2024-03-01",
            sentence="Azerbaijan shelled Armenian border posts on Friday."),))
        _cycle(store, T0, [replace(clash, title="Border clash")])
        _cycle(store, T0 + 2 * HOUR, [
            article(f"tur-{d}", d, (event("TUR", "RUS", "COOPERATE", d),
                                    event("TUR", "UKR", "AID", d),
                                    event("RUS", "UKR", "ASSAULT", d,
                                          sentence=f"Russian forces shelled Kharkiv on {d}.")))
            for d in ("2024-03-02", "2024-03-03")])
    return path


@pytest.fixture(scope="module")
def watched(tmp_path_factory) -> Path:
    return watched_store(tmp_path_factory.mktemp("changes") / "w.duckdb")


@pytest.fixture(scope="module")
def client(watched):
    with TestClient(create_app(watched, warm=False)) as c:
        yield c


def test_web_changes_overview_gives_the_last_cycles_alerts_by_default(client):
    changes = client.get("/api/overview").json()["changes"]
    kinds = sorted(a["kind"] for a in changes["alerts"])
    assert kinds == ["first_event", "first_event", "first_event", "new_dilemma"]
    assert {a["cycle"] for a in changes["alerts"]} == {2}
    assert changes["last_cycle"]["cycle"] == 2


def test_web_changes_since_a_chosen_time_reaches_back_to_earlier_cycles(client):
    changes = client.get("/api/overview?changed_since=2024-03-05T09:00").json()["changes"]
    keys = {a["key"] for a in changes["alerts"]}
    assert "pair:ARM|AZE" in keys and "dilemma:TUR|RUS|UKR" in keys
    later = client.get("/api/overview?changed_since=2030-01-01T00:00").json()["changes"]
    assert later["alerts"] == []
    assert client.get("/api/overview?changed_since=yesterday").status_code == 422


def test_web_changes_a_store_never_watched_says_how_to_start(tmp_path):
    with Store(tmp_path / "plain.duckdb") as store:
        store.add([article("a", "2024-03-01", (event("AZE", "ARM", "ASSAULT", "2024-03-01"),))])
    with TestClient(create_app(tmp_path / "plain.duckdb", warm=False)) as c:
        html = c.get("/").text
    assert "Nothing watched yet" in html


def test_web_changes_article_page_names_the_outlets_that_ran_the_story(tmp_path):
    from faultlines.store.watch import StoreState
    from faultlines.watch import Outlet

    with Store(tmp_path / "o.duckdb") as store:
        store.add([article("wire", "2024-03-01", (event("AZE", "ARM", "ASSAULT", "2024-03-01"),))])
        key = store.scalar("SELECT id FROM articles")
        state = StoreState(store)
        for url, outlet in [("https://ledger.example/a", "ledger.example"),
                            ("https://courier.example/b", "courier.example")]:
            state.add_outlet(Outlet(key, url, outlet, 0.0))
    with TestClient(create_app(tmp_path / "o.duckdb", warm=False)) as c:
        html = c.get(f"/articles/{key}").text
    assert "reported by 2 outlets:" in html
    assert '<a href="https://courier.example/b" rel="noopener noreferrer">courier.example</a>' in html
