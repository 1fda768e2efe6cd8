"""The JSON API's response shapes, as pydantic models, so that /openapi.json documents them.

The records follow OUTPUT.md (ACTOR, PLACE, EVENT, QUOTE, RELATION, DILEMMA); listings add the
store ids and the article a record comes from. Every model allows fields it does not name:
OUTPUT.md lets records grow. List endpoints answer a `Page`: the rows, how many the filters
select in all, and the URL of the next page. tests/test_web_schema.py holds the answers to
these shapes.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

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


class Actor(Record):
    """ACTOR (OUTPUT.md)."""

    text: str | None = None
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    role: str | None = None
    id: str | None = None


class Place(Record):
    """PLACE (OUTPUT.md)."""

    text: str | None = None
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    geonameid: int | None = None
    start: int | None = None
    end: int | None = None


class Trigger(Record):
    text: str
    start: int
    end: int


class Event(Record):
    """EVENT (OUTPUT.md) with its store id and the article it was coded from."""

    id: str = Field(description="article id:index of the event in its article")
    article_id: str
    article_title: str | None = None
    article_label: str | None = Field(None, description="the title, else the story's first "
                                                        "words")
    type: str
    mode: str | None = None
    context: list[str] = []
    actor: list[Actor] = []
    recipient: list[Actor] = []
    cameo: str | None = None
    quad_class: int | None = None
    score: float | None = None
    date: str | None = Field(None, description='"YYYY-MM-DD", "YYYY-MM" or "YYYY": its length '
                                               'is its precision')
    date_text: str | None = None
    location: Place | None = None
    negated: bool = False
    hypothetical: bool = False
    reported_by: Actor | None = None
    sentence: str | None = None
    trigger: Trigger | None = None
    confidence: float | None = None


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


class Article(Record):
    """ARTICLE (OUTPUT.md)."""

    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    text: str
    entities: list[dict[str, Any]] = []
    actors: list[Actor] = []
    events: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    places: list[Place] = []


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


class Relation(Record):
    """RELATION (OUTPUT.md) with the article it was stated in."""

    article_id: str
    article_title: str | None = None
    published: str | None = None
    a: Actor
    b: Actor
    polarity: int
    type: str | None = None
    evidence: str | None = None
    basis: str | None = None
    date: str | None = None


class Dilemma(Record):
    """DILEMMA (OUTPUT.md)."""

    party: Actor
    sides: list[Actor]
    score: float
    evidence: list[str] = []


class EscalationEvent(Record):
    day: str | None = None
    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    score: float | None = None
    reports: int | None = None
    sentence: str | None = None


class Escalation(Record):
    """A dyad's conflict in its latest window against its baseline."""

    a: str
    b: str
    window: str
    count: int
    baseline_mean: float
    p_value: float
    z: float | None = None
    escalating: bool
    events: list[EscalationEvent] = []


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


class Quote(Record):
    """QUOTE (OUTPUT.md) with the article it is from."""

    article_id: str
    article_title: str | None = None
    published: str | None = None
    text: str
    kind: str | None = None
    speaker: Actor | None = None
    cue: str | None = None


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
