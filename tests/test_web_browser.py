"""The pages in a real browser: Debian's chromium, headless, driven by Playwright.

A store coded from the demo corpus (plus a story containing a <script> tag) is served by uvicorn
on 127.0.0.1; each page is opened, read, screenshotted at 1280×800 and 390×844 into
test-output/screenshots/, checked by axe-core (npm, pinned; installed by `make`) for serious or
critical accessibility violations and for anything wider than a phone, and its links, filters,
timeline brush and map zoom are used as a reader would.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "test-output" / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORTS = {"desktop": (1280, 800), "phone": (390, 844)}
SCRIPT_STORY = ("Title: A statement with <script>alert(1)</script> in it\nDate: 2023-09-22\n\n"
                "Armenia said a post reading <script>alert(1)</script> was fake. "
                "Russia criticised Azerbaijan on Friday.\n")


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory, demo_store, nlp):
    """The demo corpus (a copy of the session's demo store) and the <script> story, coded
    once with the session's pipeline, served on a free local port."""
    if not Path(CHROMIUM).exists():
        pytest.skip("no /usr/bin/chromium: run `make test` (it installs Debian's chromium)")
    import uvicorn

    from faultlines.corpus import code_corpus
    from faultlines.options import CodingOptions
    from faultlines.store import Store
    from faultlines.web import create_app

    from .conftest import copy_of

    tmp = tmp_path_factory.mktemp("browser")
    (tmp / "script.txt").write_text(SCRIPT_STORY, encoding="utf-8")
    with Store(copy_of(demo_store, tmp, "demo.duckdb")) as store:
        code_corpus([str(tmp / "script.txt")], CodingOptions(), store, nlp=nlp)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(tmp / "demo.duckdb"), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]'")
    sync_playwright = sync_api.sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.console_errors = errors
    yield page
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def test_web_browser_overview_shows_counts_and_links(page, demo_server):
    page.goto(demo_server + "/")
    assert "articles" in page.locator("section.figures").inner_text()
    assert page.locator("header nav a").count() == 10
    shot(page, "overview")
    assert page.console_errors == []


def test_web_browser_article_list_filter_and_reader(page, demo_server):
    page.goto(demo_server + "/articles")
    shot(page, "articles")
    page.fill("input[name=search]", "Wagner")
    page.click("form.filters button")
    titles = page.locator("table.list td a").all_inner_texts()
    assert "Wagner chief halts march on Moscow after Belarus-brokered deal" in titles
    assert 0 < len(titles) < 10  # the search narrowed the list of 35
    page.get_by_text("Wagner chief halts march").click()
    page.wait_for_selector("article.reader .story")
    assert "Wagner" in page.locator(".story").inner_text()
    shot(page, "article")


def test_web_browser_script_story_is_text_and_never_runs(page, demo_server):
    page.goto(demo_server + "/articles?search=statement%20with")
    page.locator("table.list td a").first.click()
    page.wait_for_selector(".story")
    assert "<script>alert(1)</script>" in page.locator(".story").inner_text()
    assert "<script>alert(1)</script>" in page.locator("h1").inner_text()
    assert page.locator(".story script").count() == 0
    page.wait_for_timeout(300)
    assert page.dialogs == []
    shot(page, "article-script")


def test_web_browser_actor_page_follows_from_an_actor_link(page, demo_server):
    page.goto(demo_server + "/actors")
    shot(page, "actors")
    page.locator("table.list td a.actor").first.click()
    page.wait_for_selector("figure.timeline svg")
    assert page.locator("figure.timeline rect.bar").count() > 0
    shot(page, "actor")


def test_web_browser_dyad_page_from_dyad_list(page, demo_server):
    page.goto(demo_server + "/dyads")
    shot(page, "dyads")
    links = page.locator("table.list td a")
    assert links.count() > 0, "the demo store should give dyads"
    links.first.click()
    page.wait_for_selector("figure.timeline svg")
    assert page.locator("section.periods li.event").count() >= 1
    shot(page, "dyad")


def test_web_browser_events_filter_by_type(page, demo_server):
    page.goto(demo_server + "/events")
    page.select_option("select[name=type]", "ASSAULT")
    page.click("form.filters button")
    page.wait_for_load_state()
    assert "type=ASSAULT" in page.url
    types = page.locator("li.event .etype").all_inner_texts()
    assert all(t.startswith("ASSAULT") for t in types)
    shot(page, "events-assault")


def test_web_browser_network_and_map_draw(page, demo_server):
    page.goto(demo_server + "/network")
    all_ties = page.locator("line.edge").count()
    assert all_ties > 0 and page.locator("line.edge.hostile").count() > 0
    shot(page, "network")
    page.fill("input[name=since]", "2023-01-01")
    page.click("form.filters button")
    page.wait_for_load_state()
    assert "since=2023-01-01" in page.url
    assert page.locator("line.edge").count() < all_ties  # an older tie drops out
    page.goto(demo_server + "/map")
    assert page.locator("figure.map svg use").count() > 1  # the world and shaded countries
    shot(page, "map")
    page.goto(demo_server + "/faultlines")
    shot(page, "faultlines")
    assert page.console_errors == []


# ---------------------------------------------------------------- every page, two screens


