"""A page's timeline: its window on the store's publication range, its counts, its links.

Every timeline of the app (overview, actor, dyad) shares the axis rule: the store's first to
last publication day unless the reader zoomed to a window (`since`, `until`), so two pages'
charts read on the same calendar.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlencode

from faultlines.store import read
from faultlines.web.timeline import Link, Timeline, build


def window(store, since: date | None, until: date | None) -> tuple[date, date] | None:
    """The axis: the zoomed window, filled in from the publication range; None if the store
    holds no dated article and no window was given."""
    first, last = read.timeline.publication_range(store)
    start, end = since or first, until or last
    if start is None or end is None:
        return None
    return (start, end) if start <= end else (end, start)


def link_to(path: str, **fixed: Any) -> Link:
    """A link maker for `path` with `fixed` parameters (actor=...) and the shape's own."""
    def link(since: date | None, until: date | None, **more: Any) -> str:
        params = {**fixed, "since": since, "until": until, **more}
        query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
        return f"{path}?{query}" if query else path
    return link


def timeline_for(store, f: read.EventFilter, since: date | None, until: date | None,
                 link: Link, period: str | None = None,
                 role: tuple[str, str] | None = None) -> Timeline:
    """The timeline of the factual events `f` selects, over the page's window."""
    span = window(store, since, until)
    if span is None:
        return Timeline()
    rows = read.timeline.counts(store, f, role)
    chart = build(rows, span[0], span[1], link, period)
    chart.zoomed = (since is not None, until is not None)
    return chart


def zoom_base(path: str, **params: Any) -> str:
    """The page's own URL without a window, for the brush to add `since` and `until` to."""
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return f"{path}?{query}&" if query else f"{path}?"
