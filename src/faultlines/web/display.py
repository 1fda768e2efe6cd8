"""How values read on a page: Jinja filters for actors, event types, quad classes and dates.

Everything here returns plain strings; Jinja's autoescape escapes them on output, so a name or
sentence from a story can never become markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from typing import Any

from fastapi.encoders import jsonable_encoder
from jinja2 import Environment

from faultlines.identity import actor_label, page_key, record_node, slug

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
         4: "material conflict"}
QUAD_CLASS = {1: "q1", 2: "q2", 3: "q3", 4: "q4"}


# The keys that have an actor page, while a page of the store is rendered (`linking`).
PAGES: ContextVar[frozenset[str] | None] = ContextVar("faultlines_pages", default=None)


@contextmanager
def linking(pages: frozenset[str] | None) -> Iterator[None]:
    """Link actors to their pages only where `pages` holds their key, for this rendering."""
    token = PAGES.set(pages)
    try:
        yield
    finally:
        PAGES.reset(token)


def actor_href(actor: dict[str, Any] | None) -> str | None:
    """The actor page an ACTOR dict opens (identity.page_key); None where it has none."""
    key = page_key(actor)
    return node_href(key) if key else None


def node_href(node: str | None) -> str | None:
    """The page of an actor key or node; None where the store has no such page."""
    pages = PAGES.get()
    if not node or (pages is not None and node not in pages):
        return None
    return f"/actors/{slug(node)}"


def dyad_href(a: str, b: str) -> str:
    return f"/dyads/{slug(a)}/{slug(b)}"


def article_href(article_id: str, event_id: str | None = None) -> str:
    anchor = f"#event-{event_id.rsplit(':', 1)[-1]}" if event_id else ""
    return f"/articles/{slug(article_id)}{anchor}"


def day(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def precise(value: Any) -> str:
    """A date with its precision said: "2019-03-02", "2019-03 (month only)", "2019 (year
    only)"; an event's date is as precise as its text allowed (OUTPUT.md)."""
    text = day(value)
    if text == "—":
        return "undated"
    if len(text) == 4:
        return f"{text} (year only)"
    if len(text) == 7:
        return f"{text} (month only)"
    return text


def month(value: Any) -> str:
    return day(value)[:7]


def signed(value: float | None) -> str:
    return "—" if value is None else f"{value:+.1f}"


def web_url(value: str | None) -> str | None:
    """An article's own URL, only when it is http(s): a stored "javascript:" link is dropped."""
    if value and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None


def jsonable(value: Any) -> Any:
    return jsonable_encoder(value)


def validation_reason(errors: list[dict[str, Any]]) -> str:
    """One line per bad parameter: "since: Input should be a valid date"."""
    lines = []
    for error in errors:
        where = ".".join(str(p) for p in error.get("loc", ())[1:]) or "request"
        lines.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(lines)


def register(env: Environment) -> None:
    env.filters.update(actor_href=actor_href, actor_label=actor_label, day=day, month=month,
                       signed=signed, node_href=node_href, precise=precise, article_href=article_href,
                       web_url=web_url, node=record_node, slug=slug)
    env.globals.update(QUADS=QUADS, QUAD_CLASS=QUAD_CLASS, dyad_href=dyad_href,
                       node_href=node_href, article_href=article_href)
