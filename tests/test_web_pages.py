"""The pages added for issue 17 over a small hand-coded store: one event, quotes, stated ties,
sorting, the timelines' dates, the map's countries, and what every page owes a reader."""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from faultlines.model import Article, Place
from faultlines.store import Store
from faultlines.web import create_app
from faultlines.web.worldmap import has_shapes

sys.path.insert(0, str(Path(__file__).parent))  # the hand-coded stories of test_web_api
from test_web_api import ARM, AZE, RUS, _entities, _event, _script_story, _shelling  # noqa: E402


def _recalled() -> Article:
    """A story of 2023-09-22 that recalls a 2022 attack (a year-only date, in Armenia as a
    whole) and dates a deal after its own publication (a misreading or a plan)."""
    text = ("Russia attacked Armenia in 2022, the minister recalled.\n\n"
            "Armenia signed a deal with Russia on Monday.")
    armenia = Place("Armenia", "Armenia", "ARM", 40.07, 45.04, "country", None, 16, 23)
    events = (
        _event(text, "Russia attacked Armenia in 2022, the minister recalled.", "attacked",
               "ASSAULT", RUS, ARM, 4, -10.0, "2022", armenia),
        _event(text, "Armenia signed a deal with Russia on Monday.", "signed", "AGREE", ARM,
               RUS, 1, 4.0, "2023-12-04"))
    return Article(id="recalled", text=text, title="Armenia recalls", source="team",
                   published="2023-09-22", content_hash="h-recalled",
                   entities=_entities(text, RUS, ARM), actors=(RUS, ARM), events=events,
                   places=(armenia,))


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    path = tmp_path_factory.mktemp("pages") / "web.duckdb"
    with Store(path) as store:
        store.add([_shelling(), _script_story(), _recalled()])
    with TestClient(create_app(path, warm=False)) as c:
        yield c


PAGES = ["/", "/articles", "/articles/shelling", "/events", "/events/shelling:0", "/actors",
         "/actors/RUS", "/dyads", "/dyads/ARM/AZE", "/quotes", "/relations", "/network", "/map",
         "/faultlines", "/nowhere"]


class Page(HTMLParser):
    """What a page owes a reader: its h1s, its skip link, and which controls lack a label."""

    def __init__(self) -> None:
        super().__init__()
        self.h1 = 0
        self.skip = False
        self.in_label = 0
        self.unlabelled: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        self.h1 += tag == "h1"
        self.skip |= tag == "a" and a.get("href") == "#main" and "skip" in a.get("class", "")
        if tag == "label":
            self.in_label += 1
        if tag in ("input", "select", "textarea") and a.get("type") != "hidden" and not (
                self.in_label or a.get("aria-label") or a.get("id")):
            self.unlabelled.append(a.get("name", tag))

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.in_label -= 1


@pytest.mark.parametrize("url", PAGES)
def test_web_pages_have_an_h1_a_skip_link_and_labelled_controls(client, url):
    page = Page()
    page.feed(client.get(url).text)
    assert page.h1 == 1 and page.skip and page.unlabelled == [], url


def test_web_event_page_marks_trigger_and_arguments_in_its_sentence(client):
    html = client.get("/events/shelling:0").text
    assert '<span class="hl trigger" title="trigger of ASSAULT">shelled</span>' in html
    assert 'class="hl arg-actor" href="/actors/AZE"' in html
    assert 'class="hl arg-recipient" href="/actors/ARM"' in html
    # links by the store's key (the content hash here), the caller's id shown
    assert 'href="/articles/h-shelling#event-0"' in html and "(day)" in html
    assert "<code>shelling:0</code>" in html
    record = client.get("/api/events/shelling:0").json()
    assert record["event"]["type"] == "ASSAULT" and record["event"]["article_title"]
    marked = {s["text"]: s["kinds"] for s in record["sentence"] if s["kinds"]}
    assert marked == {"Azerbaijan": ["arg-actor"], "shelled": ["trigger"],
                      "Armenia": ["arg-recipient"], "Lachin": ["arg-place"]}


