"""What a fetched feed or sitemap lists: entries (pages) and child sitemaps, as records.

The records live apart from the readers (feeds.py, sitemaps.py) and from the dispatcher that
picks one (listing.py), so that each reader can build them without importing the dispatcher.
Gzipped sitemaps are inflated here, under the same size limit as the download.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass

from lxml import etree

from faultlines.watch import reasons


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
