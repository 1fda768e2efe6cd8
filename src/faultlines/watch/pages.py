"""A fetched news page to a Draft: trafilatura finds the story, our cleaning does the rest.

The extraction is the one `faultlines code` uses for an .html file (ingest/html.py), so a page
coded by the watcher and the same page saved and coded by hand give the same article.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from faultlines.errors import InputError
from faultlines.ingest.decode import decode
from faultlines.ingest.draft import Draft
from faultlines.ingest.html import from_html
from faultlines.watch import reasons
from faultlines.watch.fetch import Response

_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


class PageError(Exception):
    """A page that gives no article; the message is the one-line reason."""


@dataclass(frozen=True)
class Page:
    """The article of a page, and the URL the page says is its own (rel=canonical, og:url).

    declared (str | None): may name another outlet's URL: syndicated copies often point at the
        original, which makes them copies of a story we may already have.
    """

    draft: Draft
    declared: str | None


def _text(response: Response) -> str:
    if response.charset:
        try:
            return response.body.decode(response.charset, errors="replace")
        except LookupError:
            pass
    try:
        return decode(response.body)
    except InputError as err:
        raise PageError(reasons.UNDECODABLE.format(reason=err)) from None


def extract(response: Response, outlet: str) -> Page:
    """The story on a fetched page; raises PageError when there is none."""
    media = (response.content_type or "text/html").split(";", 1)[0].strip().lower()
    if media not in _HTML_TYPES:
        raise PageError(reasons.NOT_HTML.format(content_type=media))
    draft = from_html(_text(response), origin=response.url)
    if draft is None:
        raise PageError(reasons.NO_STORY)
    return Page(draft=replace(draft, url=response.url, source=draft.source or outlet),
                declared=draft.url)