def test_web_event_page_shows_a_year_only_date_as_such_and_404s_an_unknown_id(client):
    assert "2022 <span class=\"muted\">(year only)</span>" in client.get("/events/recalled:0").text
    assert client.get("/events/recalled:9").status_code == 404
    assert client.get("/api/events/nope").status_code == 404


def test_web_quotes_page_searches_by_speaker_and_words(client):
    assert [q["text"] for q in client.get("/api/quotes?speaker=Russia").json()["items"]] == [
        "We call for calm,"]
    assert client.get("/api/quotes?text=calm").json()["items"][0]["speaker"]["code"] == "RUS"
    assert client.get("/api/quotes?speaker=Azerbaijan").json()["items"] == []
    html = client.get("/quotes?text=calm").text
    assert "We call for calm," in html and "Quotes <small>1</small>" in html


def test_web_relations_page_lists_stated_ties_with_their_evidence(client):
    html = client.get("/relations").text
    assert "Stated ties" in html and "Russia is Armenia&#39;s ally." in html
    assert [r["type"] for r in client.get("/api/relations?type=ally").json()["items"]] == ["ally"]
    assert client.get("/api/relations?type=war").json()["items"] == []


def test_web_list_columns_sort_both_ways_and_an_unknown_column_is_422(client):
    names = [a["name"] for a in client.get("/api/actors?sort=name").json()["items"]]
    assert names == sorted(names) and len(names) == 3
    assert [a["name"] for a in client.get("/api/actors?sort=-name").json()["items"]] == names[::-1]
    titles = [a["title"] for a in client.get("/api/articles?sort=title").json()["items"]]
    assert titles[0] == "Armenia recalls"
    assert [a["title"] for a in client.get("/api/articles?sort=-title").json()["items"]] == \
        titles[::-1]
    first = client.get("/api/actors?sort=name&limit=1").json()
    assert "sort=name" in first["next"] and first["items"][0]["name"] == names[0]
    bad = client.get("/api/actors?sort=salary")
    assert bad.status_code == 422 and "as_actor" in bad.text
    assert 'aria-sort="ascending"' in client.get("/actors?sort=name").text


def test_web_latest_events_never_open_with_a_date_after_their_story(client):
    latest = [e["id"] for e in client.get("/api/overview").json()["latest"]]
    assert "recalled:1" not in latest and latest[0] == "script:0"
    assert "recalled:1" in [e["id"] for e in client.get("/api/events").json()["items"]]


def test_web_timelines_run_over_the_publication_range(client):
    timeline = client.get("/api/overview").json()["timeline"]
    assert (timeline["start"], timeline["end"]) == ("2023-09-20", "2023-09-22")
    # the 2022 attack and the shelling of 2023-09-19, the day before the first story
    assert timeline["earlier"]["events"] == 2 and timeline["earlier"]["first"] == "2022-01-01"
    assert timeline["later"]["events"] == 1
    zoomed = client.get("/api/overview?since=2022-01-01&until=2023-12-31").json()["timeline"]
    assert zoomed["earlier"] is None and zoomed["spans"][0]["title"].startswith("2022 (year")


def test_web_dyad_lists_a_year_only_event_under_its_year(client):
    html = client.get("/dyads/ARM/RUS").text
    assert "2022 (year only)" in html
    assert any(e["date"] == "2022" for e in client.get("/api/dyads/ARM/RUS").json()["events"])


@pytest.mark.skipif(not has_shapes(), reason="world-atlas not installed (make web-assets)")
def test_web_map_shades_a_country_named_as_a_whole_and_dots_a_place(client):
    view = client.get("/api/map/view").json()["map"]
    assert [s["country"] for s in view["shades"]] == ["ARM"]
    assert [d["events"] for d in view["dots"]] == [1]  # Lachin, not Armenia's centre
    x, y, w, h = view["view"]
    assert w < 200 and abs(w / h - 16 / 9) < 0.01  # fitted to the Caucasus, not the world
    assert 'href="/map/world.svg#c-ARM"' in client.get("/map").text
