"""The JSON API's response shapes, as pydantic models, so that /openapi.json documents them.

The records follow OUTPUT.md (ACTOR, PLACE, EVENT, QUOTE, RELATION, DILEMMA) and are derived
from their dataclasses in model.py (`record_model`), so each shape is written once; listings add
the store ids and the article a record comes from. Every model allows fields it does not name:
OUTPUT.md lets records grow. List endpoints answer a `Page`: the rows, how many the filters
select in all, and the URL of the next page. tests/test_web_schema.py holds the answers to
these shapes.
"""

from __future__ import annotations

import dataclasses
from types import UnionType
from typing import Any, Generic, TypeVar, Union, get_args, get_origin, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, create_model

from faultlines import model
from faultlines.analysis import escalation

Row = TypeVar("Row")


class Record(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Page(Record, Generic[Row]):
    """One page of a listing."""

    total: int = Field(description="Rows the filters select, over every page.")
    offset: int = Field(description="Rows skipped before this page.")
    limit: int = Field(description="Rows per page.")
    next: str | None = Field(description="This listing's next page (path and query), or null "
                                         "on the last page.")
    items: list[Row]


RECORDS: dict[type, type[BaseModel]] = {}  # record dataclass → the model nested fields use


def _web_type(tp: Any) -> Any:
    """A record field's type as the API writes it: tuples are JSON lists, and a nested record
    is its response model (RECORDS)."""
    origin, args = get_origin(tp), get_args(tp)
    if origin is tuple:
        return list[_web_type(args[0])]
    if origin in (Union, UnionType):
        return Union[tuple(_web_type(a) for a in args)]
    return RECORDS.get(tp, tp)


def _field(field: dataclasses.Field, tp: Any, required: bool) -> tuple[Any, Any]:
    """A field's (type, default): none for a `required` one; else nullable, with its own
    default or None (stored JSON may predate a field, and other readers' rows leave some out)."""
    if required:
        return tp, ...
    if field.default_factory is not dataclasses.MISSING:
        return tp | None, field.default_factory()
    if field.default is dataclasses.MISSING:
        return tp | None, None
    return tp | None, list(field.default) if isinstance(field.default, tuple) else field.default


def record_model(record: type, doc: str, *, name: str | None = None,
                 required: tuple[str, ...] = (), omit: tuple[str, ...] = (),
                 **columns: Any) -> type[BaseModel]:
    """The response model of the dataclass `record` (model.py), named as it unless `name`.
    `columns` adds or redescribes what a listing puts beside the record (create_model's
    `(type, default)` pairs); a model without columns is the one nested fields refer to."""
    hints = get_type_hints(record)
    fields = {f.name: _field(f, _web_type(hints[f.name]), f.name in required)
              for f in dataclasses.fields(record) if f.name not in omit}
    made = create_model(name or record.__name__, __base__=Record, __doc__=doc,
                        **{**fields, **columns})
    if not columns:
        RECORDS[record] = made
    return made


Actor = record_model(model.Actor, "ACTOR (OUTPUT.md).")
Place = record_model(model.Place, "PLACE (OUTPUT.md).")
Trigger = record_model(model.Trigger, "The words that coded an event, by character offsets.",
                       required=("text", "start", "end"))
Entity = record_model(model.Entity, "A named entity and the actor it resolved to.")
EventRecord = record_model(model.Event, "EVENT (OUTPUT.md).", name="EventRecord",
                           required=("type",))
QuoteRecord = record_model(model.Quote, "QUOTE (OUTPUT.md).", name="QuoteRecord",
                           required=("text",))
RelationRecord = record_model(model.Relation, "RELATION (OUTPUT.md).", name="RelationRecord",
                              required=("a", "b", "polarity"))
Dilemma = record_model(model.Dilemma, "DILEMMA (OUTPUT.md).",
                       required=("party", "sides", "score"))
Article = record_model(model.Article, "ARTICLE (OUTPUT.md).", required=("id", "text"),
                       omit=("content_hash", "origin"))

# What a listing puts beside a record: the article it comes from.
_FROM_ARTICLE = {"article_id": (str, ...), "article_title": (str | None, None)}
_PUBLISHED = {"published": (str | None, None)}

Event = record_model(
    model.Event, "EVENT (OUTPUT.md) with its store id and the article it was coded from.",
    required=("type",), **_FROM_ARTICLE,
    id=(str, Field(description="article id:index of the event in its article")),
    article_label=(str | None, Field(None, description="the title, else the story's first "
                                                       "words")),
    date=(str | None, Field(None, description='"YYYY-MM-DD", "YYYY-MM" or "YYYY": its length '
                                              'is its precision')))
Quote = record_model(model.Quote, "QUOTE (OUTPUT.md) with the article it is from.",
                     required=("text",), **_FROM_ARTICLE, **_PUBLISHED)
Relation = record_model(model.Relation, "RELATION (OUTPUT.md) with the article it was stated in.",
                        required=("a", "b", "polarity"), **_FROM_ARTICLE, **_PUBLISHED)


class ArticleRow(Record):
    """An article in a listing (no text)."""

    id: str
    published: str | None = None
    source: str | None = None
    title: str | None = None
    label: str = Field(description="the title, else the story's first words")
    url: str | None = None
    n_events: int
    n_quotes: int


class ActorRow(Record):
    """An actor page with how often it acts (`as_actor`) and is acted on."""

    key: str = Field(description="the actor page: /actors/{key}")
    name: str | None = None
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    as_actor: int
    as_recipient: int
    events: int


class DyadRow(Record):
    """Two nodes and the factual events between them, either way."""

    a: str
    b: str
    events: int
    conflict: int
    cooperation: int
    score_sum: float | None = None
    score_mean: float | None = None
    first: str | None = Field(None, description="the earliest event's date, at its precision")
    last: str | None = Field(None, description="the latest event's date, at its precision")


class TieEvidence(Record):
    basis: str
    type: str | None = None
    weight: float
    day: str | None = None
    from_: str | None = Field(None, alias="from")
    reports: int | None = None
    evidence: str | None = None


class Tie(Record):
    """A signed tie between two nodes, strongest first."""

    a: str
    b: str
    strength: float
    polarity: int
    events: int
    stated: int
    explanation: list[TieEvidence] = []


class EscalationEvent(Record):
    day: str | None = None
    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    score: float | None = None
    reports: int | None = None
    sentence: str | None = None


Escalation = record_model(
    escalation.Escalation, "A dyad's conflict in its latest window against its baseline.",
    required=("a", "b", "window", "count", "baseline_mean", "p_value", "escalating"),
    events=(list[EscalationEvent], []))


class MapPoint(Record):
    """Located events at one place (rounded to 0.1°) of one quad class."""

    lat: float
    lon: float
    quad_class: int | None = None
    place: str | None = None
    events: int
    first: str | None = None
    last: str | None = None
    latest: str | None = None


class ActorDetail(Record):
    """One actor page: who, when, with whom, what it said."""

    key: str
    profile: dict[str, Any]
    series: list[dict[str, Any]]
    partners: list[dict[str, Any]]
    adversaries: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    recent: list[Event]
    timeline: dict[str, Any] | None = Field(None, description=(
        "Events by quad class and PLOVER type over the window (web/timeline.py)."))


class DyadDetail(Record):
    """One dyad: its series, events and tie."""

    a: str
    b: str
    names: dict[str, str]
    period: str
    series: list[dict[str, Any]]
    total: int
    tie: Tie | None = None
    events: list[Event]
    timeline: dict[str, Any] | None = Field(None, description=(
        "The pair's events over the window (web/timeline.py)."))


class Stats(Record):
    counts: dict[str, int]
    schema_: str | None = Field(None, alias="schema")
    event_types: list[dict[str, Any]]
    figures: dict[str, Any]


class Overview(Record):
    """The overview page's data."""

    figures: dict[str, Any]
    types: list[dict[str, Any]]
    latest: list[Event]
    hostile: list[DyadRow]
    friendly: list[DyadRow]
    names: dict[str, str]
    dilemmas: list[Dilemma]
    escalations: list[Escalation]
    balance: dict[str, Any] = {}
    timeline: dict[str, Any] | None = Field(None, description=(
        "The store's events over its publication range, or the window asked for."))
    map: dict[str, Any] | None = Field(None, description="The store's located events.")


class NetworkGraph(Record):
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]] = []