def _pages(base: str) -> dict[str, str]:
    """One URL per kind of page, found through the demo store's own API."""
    import httpx

    def first(path: str, field: str) -> str:
        return str(httpx.get(base + path).json()["items"][0][field])

    from faultlines.identity import slug

    dyad = httpx.get(base + "/api/dyads?limit=1").json()["items"][0]
    return {"overview": "/", "articles": "/articles",
            "article": "/articles/" + slug(first("/api/articles?limit=1", "id")),
            "events": "/events", "event": "/events/" + slug(first("/api/events?limit=1", "id")),
            "actors": "/actors", "actor": "/actors/" + slug(first("/api/actors?limit=1", "key")),
            "dyads": "/dyads", "dyad": f"/dyads/{slug(dyad['a'])}/{slug(dyad['b'])}",
            "quotes": "/quotes", "relations": "/relations", "network": "/network",
            "map": "/map", "faultlines": "/faultlines", "not-found": "/articles/no-such-story"}


@pytest.fixture(scope="session")
def pages(demo_server) -> dict[str, str]:
    return _pages(demo_server)


NAMES = ["overview", "articles", "article", "events", "event", "actors", "actor", "dyads", "dyad",
         "quotes", "relations", "network", "map", "faultlines", "not-found"]


def _axe(page) -> list[dict]:
    """axe-core's serious and critical violations on the page. Its source is evaluated through
    the DevTools protocol, which the page's CSP (no inline script) leaves alone."""
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "where": [n["target"] for n in v["nodes"][:3]]}
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def _small_chart_text(page) -> list[str]:
    """Text in charts and maps drawn smaller than 10 CSS pixels on screen."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('figure svg text'))
      .filter((t) => t.getClientRects().length && getComputedStyle(t).display !== 'none')
      .map((t) => [t.textContent, parseFloat(getComputedStyle(t).fontSize) *
                   Math.abs(t.getScreenCTM().a)])
      .filter(([, px]) => px < 10).map(([text, px]) => `${text}: ${px.toFixed(1)}px`)""")


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("name", NAMES)
def test_web_browser_every_page_passes_axe_and_fits_the_screen(browser, demo_server, pages,
                                                                name, viewport):
    if not AXE.exists():
        pytest.skip("axe-core is not installed: run `make web-assets` (npm ci)")
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        response = page.goto(demo_server + pages[name])
        assert response.status == (404 if name == "not-found" else 200)
        page.wait_for_load_state("networkidle")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
        assert page.locator("h1").count() == 1
        assert page.locator("a.skip[href='#main']").count() == 1
        assert page.evaluate("document.documentElement.scrollWidth") <= width, \
            "the page scrolls sideways"
        assert _small_chart_text(page) == []
        violations = _axe(page)
        assert violations == [], json.dumps(violations, indent=1)
        assert [e for e in errors if "404" not in e] == []
    finally:
        context.close()


def test_web_browser_timeline_brush_zooms_to_the_dragged_window(page, demo_server):
    page.goto(demo_server + "/")
    plot = page.locator("figure.timeline svg.tl-plot").first
    box = plot.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.25, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
    page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=5)
    page.mouse.up()
    page.wait_for_url("**/?since=*&until=*")
    figure = page.locator("figure.timeline").first
    since, until = figure.get_attribute("data-start"), figure.get_attribute("data-end")
    assert since < until and f"since={since}" in page.url
    assert page.get_by_text("Show the whole range").count() == 1
    shot(page, "overview-zoomed")


def test_web_browser_map_zooms_with_buttons_and_wheel_and_opens_clusters(page, demo_server):
    page.goto(demo_server + "/map")
    svg = page.locator("figure.map svg.map")
    width = lambda: float(svg.get_attribute("viewBox").split()[2])  # noqa: E731
    fitted = width()
    assert fitted < 1000  # fitted to the data, not the whole world
    page.click("button[data-zoom=in]")
    assert width() < fitted
    page.click("button[data-zoom=fit]")
    assert width() == pytest.approx(fitted, rel=0.01)
    box = svg.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    assert width() < fitted
    page.click("button[data-zoom=fit]")
    clusters = page.locator("a.cluster")
    if clusters.count():
        before = width()
        clusters.first.dispatch_event("click")
        assert width() < before
    # every dot is big enough to tap: 16 CSS pixels across at least, hit area included
    sizes = page.evaluate("""() => Array.from(document.querySelectorAll('circle.hit'))
        .map((c) => c.getBoundingClientRect().width)""")
    assert sizes and min(sizes) >= 31


@pytest.fixture(scope="session")
def watched_server(tmp_path_factory):
    """A store `faultlines watch` has run two cycles on (tests/test_web_changes.py), served."""
    if not Path(CHROMIUM).exists():
        pytest.skip("no /usr/bin/chromium: run `make test` (it installs Debian's chromium)")
    import uvicorn

    from faultlines.web import create_app
    from tests.test_web_changes import watched_store

    path = watched_store(tmp_path_factory.mktemp("watched") / "w.duckdb")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


def test_web_browser_overview_shows_the_last_cycles_alerts_with_links_to_evidence(
        page, watched_server):
    page.goto(watched_server + "/")
    section = page.locator("section.changes")
    text = section.inner_text()
    assert "new dilemma" in text and "Turkey between Russia and Ukraine" in text
    assert "Azerbaijan" not in text  # the first cycle's alert is not the last cycle's
    page.fill("#changed_since", "2024-03-05T09:00")
    page.click("section.changes button")
    page.wait_for_url("**changed_since=**")
    section.scroll_into_view_if_needed()
    shot(page, "overview-changes")
    assert "first event between Armenia and Azerbaijan" in section.inner_text()
    section.locator("ul.evidence a", has_text="Border clash").first.click()
    page.wait_for_selector(".story")
    assert "Azerbaijan shelled Armenian border posts" in page.locator(".story").inner_text()
    if AXE.exists():
        page.goto(watched_server + "/")
        assert [v for v in _axe(page) if "changes" in str(v["where"])] == []
    assert page.console_errors == []
