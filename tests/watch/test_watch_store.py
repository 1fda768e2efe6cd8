"""The watcher's memory in the DuckDB store: the same behaviour as MemoryState, one transaction
with the coded articles, and stories named by the key the store gave their article."""

from __future__ import annotations

import pytest

from faultlines.model import Article
from faultlines.store import Store
from faultlines.store.watch import StoreState, num_sources
from faultlines.watch import (MemoryState, Outlet, PageState, SourceState, StoryRecord,
                              run_cycle)
from faultlines.watch import pages
from faultlines.watch.fetch import Response
from tests.watch.conftest import Route
from tests.watch.newsroom import COURIER, DROUGHT, FERRY, LEDGER, page, rss

DAY = "Tue, 05 Mar 2024 09:00:00 GMT"


@pytest.fixture(params=["memory", "store"])
def any_state(request):
    if request.param == "memory":
        yield MemoryState()
        return
    with Store(":memory:") as store:
        yield StoreState(store)


def bare_coder(state: StoreState):
    """Stores each story as an article with no events: the store side without the NLP."""
    def code_batch(stories):
        articles = [Article(id=s.id, text=s.draft.text, title=s.draft.title, url=s.draft.url,
                            source=s.outlet, published=s.draft.published,
                            content_hash=s.draft.content_hash) for s in stories]
        state.keep(stories, articles)
    return code_batch


def test_watch_store_atomic_rolls_back_every_write_on_error(any_state):
    any_state.save_page(PageState("http://a.example/1", "feed", story="s0"))
    with pytest.raises(RuntimeError), any_state.atomic():
        any_state.save_page(PageState("http://a.example/2", "feed", story="s1"))
        any_state.add_story(StoryRecord("s1", "h1", (1, 2), 0.0), ["0:ab"])
        any_state.save_hash("h1", "s1")
        raise RuntimeError("coder crashed")
    assert any_state.page("http://a.example/2") is None and any_state.story_of_hash("h1") is None
    assert any_state.candidates(["0:ab"]) == []
    assert any_state.page("http://a.example/1").story == "s0"


def test_watch_store_records_read_back_as_they_were_saved(any_state):
    source = SourceState("http://a.example/rss", kind="feed", etag='"e"', last_checked=5.0,
                         errors=2, last_error="HTTP 503", next_attempt=600.0)
    any_state.save_source(source)
    any_state.save_source(source)  # saving twice updates, never duplicates
    assert any_state.source(source.source) == source
    record = StoryRecord("s1", "h1", (4294967295, 0, 17), 3.0)
    any_state.add_story(record, ["0:ab", "1:cd"])
    any_state.add_story(StoryRecord("s2", "h2", (3, 4, 5), 4.0), ["0:ef", "1:cd"])
    assert any_state.candidates(["0:ab"]) == [record]
    assert [r.story for r in any_state.candidates(["1:cd"])] == ["s1", "s2"]
    any_state.add_outlet(Outlet("s1", "http://a.example/1", "a.example", 0.0))
    any_state.add_outlet(Outlet("s1", "http://a.example/1", "a.example", 5.0))
    any_state.add_outlet(Outlet("s1", "http://b.example/x", "b.example", 6.0))
    assert [o.outlet for o in any_state.outlets("s1")] == ["a.example", "b.example"]


def test_watch_store_a_story_already_stored_is_named_by_its_stored_key(site, fetcher):
    with Store(":memory:") as store:
        site.routes["/ferry"] = Route(page(FERRY))
        site.routes["/rss"] = Route(rss(site.base, [("/ferry", FERRY[0], DAY)]))
        state = StoreState(store)
        html = page(FERRY).encode()
        draft = pages.extract(Response(site.url("/ferry"), 200, html, content_type="text/html"),
                              "x").draft
        store.add([Article(id="coded-by-hand", text=draft.text,
                           content_hash=draft.content_hash)])
        key = store.scalar("SELECT id FROM articles")  # the caller's id, or a content key
        run_cycle([site.url("/rss")], fetcher, state, bare_coder(state))
        assert store.scalar("SELECT count(*) FROM articles") == 1
        assert state.page(site.url("/ferry")).story == key
        assert [o.story for o in state.outlets(key)] == [key]
        assert store.query("SELECT story FROM watch_stories") == [{"story": key}]


def test_watch_store_two_outlets_of_a_wire_story_are_its_num_sources(site, other_site, fetcher):
    with Store(":memory:") as store:
        state = StoreState(store)
        feeds = []
        for s, outlet in ((site, LEDGER), (other_site, COURIER)):
            s.routes["/ferry"] = Route(page(FERRY, outlet))
            s.routes["/drought"] = Route(page(DROUGHT, outlet))
            s.routes["/rss"] = Route(rss(s.base, [("/ferry", "F", DAY)]))
            feeds.append(s.url("/rss"))
        site.routes["/rss"] = Route(rss(site.base, [("/ferry", "F", DAY), ("/drought", "D", DAY)]))
        run_cycle(feeds, fetcher, state, bare_coder(state))
        ids = [r["id"] for r in store.query("SELECT id, title FROM articles ORDER BY title")]
        assert len(ids) == 2
        counts = num_sources(store, ids)
        assert sorted(counts.values()) == [1, 2]


def test_watch_store_a_failed_batch_stores_neither_articles_nor_pages(site, fetcher):
    with Store(":memory:") as store:
        state = StoreState(store)
        site.routes["/ferry"] = Route(page(FERRY))
        site.routes["/rss"] = Route(rss(site.base, [("/ferry", FERRY[0], DAY)]))
        keep = bare_coder(state)

        def half_then_crash(stories):
            keep(stories)
            raise RuntimeError("killed after the articles were written")

        report = run_cycle([site.url("/rss")], fetcher, state, half_then_crash)
        assert report.new == [] and store.scalar("SELECT count(*) FROM articles") == 0
        assert store.scalar("SELECT count(*) FROM watch_stories") == 0
        assert state.page(site.url("/ferry")).story is None
