"""The web API and pages over a small hand-coded store: shapes, filters, downloads, bad input."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from faultlines.model import Actor, Article, Entity, Event, Place, Quote, Relation, Trigger
from faultlines.store import Store
from faultlines.web import create_app

ARM = Actor("Armenia", "Armenia", "ARM", "ARM", "GOV", "state", id="ARM")
AZE = Actor("Azerbaijan", "Azerbaijan", "AZE", "AZE", "GOV", "state", id="AZE")
RUS = Actor("Russia", "Russia", "RUS", "RUS", "GOV", "state", id="RUS")
SCRIPT = "<script>alert(1)</script>"


def _event(text: str, sentence: str, trigger: str, kind: str, actor: Actor, recipient: Actor,
           quad: int, score: float, day: str, place: Place | None = None) -> Event:
    start = text.index(sentence) + sentence.index(trigger)
    return Event(type=kind, actor=(actor,), recipient=(recipient,), sentence=sentence,
                 trigger=Trigger(trigger, start, start + len(trigger)), quad_class=quad,
                 score=score, date=day, location=place)


def _entities(text: str, *actors: Actor) -> tuple[Entity, ...]:
    found = []
    for actor in actors:
        at = text.index(actor.text)
        found.append(Entity(actor.text, "GPE", at, at + len(actor.text), actor))
    return tuple(found)


def _shelling() -> Article:
    text = ("Azerbaijan shelled Armenia near Lachin on Tuesday.\n\n"
            "Russia urged Azerbaijan to stop. \"We call for calm,\" Russia said.")
    lachin = Place("Lachin", "Lachin", "AZE", 39.64, 46.55, "city", None, 32, 38)
    events = (
        _event(text, "Azerbaijan shelled Armenia near Lachin on Tuesday.", "shelled", "ASSAULT",
               AZE, ARM, 4, -10.0, "2023-09-19", lachin),
        _event(text, "Russia urged Azerbaijan to stop.", "urged", "REQUEST", RUS, AZE, 1, 3.0,
               "2023-09-20"))
    q_at = text.index("We call")
    return Article(id="shelling", text=text, title="Shelling near Lachin", source="team",
                   published="2023-09-20", content_hash="h-shelling",
                   entities=_entities(text, AZE, ARM, RUS), actors=(AZE, ARM, RUS),
                   events=events, places=(lachin,),
                   quotes=(Quote("We call for calm,", "direct", q_at, q_at + 17, RUS, "said"),),
                   relations=(Relation(RUS, ARM, 1, "ally", "Russia is Armenia's ally."),))


def _script_story() -> Article:
    text = f"A post reading {SCRIPT} was shared. Russia praised Armenia for its restraint."
    event = _event(text, "Russia praised Armenia for its restraint.", "praised", "SUPPORT", RUS,
                   ARM, 1, 3.4, "2023-09-21")
    return Article(id="script", text=text, title=f"Story with {SCRIPT}", source="team",
                   url="javascript:alert(2)",
                   published="2023-09-21", content_hash="h-script",
                   entities=_entities(text, RUS, ARM), actors=(RUS, ARM), events=(event,))


def items(client: TestClient, url: str) -> list[dict]:
    """The rows of one page of a list endpoint."""
    response = client.get(url)
    assert response.status_code == 200, response.text
    return response.json()["items"]


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    with Store(path) as store:
        store.add([_shelling(), _script_story()])
    with TestClient(create_app(path, warm=False)) as c:
        yield c


def test_web_api_articles_list_and_search(client):
    rows = items(client, "/api/articles")
    assert [r["id"] for r in rows] == ["script", "shelling"]
    assert [r["id"] for r in items(client, "/api/articles?search=Lachin")] == ["shelling"]
    assert items(client, "/api/articles?limit=1&offset=1")[0]["id"] == "shelling"


def test_web_api_article_is_the_output_record(client):
    doc = client.get("/api/articles/shelling").json()
    assert doc["events"][0]["type"] == "ASSAULT"
    assert doc["events"][0]["actor"][0]["code"] == "AZE"
    assert doc["quotes"][0]["speaker"]["name"] == "Russia"


def test_web_api_events_filters(client):
    assert {e["type"] for e in items(client, "/api/events")} == {"ASSAULT", "REQUEST",
                                                                      "SUPPORT"}
    assert [e["type"] for e in items(client, "/api/events?actor=AZE&quad=4")] == ["ASSAULT"]
    assert [e["type"] for e in items(client, "/api/events?type=REQUEST")] == ["REQUEST"]
    # an event shows its article's id as the caller gave it, its store key (the content hash
    # here) beside it for links and lookups
    recent = items(client, "/api/events?since=2023-09-21")
    assert [(e["id"], e["key"]) for e in recent] == [("script:0", "h-script:0")]
    assert [(e["article_id"], e["article_key"]) for e in recent] == [("script", "h-script")]
    boxed = items(client, "/api/events?bbox=40,35,50,45")
    assert [e["type"] for e in boxed] == ["ASSAULT"]


def test_web_api_events_csv_download(client):
    response = client.get("/api/events?format=csv&actor=RUS")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(r["type"] for r in rows) == ["REQUEST", "SUPPORT"]


def test_web_api_actors_and_actor(client):
    keys = {a["key"] for a in items(client, "/api/actors")}
    assert keys == {"ARM", "AZE", "RUS"}
    actor = client.get("/api/actors/RUS").json()
    assert actor["profile"]["as_actor"] == 2
    assert actor["quotes"][0]["text"] == "We call for calm,"
    # the series comes in one order on every run: period, then role, then quad class
    rows = [(s["period"], s["role"], s["quad_class"]) for s in actor["series"]]
    assert rows == sorted(rows)
    assert {p["node"] for p in actor["partners"]} == {"ARM", "AZE"} - {
        p["node"] for p in actor["adversaries"]}


def test_web_api_dyads_and_series(client):
    dyads = {(d["a"], d["b"]): d for d in items(client, "/api/dyads")}
    assert dyads[("ARM", "AZE")]["conflict"] == 1
    one = client.get("/api/dyads/ARM/AZE?period=week").json()
    assert one["total"] == 1 and one["events"][0]["type"] == "ASSAULT"
    assert client.get("/api/dyads/ARM/XXX").status_code == 404


def test_web_api_analysis_endpoints_answer(client):
    for url in ("/api/ties", "/api/dilemmas", "/api/escalation", "/api/network", "/api/stats",
                "/api/overview", "/api/relations", "/api/map"):
        assert client.get(url).status_code == 200, url
    ties = items(client, "/api/ties?actor=ARM")
    assert any({t["a"], t["b"]} == {"ARM", "AZE"} and t["strength"] < 0 for t in ties)
    assert items(client, "/api/relations")[0]["type"] == "ally"


@pytest.mark.parametrize("url", [
    "/api/events?since=2023-02-30", "/api/events?type=BOMB", "/api/events?quad=7",
    "/api/events?limit=0", "/api/events?bbox=1,2,3", "/api/events?bbox=a,b,c,d",
    "/api/events?since=2024-01-01&until=2023-01-01", "/api/articles?format=xml",
    "/api/dyads?order=sideways", "/api/network?threshold=2", "/events?quad=9",
])
def test_web_api_bad_parameter_is_422_with_reason(client, url):
    response = client.get(url)
    assert response.status_code == 422
    assert response.text.strip()


def test_web_api_empty_form_fields_mean_no_filter(client):
    assert client.get("/events?actor=&type=&quad=&since=&until=&bbox=").status_code == 200


def test_web_pages_answer_with_csp(client):
    for url in ("/", "/articles", "/articles/shelling", "/events", "/actors", "/actors/ARM",
                "/dyads", "/dyads/ARM/AZE", "/network", "/map", "/faultlines"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "script-src 'self'" in response.headers["content-security-policy"]


def test_web_reader_escapes_story_text(client):
    html = client.get("/articles/script").text
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "javascript:" not in html  # a stored link that would run code is not linked


def test_web_reader_lists_event_under_its_sentence(client):
    html = client.get("/articles/shelling").text
    first = html.index("shelled")
    assert html.index('id="event-0"') > first
    assert html.index('id="event-0"') < html.index("urged")


def test_web_store_is_opened_read_only(client):
    assert client.app.state.source.read_only and client.app.state.source.snapshots


def test_web_serve_binds_localhost_and_read_only_by_default():
    from faultlines.cli.web import serve

    ctx = serve.make_context("serve", [])
    assert ctx.params["host"] == "127.0.0.1"
    assert ctx.params["write"] is False


def test_web_api_article_by_its_store_key_as_well_as_its_id(client):
    """Events name their article by store key (issue 18): the page answers to it too."""
    assert client.get("/api/articles/h-script").json()["id"] == "script"
    assert client.get("/api/articles/script").json()["id"] == "script"
