"""Which reader a fetched listing goes to.

The same URL argument may be an RSS feed, an Atom feed, a sitemap, a news sitemap or a sitemap
index; we look at the document's root element and hand it to the library that reads that kind:
feedparser for feeds (it recovers what it can from broken XML), ultimate-sitemap-parser for
sitemaps (news extensions, indexes, plain-text sitemaps).
"""

from __future__ import annotations

from faultlines.watch import feeds, sitemaps
from faultlines.watch.entries import Listing, inflate, root_name

SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})


def _looks_like_url_list(body: bytes) -> bool:
    first = next((line.strip() for line in body[:4096].splitlines() if line.strip()), b"")
    return first.startswith((b"http://", b"https://"))


def read_listing(body: bytes, url: str, limit: int) -> Listing:
    """The entries of a fetched feed or sitemap; raises ListingError with the reason."""
    body = inflate(body, limit)
    root = root_name(body)
    if root in SITEMAP_ROOTS or (root is None and _looks_like_url_list(body)):
        return sitemaps.read(body, url)
    return feeds.read(body, url)
