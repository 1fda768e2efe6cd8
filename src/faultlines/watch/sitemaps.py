"""Sitemaps, news sitemaps and sitemap indexes, read with ultimate-sitemap-parser.

usp parses from a string without fetching (`sitemap_from_str`); for an index it returns the
child sitemaps unfetched, and the watcher fetches them itself, politely, as sources of their own.
"""

from __future__ import annotations

import logging
import warnings
from datetime import datetime

from lxml import etree

with warnings.catch_warnings():
    # usp imports requests (for fetching, which we never ask it to do), and requests warns that
    # urllib3 lacks SOCKS support: a warning about a code path the watcher does not take.
    warnings.simplefilter("ignore")
    from usp.objects.sitemap import AbstractIndexSitemap, InvalidSitemap
    from usp.tree import sitemap_from_str

from faultlines.watch import reasons
from faultlines.watch.entries import Entry, Listing, ListingError

# usp logs a parse failure and returns what it read before it; the watcher reports the failure
# as a one-line reason instead (see _xml_problem).
logging.getLogger("usp").setLevel(logging.CRITICAL)
UNSAFE = "no <urlset> or <sitemapindex> that can be read safely (DOCTYPE and entities are refused)"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


def _xml_problem(body: bytes) -> str | None:
    """Why an XML sitemap is not well-formed, or None; plain-text sitemaps have no such check."""
    if body.lstrip()[:1] != b"<":
        return None
    try:
        etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError as err:
        return str(err)
    return None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def read(body: bytes, url: str) -> Listing:
    """The pages of a sitemap, or the child sitemaps of an index."""
    tree = sitemap_from_str(body.decode("utf-8", errors="replace"))
    if isinstance(tree, InvalidSitemap):
        error = _xml_problem(body) or UNSAFE
        raise ListingError(reasons.MALFORMED_SITEMAP.format(error=error))
    if isinstance(tree, AbstractIndexSitemap):
        return Listing(kind="sitemap index", children=tuple(s.url for s in tree.sub_sitemaps))
    entries = []
    for page in tree.pages:
        story = page.news_story
        published = story.publish_date if story else None
        entries.append(Entry(url=page.url, listed=_iso(page.last_modified or published),
                             title=story.title if story else None,
                             published=published.date().isoformat() if published else None))
    problem = _xml_problem(body)
    if problem and not entries:
        raise ListingError(reasons.MALFORMED_SITEMAP.format(error=problem))
    warning = reasons.MALFORMED_SITEMAP.format(error=problem) if problem else None
    return Listing(kind="sitemap", entries=tuple(entries), warning=warning)
