"""The fetcher against a local site: what it refuses, how it waits, what it sends."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from faultlines import __version__
from faultlines.watch import Fetcher, FetchError, WatchOptions
from tests.watch.conftest import LOCAL, Route, Site
from tests.watch.newsroom import FERRY, page


def test_watch_fetch_gets_a_page_with_a_user_agent_naming_the_project(site, fetcher):
    site.routes["/a"] = Route(page(FERRY))
    response = fetcher.get(site.url("/a"))
    assert response.status == 200 and b"Marisca" in response.body
    agent = site.requests[-1].headers["User-Agent"]
    assert agent.startswith(f"faultlines/{__version__}")


def test_watch_fetch_user_agent_carries_the_operators_contact():
    options = WatchOptions(contact="https://newsroom.example/watch")
    assert options.user_agent.endswith("+https://newsroom.example/watch)")


def test_watch_fetch_refuses_loopback_without_allow_private(site, clock):
    site.routes["/a"] = Route(page(FERRY))
    with Fetcher(WatchOptions(), clock=clock) as strict, pytest.raises(FetchError) as err:
        strict.get(site.url("/a"))
    assert "loopback" in str(err.value) and err.value.refused
    assert site.requests == []  # not even robots.txt was asked for


def test_watch_fetch_refuses_a_redirect_to_a_private_address(site, clock):
    inside = Site("127.0.0.2")  # stands for a machine on the private network
    try:
        inside.routes["/admin"] = Route("secret")
        site.routes["/moved"] = Route(status=302, headers={"Location": inside.url("/admin")})
        options = replace(LOCAL, allow_private=False, allow_networks=("127.0.0.1/32",))
        with Fetcher(options, clock=clock) as guarded, pytest.raises(FetchError) as err:
            guarded.get(site.url("/moved"))
        assert "127.0.0.2" in str(err.value) and "loopback" in str(err.value)
        assert inside.requests == []
    finally:
        inside.close()


def test_watch_fetch_refuses_a_redirect_to_another_scheme(site, fetcher):
    site.routes["/moved"] = Route(status=301, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="only http and https"):
        fetcher.get(site.url("/moved"))


def test_watch_fetch_follows_a_redirect_and_reports_the_final_url(site, fetcher):
    site.routes["/old"] = Route(status=301, headers={"Location": "/new"})
    site.routes["/new"] = Route(page(FERRY))
    assert fetcher.get(site.url("/old")).url == site.url("/new")


def test_watch_fetch_404_fails_at_once_without_retry(site, fetcher, clock):
    with pytest.raises(FetchError, match="HTTP 404 Not Found") as err:
        fetcher.get(site.url("/gone"))
    assert err.value.status == 404
    assert site.paths().count("/gone") == 1 and clock.sleeps.count(LOCAL.retry_backoff) == 0


def test_watch_fetch_retries_a_5xx_after_backing_off(site, fetcher, clock):
    site.routes["/busy"] = Route("busy", status=503, then=[Route(page(FERRY))])
    assert fetcher.get(site.url("/busy")).status == 200
    assert site.paths().count("/busy") == 2
    assert LOCAL.retry_backoff in clock.sleeps


def test_watch_fetch_gives_up_on_a_page_slower_than_the_timeout(site, fetcher):
    site.routes["/slow"] = Route(page(FERRY), delay=5.0)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 0.3 s"):
        fetcher.get(site.url("/slow"))
    assert time.monotonic() - started < 2.0
    assert site.paths().count("/slow") == 1 + LOCAL.retries


def test_watch_fetch_stops_reading_a_huge_page(site, fetcher):
    site.routes["/huge"] = Route(stream=50 * 2**20)  # 50 MB, no Content-Length
    started = time.monotonic()
    with pytest.raises(FetchError, match=f"too large: more than {LOCAL.max_bytes} bytes"):
        fetcher.get(site.url("/huge"))
    assert time.monotonic() - started < 2.0


def test_watch_fetch_refuses_a_declared_length_over_the_limit_before_reading(site, fetcher):
    site.routes["/big"] = Route(b"x" * (LOCAL.max_bytes + 1))
    with pytest.raises(FetchError, match="too large"):
        fetcher.get(site.url("/big"))


def test_watch_fetch_honours_robots_txt_and_asks_for_it_once(site, fetcher):
    site.routes["/robots.txt"] = Route("User-agent: *\nDisallow: /private/\n",
                                       content_type="text/plain")
    site.routes["/private/memo"] = Route(page(FERRY))
    site.routes["/a"] = Route(page(FERRY))
    site.routes["/b"] = Route(page(FERRY))
    with pytest.raises(FetchError, match="disallowed by .*/robots.txt"):
        fetcher.get(site.url("/private/memo"))
    fetcher.get(site.url("/a"))
    fetcher.get(site.url("/b"))
    assert "/private/memo" not in site.paths()
    assert site.paths().count("/robots.txt") == 1


def test_watch_fetch_skips_a_host_whose_robots_txt_fails_with_5xx(site, fetcher):
    site.routes["/robots.txt"] = Route("down", status=500)
    site.routes["/a"] = Route(page(FERRY))
    with pytest.raises(FetchError, match="robots.txt of .* is unreachable"):
        fetcher.get(site.url("/a"))
    assert "/a" not in site.paths()


def test_watch_fetch_waits_between_requests_to_one_host(site, other_site, fetcher, clock):
    for s in (site, other_site):
        s.routes["/a"] = Route(page(FERRY))
    fetcher.get(site.url("/a"))
    fetcher.get(other_site.url("/a"))  # each host has given its robots.txt now
    clock.advance(60)
    clock.sleeps.clear()
    fetcher.get(site.url("/a"))
    fetcher.get(other_site.url("/a"))  # another host: no wait
    assert clock.sleeps == []
    fetcher.get(site.url("/a"))
    assert clock.sleeps == [pytest.approx(LOCAL.host_interval)]


def test_watch_fetch_obeys_a_longer_crawl_delay(site, fetcher, clock):
    site.routes["/robots.txt"] = Route("User-agent: *\nCrawl-delay: 7\n",
                                       content_type="text/plain")
    site.routes["/a"] = Route(page(FERRY))
    fetcher.get(site.url("/a"))
    fetcher.get(site.url("/a"))
    assert clock.sleeps[-1] == pytest.approx(7.0)


def test_watch_fetch_sends_validators_and_returns_not_modified(site, fetcher):
    site.routes["/a"] = Route(page(FERRY), etag='"v1"')
    first = fetcher.get(site.url("/a"))
    second = fetcher.get(site.url("/a"), etag=first.etag)
    assert first.etag == '"v1"' and second.not_modified and second.body == b""
    assert site.requests[-1].headers["If-None-Match"] == '"v1"'
    fetcher.get(site.url("/a"), last_modified="Tue, 05 Mar 2024 09:00:00 GMT")
    assert site.requests[-1].headers["If-Modified-Since"] == "Tue, 05 Mar 2024 09:00:00 GMT"
