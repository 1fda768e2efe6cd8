"""Stated ties: the relations stories state between actors (ally, member, rivalry, ...), each
with the sentence that states it and its article; ties coded from events are a click away."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from typing_extensions import Annotated

from faultlines.store import read
from faultlines.web.params import (Format, Limit, Offset, Since, Sort, Text, Until, check_sort,
                                   check_window)
from faultlines.web.respond import StoreDep, listing, render

router = APIRouter()
Basis = Annotated[Literal["stated", "events", "all"] | None, Query(
    description="stated (said in the story), events (coded from its events) or all.")]
RelationType = Annotated[str | None, Query(max_length=40, pattern=r"^[a-z_ -]*$",
                                           description="ally, member, rivalry, war, ...")]


@dataclass
class RelationListPage:
    rows: list[dict[str, Any]]
    total: int
    actor: str | None
    type: str | None
    basis: str | None
    text: str | None
    since: Any
    until: Any
    limit: int
    offset: int
    sort: str | None = None
    types: list[dict[str, Any]] = field(default_factory=list)


def list_page(store, actor, type, basis, text, since, until, limit, offset,
              sort) -> RelationListPage:
    check_window(since, until)
    check_sort(sort, read.relations.SORTS)
    basis = None if basis == "all" else basis
    f = read.RelationFilter(actor, basis, since, until, text, type=type)
    return RelationListPage(read.relations.listing(store, f, limit, offset, sort),
                            read.relations.count(store, f), actor, type, basis, text, since,
                            until, limit, offset, sort, read.relations.types(store))


@router.get("/relations", response_class=HTMLResponse, include_in_schema=False)
def relations_html(request: Request, store: StoreDep, actor: Text = None,
                   type: RelationType = None, basis: Basis = "stated", text: Text = None,
                   since: Since = None, until: Until = None, limit: Limit = 50,
                   offset: Offset = 0, sort: Sort = None):
    page = list_page(store, actor, type, basis, text, since, until, limit, offset, sort)
    return render(request, "relations.html", page)


@router.get("/api/relations", summary="RELATION records as the stories state them")
def relations_api(store: StoreDep, actor: Text = None, type: RelationType = None,
                  basis: Basis = None, text: Text = None, since: Since = None,
                  until: Until = None, limit: Limit = 100, offset: Offset = 0,
                  sort: Sort = None, format: Format = "json") -> Response:
    page = list_page(store, actor, type, basis, text, since, until, limit, offset, sort)
    return listing(page.rows, format, "relations")
