"""A page's canonical URL and its outlet."""

from __future__ import annotations

import pytest

from faultlines.watch.urls import canonical, outlet


@pytest.mark.parametrize("given,expected", [
    ("HTTP://News.Example:80/world/a?utm_source=rss&b=2&a=1#comments",
     "http://news.example/world/a?a=1&b=2"),
    ("https://news.example", "https://news.example/"),
    ("https://news.example/a?fbclid=xyz", "https://news.example/a"),
])
def test_watch_urls_canonical_drops_what_does_not_name_the_page(given, expected):
    assert canonical(given) == expected


@pytest.mark.parametrize("url,expected", [
    ("https://www.ledger.example/world/a", "ledger.example"),
    ("http://127.0.0.1:8123/a", "127.0.0.1:8123"),
    ("https://courier.example:443/a", "courier.example"),
    ("file:///srv/drop/a.txt", ""),
])
def test_watch_urls_outlet_is_the_site_a_reader_saw(url, expected):
    assert outlet(url) == expected
