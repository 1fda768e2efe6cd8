"""The article reader's text: cut into plain-text segments, each tagged with what it is.

Actors, triggers, quotes and places are spans of character offsets that may nest (a quote holds
actors) but never need markup inside the story text: we cut the text at every span boundary and
tag each piece with the kinds of span that cover it. The template prints each piece as escaped
text inside one element, so a story containing "<script>" shows those characters and runs
nothing — no piece of the story is ever marked safe.

Each event is listed right after the sentence it was coded from (found by its `sentence` around
its trigger), inside the paragraph that holds it. An event coded from the title (`title`: its
offsets are into the title, not the text) marks nothing in the text and is listed under the
title instead (templates/article.html).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from faultlines.web.display import actor_href, actor_label

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # actor | trigger | quote | place
    href: str | None = None
    title: str | None = None


@dataclass
class Segment:
    text: str
    kinds: tuple[str, ...] = ()
    href: str | None = None
    title: str | None = None


@dataclass
class EventList:
    """Events (indexes into the article's events) listed under the sentence that ends here."""

    events: list[int]


@dataclass
class Paragraph:
    pieces: list[Segment | EventList] = field(default_factory=list)


def spans(doc: dict[str, Any]) -> list[Span]:
    """Every highlighted span of an ARTICLE record, in text order."""
    found = []
    for e in doc.get("entities", []):
        actor = e.get("actor")  # unresolved names and dates are left plain: less noise
        if actor:
            found.append(Span(e["start"], e["end"], "actor", actor_href(actor),
                              actor_label(actor)))
    for i, ev in enumerate(doc.get("events", [])):
        t = ev.get("trigger") or {}
        if t.get("start") is not None and not ev.get("title"):
            found.append(Span(t["start"], t["end"], "trigger", f"#event-{i}", ev.get("type")))
    for q in doc.get("quotes", []):
        found.append(Span(q["start"], q["end"], "quote", None,
                          f"{q.get('kind')} quote: {actor_label(q.get('speaker'))}"))
    for p in doc.get("places", []):
        if p.get("start") is not None:
            found.append(Span(p["start"], p["end"], "place", None, p.get("name")))
    return sorted((s for s in found if 0 <= s.start < s.end), key=lambda s: (s.start, -s.end))


def sentence_end(text: str, event: dict[str, Any]) -> int | None:
    """Where the event's sentence ends in the text: the occurrence that holds its trigger."""
    sentence = (event.get("sentence") or "").strip()
    at = (event.get("trigger") or {}).get("start")
    if not sentence:
        return None
    start = text.find(sentence)
    while start != -1:
        if at is None or start <= at < start + len(sentence):
            return start + len(sentence)
        start = text.find(sentence, start + 1)
    return None


def _piece(text: str, a: int, b: int, covering: list[Span]) -> Segment:
    kinds = tuple(dict.fromkeys(s.kind for s in covering))
    linked = next((s for s in covering if s.href and s.kind == "actor"),
                  next((s for s in covering if s.href), None))
    titled = next((s for s in reversed(covering) if s.title), None)
    return Segment(text[a:b], kinds, linked.href if linked else None,
                   titled.title if titled else None)


def _paragraph(text: str, start: int, end: int, found: list[Span],
               after: dict[int, list[int]]) -> Paragraph:
    cuts = {start, end} | {o for s in found for o in (s.start, s.end) if start < o < end}
    cuts |= {o for o in after if start < o < end}
    points = sorted(cuts)
    para = Paragraph()
    for a, b in zip(points, points[1:]):
        covering = [s for s in found if s.start <= a and b <= s.end]
        piece = _piece(text, a, b, covering)
        if para.pieces and isinstance(para.pieces[-1], EventList):
            piece.text = piece.text.lstrip()  # the next sentence starts on its own line
        para.pieces.append(piece)
        if b in after:
            para.pieces.append(EventList(after.pop(b)))
    return para


def reader(doc: dict[str, Any]) -> list[Paragraph]:
    """The article text as paragraphs of tagged segments with each event under its sentence."""
    text = doc.get("text") or ""
    found = spans(doc)
    bounds = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)] or [(0, len(text))]
    after: dict[int, list[int]] = {}
    for i, event in enumerate(doc.get("events", [])):
        if event.get("title"):
            continue
        end = sentence_end(text, event)
        if end is None:
            at = (event.get("trigger") or {}).get("start") or 0
            end = next((e for s, e in bounds if s <= at < e), bounds[-1][1])
        end = next((min(end, e) for s, e in bounds if s < end <= e), end)
        after.setdefault(end, []).append(i)
    paragraphs = [_paragraph(text, s, e, found, after) for s, e in bounds]
    if after:  # events whose sentence lies outside every paragraph
        paragraphs[-1].pieces.append(EventList(sorted(i for v in after.values() for i in v)))
    return paragraphs


# ------------------------------------------------------------------ one event's sentence

ROLES = (("actor", "arg-actor", "actor"), ("recipient", "arg-recipient", "recipient"))


def _find(sentence: str, words: str, taken: list[tuple[int, int]], near: int) -> int | None:
    """Where `words` stand in the sentence as whole words, outside the spans already marked,
    the occurrence nearest the trigger first."""
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", sentence)]
    free = [at for at in found
            if all(at + len(words) <= a or at >= b for a, b in taken)]
    return min(free, key=lambda at: abs(at - near)) if free else None


def event_sentence(doc: dict[str, Any], event: dict[str, Any]) -> list[Segment]:
    """The event's sentence cut into segments, its trigger and arguments marked.

    The trigger is placed by its offsets in the article; actor, recipient, reporter and place
    by their words in the sentence (an argument such as "it" has no entity of its own)."""
    sentence = (event.get("sentence") or "").strip()
    end = sentence_end(doc.get("text") or "", event) if not event.get("title") else len(sentence)
    start = end - len(sentence) if end is not None else None  # a title's offsets are its own
    trigger = event.get("trigger") or {}
    spans: list[Span] = []
    if start is not None and trigger.get("start") is not None:
        spans.append(Span(trigger["start"] - start, trigger["end"] - start, "trigger", None,
                          f"trigger of {event.get('type')}"))
    elif trigger.get("text") and trigger["text"] in sentence:
        at = sentence.index(trigger["text"])
        spans.append(Span(at, at + len(trigger["text"]), "trigger", None, "trigger"))
    near = spans[0].start if spans else 0
    wanted = [(a, kind, role) for key, kind, role in ROLES for a in event.get(key) or []]
    if event.get("reported_by"):
        wanted.append((event["reported_by"], "arg-reporter", "reported by"))
    place = event.get("location") or {}
    for arg, kind, role in wanted + ([(place, "arg-place", "place")] if place.get("text") else []):
        words = (arg.get("text") or arg.get("name") or "").strip()
        at = _find(sentence, words, [(s.start, s.end) for s in spans], near) if words else None
        if at is not None:
            named = arg.get("name") if role == "place" else actor_label(arg)
            spans.append(Span(at, at + len(words), kind,
                              None if role == "place" else actor_href(arg), f"{role}: {named}"))
    return cut(sentence, spans)


def cut(text: str, spans: list[Span]) -> list[Segment]:
    """`text` cut at every span boundary, each piece tagged with the spans that cover it."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    points = sorted({0, len(text)} | {o for s in spans for o in (s.start, s.end)})
    out = []
    for a, b in zip(points, points[1:]):
        covering = [s for s in spans if s.start <= a and b <= s.end]
        out.append(_piece(text, a, b, covering))
    return out
