"""When a listed page is read again, and how long failures wait."""

from __future__ import annotations

from faultlines.watch import PageState, WatchOptions
from faultlines.watch.entries import Entry
from faultlines.watch.schedule import DONE, READ, WAIT, backoff, due, duration, failed

OPTIONS = WatchOptions(source_backoff=300.0, max_source_backoff=3600.0, item_attempts=3)
URL, FEED, NOW = "http://news.example/a", "http://news.example/rss", 10_000.0
CODED = PageState(URL, FEED, story="s1", content_hash="h1", listed="2024-03-05T09:00:00Z",
                  checked_at=NOW - 60)


def test_watch_schedule_backoff_doubles_up_to_the_cap():
    assert [backoff(n, OPTIONS) for n in range(1, 6)] == [300, 600, 1200, 2400, 3600]


def test_watch_schedule_reads_new_pages_and_leaves_coded_ones():
    assert due(None, Entry(URL), FEED, NOW, OPTIONS) == READ
    assert due(CODED, Entry(URL, listed=CODED.listed), FEED, NOW, OPTIONS) == DONE


def test_watch_schedule_a_new_date_from_the_pages_own_source_means_read_again():
    edited = Entry(URL, listed="2024-03-05T18:00:00Z")
    assert due(CODED, edited, FEED, NOW, OPTIONS) == READ
    assert due(CODED, edited, "http://aggregator.example/rss", NOW, OPTIONS) == DONE


def test_watch_schedule_recheck_after_reads_a_quiet_page_again():
    options = WatchOptions(recheck_after=3600.0)
    assert due(CODED, Entry(URL), FEED, NOW, options) == DONE
    assert due(CODED, Entry(URL), FEED, NOW + 3600, options) == READ


def test_watch_schedule_a_failed_page_waits_then_is_given_up():
    once = failed(PageState(URL, FEED), "timed out", NOW, OPTIONS)
    assert (once.errors, once.last_error, once.next_attempt) == (1, "timed out", NOW + 300)
    assert due(once, Entry(URL), FEED, NOW, OPTIONS) == WAIT
    assert due(once, Entry(URL), FEED, NOW + 300, OPTIONS) == READ
    given_up = failed(failed(once, "timed out", NOW, OPTIONS), "gone", NOW, OPTIONS)
    assert (given_up.errors, given_up.next_attempt) == (3, NOW + 1200)
    assert due(given_up, Entry(URL), FEED, NOW, OPTIONS) == DONE
    assert given_up.cleared() == PageState(URL, FEED)


def test_watch_schedule_duration_reads_like_a_person_wrote_it():
    assert [duration(s) for s in (45, 300, 5400, 172800)] == ["45s", "5m", "1.5h", "2d"]
