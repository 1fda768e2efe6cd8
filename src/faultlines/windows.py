"""Long texts coded in windows of whole paragraphs, and the pieces joined back into one article.

spaCy refuses a text over `nlp.max_length` (1,000,000 characters, error E088), and long before
that the parser's memory and our stages' work grow with the Doc. A text longer than the window
is cut into consecutive slices that end at a paragraph break (else a line break, a sentence
end, a space, and only for a text without any of them, anywhere), each coded as its own Doc;
the articles of the slices are then joined, every offset moved by where its slice starts, so
that all offsets refer to the whole text as if it had been coded in one pass. What crosses a
window's edge (a pronoun whose antecedent is in the window before) is what is lost.
"""

from __future__ import annotations

import re
from dataclasses import replace

from faultlines.identity import key
from faultlines.model import Article, Event, Place, Trigger

# Where a window may end, best first: each pattern's match ends the window after it.
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)\]]*\s"),
           re.compile(r"\s"))


def _cut(text: str, start: int, size: int) -> int:
    """Where the window starting at `start` ends: the last break of the best kind in the
    second half of the window (so that no window is tiny), else `start + size`."""
    hi = start + size
    if hi >= len(text):
        return len(text)
    lo = start + size // 2
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(text, lo, hi)]
        if ends:
            return ends[-1]
    return hi


def split(text: str, size: int) -> list[tuple[int, str]]:
    """The text as consecutive (start, slice) pairs of at most `size` characters; joined,
    the slices are the text (nothing dropped, nothing added)."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = _cut(text, start, size)
        pieces.append((start, text[start:end]))
        start = end
    return pieces or [(0, text)]


def _place(place: Place | None, by: int) -> Place | None:
    if place is None or place.start is None or place.end is None:
        return place
    return replace(place, start=place.start + by, end=place.end + by)


def _event(event: Event, by: int) -> Event:
    trigger = Trigger(event.trigger.text, event.trigger.start + by, event.trigger.end + by)
    return replace(event, trigger=trigger, location=_place(event.location, by))


def _shifted(article: Article, by: int) -> Article:
    """The article's records with every offset moved `by` characters."""
    return replace(
        article,
        entities=tuple(replace(e, start=e.start + by, end=e.end + by) for e in article.entities),
        events=tuple(_event(e, by) for e in article.events),
        quotes=tuple(replace(q, start=q.start + by, end=q.end + by) for q in article.quotes),
        places=tuple(_place(p, by) for p in article.places))


def join(pieces: list[tuple[int, Article]], text: str) -> Article:
    """One article from the articles of its windows (given with where each starts): records
    in text order, offsets into `text`, each distinct actor once."""
    shifted = [_shifted(article, start) for start, article in pieces]
    first = shifted[0]
    actors: dict = {}
    for article in shifted:
        for actor in article.actors:
            actors.setdefault(key(actor), actor)
    return replace(
        first, text=text, actors=tuple(actors.values()),
        entities=tuple(e for a in shifted for e in a.entities),
        events=tuple(e for a in shifted for e in a.events),
        quotes=tuple(q for a in shifted for q in a.quotes),
        relations=tuple(r for a in shifted for r in a.relations),
        places=tuple(p for a in shifted for p in a.places))

