"""Query parameters shared by pages and API, validated before any query runs.

A bad value is a 422 naming the parameter and the reason, never a 500: dates are real calendar
dates, counts have bounds, strings have a length limit and no control characters, and a map box
is four numbers in range.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Annotated, Literal, NamedTuple

from fastapi import Depends, Query
from fastapi.exceptions import RequestValidationError

from faultlines.store.read import EventFilter, sorting

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")
TEXT = r"^[^\x00-\x1f\x7f]*$"

Text = Annotated[str | None, Query(max_length=200, pattern=TEXT)]
Since = Annotated[date | None, Query(description="From this day (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="Up to this day (YYYY-MM-DD).")]
ChangedSince = Annotated[datetime | None, Query(
    description="Alerts raised from this time on (YYYY-MM-DDTHH:MM, UTC).")]
Limit = Annotated[int, Query(ge=1, le=1000, description="Rows per page.")]
PageLimit = Annotated[int | None, Query(
    ge=1, le=1000, description="Rows per page of JSON (50 unless said); a download (csv, jsonl) "
                               "holds every row the filters select unless a limit is given.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Format = Annotated[Literal["json", "csv", "jsonl"], Query(
    description="json (one page), or a download of every row: csv (flat columns, formulas "
                "neutralised) or jsonl (JSON Lines).")]
Factual = Annotated[bool, Query(description="Only events that happened: leave out negated and "
                                            "hypothetical ones.")]
EventType = Annotated[Literal[PLOVER_TYPES] | None, Query(description="PLOVER event type.")]
Quad = Annotated[int | None, Query(ge=1, le=4, description="Quad class 1..4.")]
Bbox = Annotated[str | None, Query(
    max_length=100, pattern=TEXT,
    description="Place box: min_lon,min_lat,max_lon,max_lat (degrees).")]
Period = Annotated[Literal["week", "month", "year"], Query(description="Time step.")]
Sort = Annotated[str | None, Query(max_length=40, pattern=r"^-?[a-z_]+$", description=(
    "The column to sort by; '-' before it for descending (-events)."))]


def bad(parameter: str, reason: str) -> RequestValidationError:
    """A bad query parameter, answered as FastAPI answers a wrong type: 422 with the
    parameter and the reason, the shape /openapi.json documents."""
    return RequestValidationError([{"loc": ("query", parameter), "msg": reason,
                                    "type": "value_error"}])


def parse_bbox(text: str | None) -> tuple[float, float, float, float] | None:
    """"-10,30,60,60" → (-10.0, 30.0, 60.0, 60.0); a bad box is a 422 that says why."""
    if not text:
        return None
    try:
        values = tuple(float(v) for v in text.split(","))
    except ValueError:
        raise bad("bbox", f"expected four numbers, got '{text}'") from None
    if len(values) != 4:
        raise bad("bbox", f"expected four numbers, got {len(values)}")
    lon1, lat1, lon2, lat2 = values
    if not (-180 <= lon1 <= lon2 <= 180 and -90 <= lat1 <= lat2 <= 90):
        raise bad("bbox", "need -180 <= min_lon <= max_lon <= 180 and "
                          "-90 <= min_lat <= max_lat <= 90")
    return values


def check_sort(sort: str | None, columns: dict[str, str]) -> None:
    """A sort column the listing does not have is a 422 that lists the ones it has."""
    try:
        sorting.parse(sort, columns)
    except ValueError as error:
        raise bad("sort", str(error)) from None


def check_window(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise bad("since", f"{since} is after until ({until})")


def event_filter(actor: str | None = None, type: str | None = None, quad: int | None = None,
                 since: date | None = None, until: date | None = None,
                 bbox: str | None = None, factual: bool = False) -> EventFilter:
    """The events a page or endpoint lists; `actor` is an actor page's key (actorbox.py)."""
    check_window(since, until)
    return EventFilter(actor=actor or None, type=type, quad_class=quad, since=since,
                       until=until, bbox=parse_bbox(bbox), factual=factual)


class Events(NamedTuple):
    """The event filters of a request: the actor as typed (an actor box resolves it,
    web/actorbox.py), the place box as given (the page shows it back), and the filter."""

    actor: str | None
    bbox: str | None
    filter: EventFilter

    def of(self, actor_key: str | None) -> EventFilter:
        """The filter, with the actor resolved to its page's key."""
        return replace(self.filter, actor=actor_key or None)


def event_params(actor: Text = None, type: EventType = None, quad: Quad = None,
                 since: Since = None, until: Until = None, bbox: Bbox = None,
                 factual: Factual = False) -> Events:
    """The event filters the events and map pages and their API take, checked once."""
    return Events(actor, bbox, event_filter(None, type, quad, since, until, bbox, factual))


EventParams = Annotated[Events, Depends(event_params)]
