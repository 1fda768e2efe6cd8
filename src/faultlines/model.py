"""Record types of the output contract (shared/design/OUTPUT.md) and their JSON.

The pipeline's stages keep plain dicts on the spaCy Doc (they must survive msgpack when a Doc
is serialised); these records are built once, at the end of the pipeline, and are what the
store, the exports, the web app and the evaluation suites read. `to_dict()` gives exactly the
JSON shape of OUTPUT.md; `from_dict()` reads it back, so a stored or exported article round-trips.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Self


def _plain(record: Any) -> dict[str, Any]:
    """A flat record as a dict; `dataclasses.asdict` deep-copies, which made storing slow."""
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """Keep the keys a record type knows, so newer fields in stored JSON never break a reader."""
    names = cls.__dataclass_fields__  # a dict by field name: `fields()` built a tuple per call
    return {k: v for k, v in data.items() if k in names}


class _Flat:
    """A record of plain fields (ACTOR, PLACE): its JSON is its fields, and it reads back from
    JSON that may be missing (None) or carry newer fields."""

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Self | None:
        return None if data is None else cls(**_known(cls, data))


@dataclass(frozen=True)
class Actor(_Flat):
    text: str
    name: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str = "unknown"
    role: str | None = None
    id: str | None = None  # the knowledge-base key, when the actor is a known one


@dataclass(frozen=True)
class Place(_Flat):
    text: str
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    geonameid: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Entity:
    text: str
    label: str
    start: int
    end: int
    actor: Actor | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "label": self.label, "start": self.start, "end": self.end,
                "actor": self.actor.to_dict() if self.actor else None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(data["text"], data["label"], data["start"], data["end"],
                   Actor.from_dict(data.get("actor")))


@dataclass(frozen=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    type: str
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    sentence: str
    trigger: Trigger
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    quad_class: int | None = None
    score: float | None = None
    date: str | None = None
    date_text: str | None = None
    location: Place | None = None
    negated: bool = False
    hypothetical: bool = False
    reported_by: Actor | None = None
    confidence: float = 0.5
    background: bool = False
    alleged: bool = False
    title: bool = False  # coded from the article's title (headlines.py); output only when true

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type, "mode": self.mode, "context": list(self.context),
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "cameo": self.cameo, "quad_class": self.quad_class, "score": self.score,
            "date": self.date, "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated, "hypothetical": self.hypothetical,
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "sentence": self.sentence, "trigger": _plain(self.trigger),
            "confidence": self.confidence, "background": self.background,
            "alleged": self.alleged,
        } | ({"title": True} if self.title else {})

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        plain = _known(cls, data)
        plain["actor"] = tuple(Actor.from_dict(a) for a in data.get("actor", []))
        plain["recipient"] = tuple(Actor.from_dict(a) for a in data.get("recipient", []))
        plain["context"] = tuple(data.get("context") or ())
        plain["trigger"] = Trigger(**data["trigger"])
        plain["location"] = Place.from_dict(data.get("location"))
        plain["reported_by"] = Actor.from_dict(data.get("reported_by"))
        return cls(**plain)


QUOTE_KINDS = ("direct", "partial", "indirect")  # a QUOTE's `kind` (OUTPUT.md)


@dataclass(frozen=True)
class Quote:
    text: str
    kind: str  # one of QUOTE_KINDS
    start: int
    end: int
    speaker: Actor | None = None
    cue: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind,
                "speaker": self.speaker.to_dict() if self.speaker else None,
                "cue": self.cue, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        plain = _known(cls, data)
        plain["speaker"] = Actor.from_dict(data.get("speaker"))
        return cls(**plain)


@dataclass(frozen=True)
class Relation:
    a: Actor
    b: Actor
    polarity: int
    type: str
    evidence: str
    basis: str = "stated"  # stated | events
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "polarity": self.polarity,
                "type": self.type, "evidence": self.evidence, "basis": self.basis,
                "date": self.date}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        plain = _known(cls, data)
        plain["a"] = Actor.from_dict(data["a"])
        plain["b"] = Actor.from_dict(data["b"])
        return cls(**plain)


@dataclass(frozen=True)
class Dilemma:
    """A party with friendly ties to both sides of a hostile pair (OUTPUT.md, DILEMMA).

    legs: the three ties, party–side A, party–side B, side A–side B, each a dict with its
        nodes, `tie` ("friendly"/"hostile"), `strength`, `support` (articles, outlets, events,
        stated) and `evidence`: its strongest pieces, each with article id, title, date,
        sentence and weight.
    """

    party: Actor
    sides: tuple[Actor, Actor]
    score: float
    evidence: tuple[str, ...] = ()
    legs: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"party": self.party.to_dict(), "sides": [s.to_dict() for s in self.sides],
                "score": self.score, "evidence": list(self.evidence), "legs": list(self.legs)}


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    author: str | None = None
    content_hash: str | None = None
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    relations: tuple[Relation, ...] = ()
    places: tuple[Place, ...] = ()
    origin: str | None = field(default=None, compare=False)  # file or row it was read from

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "url": self.url, "source": self.source,
            "published": self.published, "author": self.author, "text": self.text,
            "entities": [e.to_dict() for e in self.entities],
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "relations": [r.to_dict() for r in self.relations],
            "places": [p.to_dict() for p in self.places],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=data["id"], text=data["text"], title=data.get("title"), url=data.get("url"),
            source=data.get("source"), published=data.get("published"),
            author=data.get("author"), content_hash=data.get("content_hash"),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", [])),
            actors=tuple(Actor.from_dict(a) for a in data.get("actors", [])),
            events=tuple(Event.from_dict(e) for e in data.get("events", [])),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", [])),
            relations=tuple(Relation.from_dict(r) for r in data.get("relations", [])),
            places=tuple(Place.from_dict(p) for p in data.get("places", [])),
        )
