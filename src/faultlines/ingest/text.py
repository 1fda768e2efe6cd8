"""Plain-text articles (.txt): front matter or a headline line, then paragraphs."""

from __future__ import annotations

from faultlines.ingest.clean import clean
from faultlines.ingest.draft import Draft, stated_date

name = "text"
suffixes = (".txt", ".text")


def from_text(raw: str, origin: str) -> Draft:
    """Build a draft from a plain-text story (also used for standard input)."""
    cleaned = clean(raw)
    meta = cleaned.meta
    published = stated_date(meta.get("date") or meta.get("published"))
    return Draft(text=cleaned.text, origin=origin, id=meta.get("id"), title=cleaned.title,
                 url=meta.get("url"), source=meta.get("source"), published=published,
                 author=meta.get("author"))


def read(raw: str, origin: str) -> list[Draft]:
    return [from_text(raw, origin)]
