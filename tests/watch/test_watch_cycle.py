"""Whole cycles against local sites: what is coded, what is a copy, what changed, what failed."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from faultlines.watch import Fetcher, MemoryState, run_cycle
from tests.watch.conftest import LOCAL, Route, Site
from tests.watch.newsroom import (BUDGET, BUDGET_UPDATE, COURIER, DROUGHT, FERRY, LEDGER, STRIKE,
                                  atom, news_sitemap, page, rss, sitemap_index)

DAY = "Tue, 05 Mar 2024 09:00:00 GMT"


class Coder:
    """Stands for the pipeline and the store: keeps what it was given; can be made to fail."""

    def __init__(self) -> None:
        self.coded = []
        self.failures_left = 0

    def __call__(self, stories) -> None:
        if self.failures_left:
            self.failures_left -= 1
            raise RuntimeError("model crashed")
        self.coded.extend(stories)

    def titles(self) -> list[str]:
        return sorted(story.draft.title for story in self.coded)


@pytest.fixture
def coder() -> Coder:
    return Coder()


@pytest.fixture
def state() -> MemoryState:
    return MemoryState()


def _feed(site: Site, *stories, path: str = "/feed.xml", etag: str | None = None) -> str:
    items = []
    for number, story in enumerate(stories):
        site.routes[f"/news/{number}"] = Route(page(story))
        items.append((f"/news/{number}", story[0], DAY))
    site.routes[path] = Route(rss(site.base, items), content_type="application/rss+xml",
                              etag=etag)
    return site.url(path)


def test_watch_cycle_codes_new_items_once_and_asks_conditionally_next_time(
        site, fetcher, state, coder):
    feed = _feed(site, FERRY, DROUGHT, etag='"feed-1"')
    report = run_cycle([feed], fetcher, state, coder)
    assert report.failures == []
    assert coder.titles() == sorted([FERRY[0], DROUGHT[0]])
    story = coder.coded[0]
    assert story.draft.url.startswith(site.base) and story.draft.published == "2024-03-05"
    assert story.draft.id == story.id and story.outlet == site.base.removeprefix("http://")
    pages_before = len(site.requests)

    again = run_cycle([feed], fetcher, state, coder)
    assert site.requests[-1].headers["If-None-Match"] == '"feed-1"'
    assert len(site.requests) == pages_before + 1  # the feed's 304, and no page
    assert again.new == [] and len(coder.coded) == 2


def test_watch_cycle_wire_story_at_two_outlets_is_one_story_with_two_outlets(
        site, other_site, fetcher, state, coder):
    site.routes["/world/ferry"] = Route(page(FERRY, LEDGER))
    other_site.routes["/2024/03/05/ferries"] = Route(page(FERRY, COURIER))
    feeds = []
    for s, path in ((site, "/world/ferry"), (other_site, "/2024/03/05/ferries")):
        s.routes["/rss"] = Route(rss(s.base, [(path, FERRY[0], DAY)]))
        feeds.append(s.url("/rss"))
    report = run_cycle(feeds, fetcher, state, coder)
    assert len(coder.coded) == 1
    copy, = report.copies
    assert (copy.story, copy.how) == (coder.coded[0].id, "near")
    outlets = {o.outlet for o in state.outlets(copy.story)}
    assert outlets == {s.base.removeprefix("http://") for s in (site, other_site)}


def test_watch_cycle_same_text_at_a_second_url_is_a_copy_not_a_story(
        site, fetcher, state, coder):
    site.routes["/a"] = Route(page(STRIKE))
    site.routes["/print/a"] = Route(page(STRIKE))
    site.routes["/rss"] = Route(rss(site.base, [("/a", "A", DAY), ("/print/a", "A", DAY)]))
    report = run_cycle([site.url("/rss")], fetcher, state, coder)
    assert len(coder.coded) == 1 and [c.how for c in report.copies] == ["text"]


def test_watch_cycle_a_copy_declaring_a_known_canonical_url_is_a_copy(
        site, other_site, fetcher, state, coder):
    site.routes["/original"] = Route(page(DROUGHT, LEDGER))
    site.routes["/rss"] = Route(rss(site.base, [("/original", "A", DAY)]))
    run_cycle([site.url("/rss")], fetcher, state, coder)
    teaser = (DROUGHT[0], DROUGHT[1][:1] + ["Read the full story on our partner's site."])
    other_site.routes["/syndicated"] = Route(page(teaser, COURIER,
                                                  canonical=site.url("/original")))
    other_site.routes["/rss"] = Route(rss(other_site.base, [("/syndicated", "A", DAY)]))
    report = run_cycle([other_site.url("/rss")], fetcher, state, coder)
    assert len(coder.coded) == 1 and [c.how for c in report.copies] == ["url"]


def test_watch_cycle_reports_a_page_edited_after_it_was_coded_without_recoding_it(
        site, fetcher, state, coder):
    site.routes["/budget"] = Route(page(BUDGET))
    site.routes["/atom"] = Route(atom(site.base, [("/budget", BUDGET[0], "2024-03-07T06:00:00Z")]))
    run_cycle([site.url("/atom")], fetcher, state, coder)
    site.routes["/budget"] = Route(page(BUDGET_UPDATE))
    site.routes["/atom"] = Route(atom(site.base, [("/budget", BUDGET[0], "2024-03-07T19:00:00Z")]))

    report = run_cycle([site.url("/atom")], fetcher, state, coder)
    change, = report.changed
    assert change.story == coder.coded[0].id and change.old_hash != change.new_hash
    assert "the president signed the budget" in change.draft.text
    assert len(coder.coded) == 1 and report.new == []
    assert run_cycle([site.url("/atom")], fetcher, state, coder).changed == []


def test_watch_cycle_malformed_feed_fails_alone_and_is_retried_after_backoff(
        site, fetcher, state, coder, clock):
    site.routes["/bad.xml"] = Route("<rss><channel><item><title>Ferry</titl",
                                    content_type="application/rss+xml")
    good = _feed(site, FERRY)
    lines = []
    report = run_cycle([site.url("/bad.xml"), good], fetcher, state, coder, on_error=lines.append)
    assert lines == report.failures and len(lines) == 1
    assert lines[0].startswith(site.url("/bad.xml") + ": malformed feed")
    assert lines[0].endswith("(failure 1; next try in 5m)")
    assert coder.titles() == [FERRY[0]]

    report = run_cycle([site.url("/bad.xml")], fetcher, state, coder)
    assert report.skipped and site.paths().count("/bad.xml") == 1
    clock.advance(LOCAL.source_backoff)
    site.routes["/bad.xml"] = Route(rss(site.base, [("/news/0", FERRY[0], DAY)]))
    report = run_cycle([site.url("/bad.xml")], fetcher, state, coder)
    assert report.failures == [] and state.source(site.url("/bad.xml")).errors == 0


def test_watch_cycle_a_404_item_is_retried_then_given_up(site, fetcher, state, coder, clock):
    _feed(site, FERRY, etag='"f"')
    site.routes["/feed.xml"] = replace(site.routes["/feed.xml"], body=rss(site.base, [
        ("/news/0", FERRY[0], DAY), ("/missing", "Gone", DAY)]))
    feed = site.url("/feed.xml")
    first = run_cycle([feed], fetcher, state, coder)
    assert first.failures == [site.url("/missing") + ": HTTP 404 Not Found"]
    assert state.source(feed).etag is None  # an item still waits: no 304 may hide it
    for attempt in range(2, LOCAL.item_attempts + 1):
        clock.advance(LOCAL.source_backoff * 2 ** attempt)
        report = run_cycle([feed], fetcher, state, coder)
    assert report.failures[0].endswith(f"given up after {attempt} failed attempts "
                                       "(last: HTTP 404 Not Found)")
    assert state.source(feed).etag == '"f"' and len(coder.coded) == 1


def test_watch_cycle_slow_huge_and_disallowed_pages_fail_one_line_each(
        site, fetcher, state, coder):
    site.routes["/robots.txt"] = Route("User-agent: *\nDisallow: /members/\n",
                                       content_type="text/plain")
    site.routes["/slow"] = Route(page(BUDGET), delay=5.0)
    site.routes["/huge"] = Route(stream=20 * 2**20)
    site.routes["/members/memo"] = Route(page(STRIKE))
    site.routes["/ferry"] = Route(page(FERRY))
    site.routes["/rss"] = Route(rss(site.base, [(p, p, DAY) for p in
                                                ("/slow", "/huge", "/members/memo", "/ferry")]))
    started = time.monotonic()
    report = run_cycle([site.url("/rss")], fetcher, state, coder)
    assert time.monotonic() - started < 3.0
    assert coder.titles() == [FERRY[0]]
    reasons = dict(line.split(": ", 1) for line in report.failures)
    assert reasons[site.url("/slow")] == "timed out after 0.3 s"
    assert reasons[site.url("/huge")].startswith("too large")
    assert reasons[site.url("/members/memo")].startswith("disallowed by")
    assert "/members/memo" not in site.paths()


def test_watch_cycle_item_redirected_to_a_private_address_is_refused(site, clock, state, coder):
    inside = Site("127.0.0.2")
    try:
        inside.routes["/story"] = Route(page(FERRY))
        site.routes["/go"] = Route(status=302, headers={"Location": inside.url("/story")})
        site.routes["/rss"] = Route(rss(site.base, [("/go", "Go", DAY)]))
        options = replace(LOCAL, allow_private=False, allow_networks=("127.0.0.1/32",))
        with Fetcher(options, clock=clock) as guarded:
            report = run_cycle([site.url("/rss")], guarded, state, coder)
        assert report.failures[0].startswith(site.url("/go") + ": refused: 127.0.0.2")
        assert inside.requests == [] and coder.coded == []
    finally:
        inside.close()


def test_watch_cycle_coder_failure_rolls_back_and_codes_the_story_once_later(
        site, fetcher, state, coder, clock):
    feed = _feed(site, DROUGHT)
    coder.failures_left = 1
    report = run_cycle([feed], fetcher, state, coder)
    assert report.new == [] and report.failures[0].endswith(
        "coding failed for 1 stories (model crashed); they are retried next cycle")
    assert state.stories == {} and [page.errors for page in state.pages.values()] == [1]
    clock.advance(LOCAL.source_backoff)
    run_cycle([feed], fetcher, state, coder)
    run_cycle([feed], fetcher, state, coder)
    assert coder.titles() == [DROUGHT[0]]


def test_watch_cycle_caps_new_items_per_source_and_takes_the_rest_next_cycle(
        site, clock, state, coder):
    feed = _feed(site, FERRY, DROUGHT, STRIKE, etag='"f"')
    with Fetcher(replace(LOCAL, max_items_per_source=2), clock=clock) as capped:
        run_cycle([feed], capped, state, coder)
        assert len(coder.coded) == 2 and state.source(feed).etag is None
        run_cycle([feed], capped, state, coder)
    assert len(coder.coded) == 3 and state.source(feed).etag == '"f"'


def test_watch_cycle_reads_a_sitemap_index_and_its_news_sitemap_each_cycle(
        site, fetcher, state, coder):
    def news(*items):
        site.routes["/news.xml"] = Route(news_sitemap(site.base, list(items)),
                                         content_type="application/xml")

    site.routes["/budget"] = Route(page(BUDGET))
    site.routes["/strike"] = Route(page(STRIKE))
    news(("/budget", BUDGET[0], "2024-03-07T06:00:00Z"))
    site.routes["/sitemap.xml"] = Route(sitemap_index(site.base, ["/news.xml"]), etag='"i"',
                                        content_type="application/xml")
    report = run_cycle([site.url("/sitemap.xml")], fetcher, state, coder)
    assert coder.titles() == [BUDGET[0]] and report.failures == []
    assert state.source(site.url("/sitemap.xml")).kind == "sitemap index"
    assert state.source(site.url("/news.xml")).kind == "sitemap"

    news(("/budget", BUDGET[0], "2024-03-07T06:00:00Z"),
         ("/strike", STRIKE[0], "2024-03-08T06:00:00Z"))  # the index itself is unchanged
    run_cycle([site.url("/sitemap.xml")], fetcher, state, coder)
    assert coder.titles() == sorted([BUDGET[0], STRIKE[0]])


def test_watch_cycle_folder_codes_new_files_and_reports_a_rewritten_one(
        tmp_path, fetcher, state, coder, clock):
    clock.time = time.time() + 60  # the files are older than the watcher's now

    def write(name, story):
        text = "\n\n".join([f"Title: {story[0]}\nSource: Drop desk", *story[1]])
        (tmp_path / name).write_text(text, encoding="utf-8")

    write("ferry.txt", FERRY)
    run_cycle([str(tmp_path)], fetcher, state, coder)
    write("strike.txt", STRIKE)
    write("ferry.txt", (FERRY[0], FERRY[1][:2]))  # the desk cut the story down
    report = run_cycle([str(tmp_path)], fetcher, state, coder)
    assert coder.titles() == sorted([FERRY[0], STRIKE[0]])
    assert [c.url.rsplit("/", 1)[-1] for c in report.changed] == ["ferry.txt"]
    assert coder.coded[0].outlet == "Drop desk"


def test_watch_cycle_stop_ends_after_the_current_page_and_keeps_it(
        site, fetcher, state, coder):
    feed = _feed(site, FERRY, DROUGHT, STRIKE)
    def stop() -> bool:  # as if Ctrl-C came while the first page was read
        return any(path.startswith("/news/") for path in site.paths())

    report = run_cycle([feed], fetcher, state, coder, stop=stop)
    assert report.stopped and len(coder.coded) == 1
    run_cycle([feed], fetcher, state, coder)
    assert len(coder.coded) == 3


def test_watch_cycle_never_raises(site, fetcher, state, coder, monkeypatch):
    feed = _feed(site, FERRY)

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    def loud(line):
        raise ValueError("printer on fire")

    monkeypatch.setattr(fetcher, "get", broken)
    report = run_cycle([feed, "/no/such/folder"], fetcher, state, coder, on_error=loud)
    assert report.failures == [
        "no such URL, folder or list file: /no/such/folder",
        f"{feed}: internal error (RuntimeError: boom); the other sources go on"]


def test_watch_cycle_a_stop_flag_that_raises_stops_the_cycle_with_a_reason(
        site, fetcher, state, coder):
    report = run_cycle([_feed(site, FERRY)], fetcher, state, coder, stop=lambda: 1 / 0)
    assert report.stopped and coder.coded == []
    assert report.failures == ["the stop flag failed (ZeroDivisionError: division by zero); "
                               "the cycle ends here"]


def test_watch_cycle_a_bug_on_one_page_fails_that_page_only(
        site, fetcher, state, coder, monkeypatch):
    from faultlines.watch import pages

    feed = _feed(site, FERRY, DROUGHT)
    extract = pages.extract

    def fragile(response, where):
        if response.url.endswith("/news/0"):
            raise KeyError("trafilatura tripped")
        return extract(response, where)

    monkeypatch.setattr(pages, "extract", fragile)
    report = run_cycle([feed], fetcher, state, coder)
    assert coder.titles() == [DROUGHT[0]]
    assert report.failures == [site.url("/news/0") + ": internal error (KeyError: "
                               "'trafilatura tripped'); the other pages go on"]


@pytest.mark.slow
def test_watch_cycle_stories_code_with_the_real_pipeline_under_their_story_id(
        nlp, site, fetcher, state):
    from faultlines import pipeline

    articles = []

    def code_batch(stories):
        drafts = [story.draft for story in stories]
        articles.extend(article for article, _ in pipeline.code_drafts(nlp, drafts))

    run_cycle([_feed(site, BUDGET)], fetcher, state, code_batch)
    article, = articles
    assert article.id == next(iter(state.stories)) and article.url == site.url("/news/0")
    assert article.published == "2024-03-05" and "Velna" in article.text
