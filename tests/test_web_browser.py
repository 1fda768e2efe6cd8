"""The pages in a real browser: Debian's chromium, headless, driven by Playwright.

A store coded from the demo corpus (plus a story containing a <script> tag) is served by uvicorn
on 127.0.0.1; each page is opened, read, screenshotted at 1280×800 into
test-output/screenshots/, and its links and filters are used as a reader would.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[1] / "test-output" / "screenshots"
DEMO = Path(__file__).resolve().parents[1] / "src" / "faultlines" / "demo" / "articles"
SCRIPT_STORY = ("Title: A statement with <script>alert(1)</script> in it\nDate: 2023-09-22\n\n"
                "Armenia said a post reading <script>alert(1)</script> was fake. "
                "Russia criticised Azerbaijan on Friday.\n")


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """The demo corpus and the <script> story, coded once, served on a free local port."""
    if not Path(CHROMIUM).exists():
        pytest.skip("no /usr/bin/chromium: run `make test` (it installs Debian's chromium)")
    import uvicorn

    from faultlines.corpus import code_corpus
    from faultlines.options import CodingOptions
    from faultlines.store import Store
    from faultlines.web import create_app

    tmp = tmp_path_factory.mktemp("browser")
    (tmp / "script.txt").write_text(SCRIPT_STORY, encoding="utf-8")
    with Store(tmp / "demo.duckdb") as store:
        code_corpus([str(DEMO), str(tmp / "script.txt")], CodingOptions(), store)
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
    assert page.locator("header nav a").count() == 8
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
    page.wait_for_selector("figure.chart svg")
    assert page.locator("figure.chart").count() == 2
    shot(page, "actor")


def test_web_browser_dyad_page_from_dyad_list(page, demo_server):
    page.goto(demo_server + "/dyads")
    shot(page, "dyads")
    links = page.locator("table.list td a")
    assert links.count() > 0, "the demo store should give dyads"
    links.first.click()
    page.wait_for_selector("figure.chart svg")
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
    assert page.locator("figure.map svg image").count() == 1
    shot(page, "map")
    page.goto(demo_server + "/faultlines")
    shot(page, "faultlines")
    assert page.console_errors == []
