"""The records the stages put on the Doc, as typed dicts: what each stage may rely on reading.

They stay dicts on the Doc (plain data travels between processes: nlp/extensions.py) and are
read into the records of model.py at the end of the pipeline. Their shapes are OUTPUT.md's,
with a few optional additions that only the Doc carries (README, "Output"): an event's
`arguments`, a quote's `speaker_text`/`speaker_start`/`speaker_end`, a relation's `date`.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict


class ActorDict(TypedDict):
    """OUTPUT.md ACTOR, with `id` (the knowledge-base key) where the actor is a known one."""

    text: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    kind: str
    role: str | None
    id: str | None


class EntityPart(TypedDict):
    """An NER entity inside a wider mention, with the actor it names."""

    start_char: int
    end_char: int
    actor: ActorDict | None


class DatelineDict(TypedDict):
    """A wire dateline (the dateline stage, nlp/datelines.py): its place's tokens [start, end),
    the token spans of its other names (the region after a comma, the agency in brackets), the
    first token of the story after it (None where no clause follows a mark), whether the place
    is in capitals, and whether a date follows it ("BONN 1996-08-30")."""

    start: int
    end: int
    parts: list[list[int]]
    body: int | None
    upper: bool
    dated: bool


class Mention(TypedDict):
    """One actor mention (the actors stage, nlp/mentions.py): token and character offsets, the
    words, the NER label (or "PRON"/"NOUN"), how it was resolved (`via`: name, surname, title,
    demonym, metonym, pronoun, ...; "place" for a state named as a place), its head token and
    its actor. `antecedent`: the token span of the mention a pronoun or description stands for,
    where a coreference stage linked it (nlp/mentions.link)."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    label: str
    via: str
    head: int
    actor: ActorDict | None
    entities: NotRequired[list[EntityPart]]
    antecedent: NotRequired[list[int]]


class PlaceDict(TypedDict):
    """OUTPUT.md PLACE (the places stage): character offsets into the text."""

    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None
    geonameid: int | None
    start: int
    end: int


class TriggerDict(TypedDict):
    text: str
    start: int
    end: int


class ArgumentSpans(TypedDict):
    """The character span of each actor and recipient phrase of an event, as [start, end]."""

    actor: list[list[int]]
    recipient: list[list[int]]


class EventDict(TypedDict):
    """OUTPUT.md EVENT (the events stage), with the optional `arguments` spans."""

    type: str
    mode: str | None
    context: list[str]
    actor: list[ActorDict]
    recipient: list[ActorDict]
    cameo: str | None
    quad_class: int | None
    score: float | None
    date: str | None
    date_text: str | None
    location: PlaceDict | None
    negated: bool
    hypothetical: bool
    reported_by: ActorDict | None
    sentence: str
    trigger: TriggerDict
    confidence: float
    background: bool
    alleged: bool
    arguments: NotRequired[ArgumentSpans]


class QuoteDict(TypedDict):
    """OUTPUT.md QUOTE (the quote stage), with where its speaker's words stand."""

    text: str
    kind: str
    speaker: ActorDict | None
    cue: str | None
    start: int
    end: int
    speaker_text: NotRequired[str | None]
    speaker_start: NotRequired[int | None]
    speaker_end: NotRequired[int | None]


class RelationDict(TypedDict):
    """OUTPUT.md RELATION (the ties stage), with the date its sentence gives the tie."""

    a: ActorDict
    b: ActorDict
    polarity: int
    type: str
    evidence: str
    basis: str
    date: NotRequired[str | None]
