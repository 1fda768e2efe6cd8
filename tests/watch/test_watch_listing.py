"""Feeds and sitemaps to entries: which library reads which, and what a broken one gives."""

from __future__ import annotations

import gzip

import pytest

from faultlines.watch.entries import ListingError
from faultlines.watch.listing import read_listing
from tests.watch.newsroom import atom, news_sitemap, rss, sitemap_index

BASE = "http://news.example"
LIMIT = 2**20


def test_watch_listing_reads_rss_items_with_their_dates():
    listing = read_listing(rss(BASE, [("/ferry", "Ferry", "Tue, 05 Mar 2024 09:30:00 GMT")])
                           .encode(), BASE + "/feed", LIMIT)
    assert listing.kind == "feed" and listing.warning is None
    entry, = listing.entries
    assert (entry.url, entry.title, entry.published) == (BASE + "/ferry", "Ferry", "2024-03-05")
    assert entry.listed == "2024-03-05T09:30:00Z"


def test_watch_listing_reads_atom_entries():
    listing = read_listing(atom(BASE, [("/a", "A", "2024-03-06T10:00:00Z")]).encode(),
                           BASE + "/atom", LIMIT)
    assert [e.url for e in listing.entries] == [BASE + "/a"]


def test_watch_listing_resolves_relative_feed_links_against_the_feed():
    body = b"<rss version='2.0'><channel><item><link>/world/1</link></item></channel></rss>"
    assert read_listing(body, BASE + "/feeds/all", LIMIT).entries[0].url == BASE + "/world/1"


def test_watch_listing_malformed_feed_with_no_item_is_an_error():
    with pytest.raises(ListingError, match="malformed feed"):
        read_listing(b"<rss><channel><item><title>Ferry</titl", BASE, LIMIT)


def test_watch_listing_keeps_the_items_before_a_feed_breaks_and_says_so():
    body = (b"<rss version='2.0'><channel><item><link>http://news.example/1</link></item>"
            b"<item><title>cut off")
    listing = read_listing(body, BASE, LIMIT)
    assert [e.url for e in listing.entries] == [BASE + "/1"]
    assert listing.warning.startswith("malformed feed")


def test_watch_listing_html_is_neither_feed_nor_sitemap():
    with pytest.raises(ListingError, match="neither a feed nor a sitemap"):
        read_listing(b"<html><body><p>Hello</p></body></html>", BASE, LIMIT)


def test_watch_listing_reads_a_news_sitemap_title_and_date():
    body = news_sitemap(BASE, [("/budget", "Budget passes", "2024-03-07T06:00:00Z")]).encode()
    entry, = read_listing(body, BASE + "/news.xml", LIMIT).entries
    assert (entry.url, entry.title, entry.published) == (BASE + "/budget", "Budget passes",
                                                         "2024-03-07")


def test_watch_listing_gives_the_children_of_a_sitemap_index():
    listing = read_listing(sitemap_index(BASE, ["/s1.xml", "/s2.xml"]).encode(), BASE, LIMIT)
    assert listing.kind == "sitemap index"
    assert listing.children == (BASE + "/s1.xml", BASE + "/s2.xml")


def test_watch_listing_inflates_a_gzipped_sitemap_within_the_limit():
    body = gzip.compress(news_sitemap(BASE, [("/a", "A", "2024-03-07")]).encode())
    assert len(read_listing(body, BASE + "/news.xml.gz", LIMIT).entries) == 1
    with pytest.raises(ListingError, match="too large"):
        read_listing(gzip.compress(b"<urlset>" + b" " * 5000 + b"</urlset>"), BASE, 1000)


def test_watch_listing_reads_a_plain_text_sitemap():
    listing = read_listing(b"http://news.example/a\nhttp://news.example/b\n", BASE, LIMIT)
    assert [e.url for e in listing.entries] == [BASE + "/a", BASE + "/b"]


def test_watch_listing_refuses_a_sitemap_declaring_entities():
    body = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY e "x">]>'
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<url><loc>http://news.example/&e;</loc></url></urlset>")
    with pytest.raises(ListingError, match="DOCTYPE and entities are refused"):
        read_listing(body, BASE, LIMIT)


def test_watch_listing_truncated_sitemap_with_no_url_is_an_error():
    with pytest.raises(ListingError, match="malformed sitemap"):
        read_listing(b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lo',
                     BASE, LIMIT)
