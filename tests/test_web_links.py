"""Every internal link of every page leads somewhere: the crawler (tests/crawl.py) over the
demo store and over a store of Guardian Syria articles (the first 25: a crawl of all 249 takes
over ten minutes on two cores) finds no broken link and no missing anchor."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from faultlines.web import create_app
from tests.crawl import crawl, internal_links


def _fetch(client: TestClient):
    def fetch(url: str) -> tuple[int, str, str]:
        response = client.get(url)
        kind = response.headers.get("content-type", "")
        return response.status_code, kind, response.text if "text/html" in kind else ""
    return fetch


def _crawled(path):
    with TestClient(create_app(path, warm=False, poll=0)) as client:
        return crawl(_fetch(client))


@pytest.mark.slow
def test_web_links_demo_store_has_no_broken_link(demo_store):
    found = _crawled(demo_store)
    assert len(found.status) > 500  # the crawl reached the articles, actors and dyads
    assert not found.broken, found.report()


@pytest.mark.slow
@pytest.mark.gold
def test_web_links_guardian_store_has_no_broken_link(guardian_sample_store):
    found = _crawled(guardian_sample_store)
    assert any(u.startswith("/articles/") for u in found.status)
    assert not found.broken, found.report()


def test_web_links_crawler_reads_paths_queries_and_anchors():
    body = ('<a href="/actors/SYR%3ACVL">x</a> <a href="#event-2">e</a> '
            '<a href="https://example.org/">out</a> <img src="data:,"> '
            '<a href="/events?actor=TUR&amp;since=2019-01-01#top">f</a>')
    links, anchors = internal_links("/articles/a", body)
    assert links == ["/actors/SYR%3ACVL", "/events?actor=TUR&since=2019-01-01#top"]
    assert anchors == ["event-2"]


def test_web_links_crawler_reports_a_dead_link_and_a_missing_anchor():
    pages = {"/": '<a href="/gone">g</a> <a href="/here#p-1">h</a> <a href="#top">t</a>',
             "/here": '<h2 id="p-2">x</h2>'}

    def fetch(url):
        return (200, "text/html", pages[url]) if url in pages else (404, "text/html", "")

    found = crawl(fetch, start=("/",))
    assert found.status["/gone"] == 404
    assert {"/gone", "/#top"} <= set(found.broken)
    assert any("#p-1" in b for b in found.broken)
