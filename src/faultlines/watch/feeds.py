"""RSS and Atom feeds, read with feedparser.

feedparser is lenient: from a feed with a broken tail it still returns the items before the break
(and sets `bozo`). We take those items and say the feed was broken; a document that gives no
item and does not parse is a failure of the source.
"""

from __future__ import annotations

import time
from urllib.parse import urljoin

import feedparser

from faultlines.watch import reasons
from faultlines.watch.entries import Entry, Listing, ListingError


def _iso(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None


def _entry(item: feedparser.FeedParserDict, base: str) -> Entry | None:
    link = item.get("link") or next(
        (link.get("href") for link in item.get("links", []) if link.get("href")), None)
    if not link:
        return None
    # dict.get: feedparser's own get() maps a missing `updated` to `published` with a warning
    updated, published = dict.get(item, "updated_parsed"), dict.get(item, "published_parsed")
    day = _iso(published or updated)
    return Entry(url=urljoin(base, link.strip()), listed=_iso(updated or published),
                 title=item.get("title"), published=day[:10] if day else None)


def read(body: bytes, url: str) -> Listing:
    """The items of an RSS or Atom feed. `body` must be bytes: given a str, feedparser would
    treat a URL-like string as an address and fetch it itself."""
    parsed = feedparser.parse(body)
    entries = tuple(e for e in (_entry(item, url) for item in parsed.entries) if e)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not entries and problem is not None:
        raise ListingError(reasons.MALFORMED_FEED.format(error=_one_line(problem)))
    if not entries and not parsed.get("version"):
        raise ListingError(reasons.NOT_A_LISTING.format(what="no RSS, Atom or sitemap root"))
    warning = reasons.MALFORMED_FEED.format(error=_one_line(problem)) if problem else None
    return Listing(kind="feed", entries=entries, warning=warning)


def _one_line(error: object) -> str:
    return " ".join(str(error).split()) or type(error).__name__
