"""What a fetched feed or sitemap lists: entries (pages) and child sitemaps.

The same URL argument may be an RSS feed, an Atom feed, a sitemap, a news sitemap or a sitemap
index; we look at the document's root element and hand it to the library that reads that kind:
feedparser for feeds (it recovers what it can from broken XML), ultimate-sitemap-parser for
sitemaps (news extensions, indexes, plain-text sitemaps). Gzipped sitemaps are inflated here,
under the same size limit as the download.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass

from lxml import etree

from faultlines.watch import reasons

FEED_ROOTS = frozenset({"rss", "feed", "rdf", "channel"})
SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})


class ListingError(Exception):
    """A listing that cannot be read; the message is the one-line reason."""


@dataclass(frozen=True)
class Entry:
    """One page a listing names.

    listed (str | None): the listing's date for it (updated, else published; lastmod), ISO 8601:
        when it changes, the page may have been edited.
    published (str | None): YYYY-MM-DD, used when the page itself carries no date.
    """

    url: str
    listed: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Listing:
    kind: str  # "feed", "sitemap" or "sitemap index"
    entries: tuple[Entry, ...] = ()
    children: tuple[str, ...] = ()
    warning: str | None = None  # a feed read despite broken XML says so here


def inflate(body: bytes, limit: int) -> bytes:
    """A gzipped body inflated (at most `limit` bytes); any other body as it is."""
    if body[:2] != b"\x1f\x8b":
        return body
    inflater = zlib.decompressobj(wbits=31)
    try:
        data = inflater.decompress(body, limit + 1)
    except zlib.error as err:
        raise ListingError(reasons.BAD_GZIP.format(error=err)) from None
    if len(data) > limit:
        raise ListingError(reasons.TOO_LARGE.format(limit=limit))
    return data


def root_name(body: bytes) -> str | None:
    """The local name of the document's root element, or None when it is not XML."""
    try:
        for _, element in etree.iterparse(io.BytesIO(body), events=("start",),
                                          resolve_entities=False, no_network=True):
            return etree.QName(element).localname.lower()
    except etree.LxmlError:
        return None
    return None


def _looks_like_url_list(body: bytes) -> bool:
    first = next((line.strip() for line in body[:4096].splitlines() if line.strip()), b"")
    return first.startswith((b"http://", b"https://"))


def read_listing(body: bytes, url: str, limit: int) -> Listing:
    """The entries of a fetched feed or sitemap; raises ListingError with the reason."""
    from faultlines.watch import feeds, sitemaps

    body = inflate(body, limit)
    root = root_name(body)
    if root in SITEMAP_ROOTS or (root is None and _looks_like_url_list(body)):
        return sitemaps.read(body, url)
    return feeds.read(body, url)
