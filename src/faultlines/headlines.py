"""The article's title coded as its own Doc: its events, and the doers it lends the story.

A headline is the sentence a story is about ("Two soldiers killed in fighting with Hezbollah",
"Strikes kill 40 in Gaza"), but it is no sentence of the text: ingest keeps it apart
(Draft.title), and the offsets of every record refer to the text. So the title is parsed as a
Doc of its own, through the stages up to the events stage, with the article's meta (its
publication date dates the title's events; `meta["headline"]` says it is a title), and its
headlinese read as the full sentence it stands for once spaCy has parsed it
(events/headlinese.py). Titles are short; a batch's titles go through the pipeline together
before its texts, so that each text's events stage can take an agent from its headline
(`lendable`, events/agentless.py).

The title's events are added after the text's, each with `title: true`, its sentence the
title and its trigger's offsets into the title (so nothing reads them as offsets into the
text). A title event the text tells again (the same `story.telling` key: type, trigger word,
actors, recipients; actors compared by side, since a headline names the side, "Israel kills
52 Palestinians", where the text names its organ, "Israeli forces killed at least 52 people")
is not added: the text's has the fuller sentence, its date words and its place, and the
analysis would otherwise count the story's main event twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from faultlines.events import headlinese, mutual
from faultlines.events.policy import story
from faultlines.ingest.draft import Draft
from faultlines.model import Article, Event
from faultlines.nlp import extensions

_EVENTS = "faultlines_events"


def title_doc(nlp: Language, draft: Draft) -> Doc | None:
    """The draft's title as a Doc ready for the pipeline; None where the draft has none, or
    where it is set in capitals ("U.S. SAYS JAPAN VIOLATED CHIP PACT", as wire services sent
    them): the small model tags every word of a shouted line a proper noun, so it is parsed
    for nothing (no event from the 99 titles of the first 100 Reuters-21578 stories) at a cost
    of about a tenth of the pipeline on such short stories."""
    title = (draft.title or "").strip()
    if not title or not any(c.islower() for c in title):
        return None
    doc = nlp.make_doc(title)
    extensions.ensure_lists(doc)
    doc._.meta = {**draft.meta(), "headline": True}
    return doc


def code(nlp: Language, drafts: list[Draft], batch_size: int) -> list[Doc | None]:
    """Each draft's coded title Doc (None where it has no title), as one batch.
    A batch that raises is coded title by title, and a title that raises alone, or a stage
    that failed on it, leaves the title out: the story is coded without its headline rather
    than failed (an article with errors is neither stored nor printed)."""
    if _EVENTS not in nlp.pipe_names:  # a pipeline that codes no events (bare spaCy, an
        return [None] * len(drafts)     # actors-only suite) has nothing to take from a title
    docs = [title_doc(nlp, d) for d in drafts]
    present = [d for d in docs if d is not None]
    try:
        coded = iter(_pipe(nlp, present, batch_size))
    except Exception:  # noqa: BLE001 - found again below, title by title
        coded = iter([_alone(nlp, d) for d in present])
    out = [None if d is None else next(coded) for d in docs]
    return [None if d is None or d._.errors else d for d in out]


def _pipe(nlp: Language, docs: list[Doc], batch_size: int) -> list[Doc]:
    """The titles through the pipeline up to its events stage (the title gives only events:
    its quotes and ties are not read), component by component as `nlp.pipe` runs them, with
    their headlinese read as full sentences once spaCy has parsed and tagged them, before our
    first stage after the parser (events/headlinese.py), so that the actors and events stages
    read "Russia, Ukraine swap prisoners" as two sides."""
    stream: Iterable[Doc] = docs
    parsed = restored = False
    for name, component in nlp.pipeline[:nlp.pipe_names.index(_EVENTS) + 1]:
        if parsed and not restored and name.startswith("faultlines_"):
            stream, restored = map(headlinese.restore, stream), True
        parsed = parsed or name == "parser"
        if hasattr(component, "pipe"):
            stream = component.pipe(stream, batch_size=batch_size)
        else:
            stream = map(component, stream)
    return list(stream)


def _alone(nlp: Language, doc: Doc) -> Doc | None:
    try:
        return _pipe(nlp, [doc], 1)[0]
    except Exception:  # noqa: BLE001 - this title's failure: its story is coded without it
        return None


def lendable(title: Doc | None) -> list[dict[str, Any]]:
    """What the title's events lend the text's agentless events (events/agentless.py): per
    event stated as news (not a plan, a denial or a recalled one), its type, and its actors
    and recipients as mention records of their own. The title's mentions are token spans of
    another Doc, so the records carry the actor and the words only, never token or character
    offsets that the text's Doc would misread."""
    if title is None:
        return []
    return [{"type": e["type"], "actors": [_mention(a) for a in e["actor"]],
             "recipients": [_mention(a) for a in e["recipient"]]}
            for e in title._.events or []
            if e["actor"] and not (e["hypothetical"] or e["negated"] or e.get("background"))]


def _mention(actor: dict[str, Any]) -> dict[str, Any]:
    """An actor of the title as a mention the text's events stage can hold: named (its label
    is no "NOUN"/"PRON", which rules would look up by token), `via` "headline"."""
    return {"text": actor.get("text") or actor.get("name"), "label": "HEADLINE",
            "via": "headline", "actor": dict(actor)}


@dataclass(frozen=True)
class _Word:
    """What story.telling reads of a candidate: the word that names the act."""

    anchor: Any
    noun: None = None


def told(doc: Doc) -> set[tuple]:
    """The `story.telling` keys of the events coded on `doc`."""
    return {_key(doc, e) for e in doc._.events or []}


def _key(doc: Doc, event: dict[str, Any]) -> tuple:
    """story.telling's key, its word read from the trigger: the event noun where the trigger
    has one ("launched an offensive"), else its verb."""
    trigger = event["trigger"]
    span = doc.char_span(trigger["start"], trigger["end"], alignment_mode="expand")
    tokens = list(span) if span is not None else []
    word = next((t for t in tokens if t.pos_ == "NOUN"), None) \
        or next((t for t in tokens if t.pos_ in ("VERB", "AUX")), None) \
        or (tokens[0] if tokens else doc[0])
    by_side = {**event, "actor": _sides(event["actor"]), "recipient": _sides(event["recipient"])}
    return story.telling(by_side, _Word(word))


def _sides(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": mutual.side(a)} for a in actors]


# PLOVER types of an act aimed at the world, which name no recipient ("Thousands protest in X")
_ONE_SIDED = ("PROTEST", "MOBILIZE")


def title_events(title: Doc | None, told_in_text: set[tuple]) -> list[Event]:
    """The title's events, marked `title`, less those the text tells again (the module
    docstring: the text's is kept, with its fuller sentence), and less those with no
    recipient, but for acts aimed at the world. A headline packs its recipient into words the
    stages resolve poorly ("accuses Europe of", "detains Istanbul mayor", "vows revenge after
    Indian misadventure", "backs him"): judged on 54 title events of unannotated Dawn and Al
    Jazeera stories, 14 of 20 with no recipient were wrong, 5 of 34 with one; the text tells
    the same event with its names."""
    if title is None:
        return []
    return [replace(Event.from_dict(e), title=True) for e in title._.events or []
            if (e["recipient"] or e["type"] in _ONE_SIDED)
            and _key(title, e) not in told_in_text]


def with_title(article: Article, title: Doc | None, told_in_text: set[tuple]) -> Article:
    """The article with its title's events after the text's."""
    added = title_events(title, told_in_text)
    return replace(article, events=article.events + tuple(added)) if added else article

