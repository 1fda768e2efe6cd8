"""Filters, downloads and the list API over a hand-made store: the actor box, paging with
totals and next links, downloads of every row with the filters kept, menus of what occurs,
untitled articles, the reader's sidebar and dates at their precision."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from faultlines.model import Actor, Article, Entity, Event, Place, Trigger
from faultlines.store import Store
from faultlines.web import create_app

TUR = Actor("Turkey", "Turkey", "TUR", "TUR", "GOV", "state", id="country:TUR")
SYR = Actor("Syria", "Syria", "SYR", "SYR", "GOV", "state", id="country:SYR")
ERDOGAN = Actor("Erdoğan", "Recep Tayyip Erdoğan", None, "TUR", "GOV", "person",
                role="President", id="person:recep-tayyip-erdoğan")
HEADLINE = "=HYPERLINK(\"http://evil.example/\")"
MANY = 1100  # more than a page of JSON may hold, and more than the old 1,000-row cut


def _event(text: str, trigger: str, actor: Actor, recipient: Actor, day: str | None,
           kind: str = "ASSAULT", quad: int = 4, hypothetical: bool = False) -> Event:
    at = text.index(trigger)
    return Event(type=kind, actor=(actor,), recipient=(recipient,), sentence=text,
                 trigger=Trigger(trigger, at, at + len(trigger)), quad_class=quad,
                 score=-10.0 if quad == 4 else 3.0, date=day, hypothetical=hypothetical)


def _untitled() -> Article:
    text = ("Erdoğan said Turkey would strike Syria again. Turkey shelled Syria in 2019. "
            "Turkey shelled Syria near Afrin.")
    afrin = Place("Afrin", "Afrin", "SYR", 36.51, 36.87, "city", None, text.index("Afrin"),
                  text.index("Afrin") + 5)
    entities = tuple(Entity(w, "GPE" if a.kind == "state" else "PERSON", i, i + len(w), a)
                     for w, a in (("Erdoğan", ERDOGAN), ("Turkey", TUR), ("Syria", SYR))
                     for i in _all(text, w))
    events = (_event(text, "strike", ERDOGAN, SYR, "2019-10-09", hypothetical=True),
              _event(text, "shelled", TUR, SYR, "2019"),
              _event(text, "shelled Syria near", TUR, SYR, "2019-10"))
    return Article(id="untitled", text=text, title=None, published="2019-10-10",
                   content_hash="h-untitled", entities=entities, actors=(ERDOGAN, TUR, SYR),
                   events=events, places=(afrin, afrin))


def _all(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _many() -> Article:
    text = "Turkey and Syria talked. " * 3
    events = tuple(_event(text, "talked", TUR, SYR, f"2020-01-{1 + i % 28:02d}", "CONSULT", 1)
                   for i in range(MANY))
    return Article(id="many", text=text, title=HEADLINE, published="2020-02-01",
                   content_hash="h-many", actors=(TUR, SYR), events=events)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("filters") / "filters.duckdb"
    with Store(path) as store:
        store.add([_untitled(), _many()])
    with TestClient(create_app(path, warm=False, poll=0)) as c:
        yield c


@pytest.mark.parametrize("typed", ["Turkey", "tur", "TUR", "türkiye"])
def test_web_filters_actor_box_takes_names_and_codes_in_any_case(client, typed):
    page = client.get("/api/events", params={"actor": typed, "limit": 1}).json()
    assert page["total"] == MANY + 3  # Turkey's page holds its president's events too


def test_web_filters_actor_box_takes_people(client):
    for typed in ("Erdoğan", "erdogan", "Recep Tayyip Erdogan"):
        rows = client.get("/api/events", params={"actor": typed}).json()["items"]
        assert [e["trigger"]["text"] for e in rows] == ["strike"], typed
    html = client.get("/events", params={"actor": "Erdoğan"}).text
    assert "Recep Tayyip Erdoğan" in html and 'value="Erdoğan"' in html


def test_web_filters_unknown_actor_says_so(client):
    response = client.get("/events", params={"actor": "Atlantis"})
    assert response.status_code == 200
    assert "No actor in this store matches" in response.text


def test_web_filters_pages_have_totals_and_next_links(client):
    first = client.get("/api/events?actor=SYR&limit=500").json()
    assert first["total"] == MANY + 3 and len(first["items"]) == 500
    query = parse_qs(urlsplit(first["next"]).query)
    assert query["offset"] == ["500"] and query["actor"] == ["SYR"]
    last = client.get(f"/api/events?actor=SYR&limit=500&offset={MANY}").json()
    assert len(last["items"]) == 3 and last["next"] is None


def test_web_filters_csv_download_streams_every_row(client):
    response = client.get("/api/events?format=csv&actor=tur")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == MANY + 3
    assert {"actor_name", "recipient_code", "trigger_text"} <= set(rows[0])
    assert not any(cell.startswith(("{", "[")) for row in rows for cell in row.values())


def test_web_filters_jsonl_download_streams_every_row(client):
    lines = client.get("/api/events?format=jsonl&since=2020-01-01").text.splitlines()
    assert len(lines) == MANY and json.loads(lines[0])["type"] == "CONSULT"


def test_web_filters_downloads_neutralise_formulas(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/articles?format=csv").text)))
    assert {r["title"] for r in rows} == {"", "'" + HEADLINE}


def test_web_filters_page_links_keep_the_filters(client):
    html = client.get("/events?actor=Turkey&since=2019-01-01&until=2020-12-31").text
    for link in ('/api/events?format=csv&amp;actor=Turkey&amp;since=2019-01-01&amp;'
                 'until=2020-12-31',
                 '/events?actor=Turkey&amp;since=2019-01-01&amp;until=2020-12-31&amp;'
                 'offset=50'):
        assert link in html
    actors = client.get("/actors?kind=state&limit=1").text
    assert 'href="/actors?kind=state&amp;offset=1&amp;limit=1">more →' in actors


def test_web_filters_only_what_happened(client):
    every = client.get("/api/events?actor=SYR&limit=1").json()["total"]
    factual = client.get("/api/events?actor=SYR&factual=true&limit=1").json()["total"]
    assert every - factual == 1  # the hypothetical strike


def test_web_filters_menus_offer_only_what_occurs(client):
    events = client.get("/events").text
    assert ">ASSAULT<" in events and ">CONSULT<" in events and ">PROTEST<" not in events
    actors = client.get("/actors").text
    assert "person (1)" in actors and "armed_group" not in actors


def test_web_filters_untitled_article_reads_as_its_first_words(client):
    rows = client.get("/api/articles").json()["items"]
    untitled = next(r for r in rows if r["id"] == "untitled")
    assert untitled["label"].startswith("Erdoğan said Turkey would strike Syria")
    assert "untitled</a>" not in client.get("/articles").text
    assert "<h1>Erdoğan said Turkey would strike" in client.get("/articles/untitled").text


def test_web_filters_reader_sidebar_lists_each_actor_and_place_once(client):
    html = client.get("/articles/untitled").text
    sidebar = html[html.index('<aside class="sidebar">'):]
    assert sidebar.count(">Turkey</a>") == 1
    assert '>Turkey</a> <span class="count">×3</span>' in sidebar  # named three times
    assert sidebar.count("Afrin (SYR)") == 1 and 'Afrin (SYR) <span class="count">×2' in sidebar


def test_web_filters_dates_show_their_precision(client):
    html = client.get("/events?actor=SYR&until=2019-12-31").text
    assert "2019 (year only)" in html and "2019-10 (month only)" in html
    dyads = client.get("/api/dyads").json()["items"]
    assert {d["first"] for d in dyads} == {"2019"}
