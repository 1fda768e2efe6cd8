"""Stated ties: the relations stories state between actors (ally, member, rivalry, ...), each
with the sentence that states it and its article; ties coded from events are a click away."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from typing_extensions import Annotated

from faultlines.store import read
from faultlines.web.actorbox import ActorBox, actor_box
from faultlines.web.listpage import ListPage
from faultlines.web.params import (Format, Limit, Offset, PageLimit, Since, Sort, Text, Until,
                                   check_sort, check_window)
from faultlines.web.respond import (StoreDep, filtered_listing, filtered_page,
                                    filters_query, render)
from faultlines.web.schemas import Page, Relation

router = APIRouter()
Basis = Annotated[Literal["stated", "events", "all"] | None, Query(
    description="stated (said in the story), events (coded from its events) or all.")]
RelationType = Annotated[str | None, Query(max_length=40, pattern=r"^[a-z_ -]*$",
                                           description="ally, member, rivalry, war, ...")]


@dataclass(kw_only=True)
class RelationListPage(ListPage):
    actor: ActorBox
    type: str | None
    basis: str | None
    text: str | None
    types: list[dict[str, Any]] = field(default_factory=list)


def relation_filter(request: Request, store, actor, type, basis, text, since,
                    until) -> tuple[ActorBox, read.RelationFilter]:
    """The ties the filters select; the actor box means what every actor box means
    (web/actorbox.py)."""
    check_window(since, until)
    box = actor_box(request, store, actor)
    basis = None if basis == "all" else basis
    return box, read.RelationFilter(box.key, basis, since, until, text, type=type)


@router.get("/relations", response_class=HTMLResponse, include_in_schema=False)
def relations_html(request: Request, store: StoreDep, actor: Text = None,
                   type: RelationType = None, basis: Basis = "stated", text: Text = None,
                   since: Since = None, until: Until = None, limit: Limit = 50,
                   offset: Offset = 0, sort: Sort = None):
    check_sort(sort, read.relations.SORTS)
    box, f = relation_filter(request, store, actor, type, basis, text, since, until)
    page = RelationListPage(**filtered_page(store, read.relations, f, limit, offset, sort),
                            actor=box, type=type, basis=f.basis, text=text, since=since,
                            until=until, limit=limit, offset=offset, sort=sort,
                            types=read.relations.types(store), query=filters_query(request))
    return render(request, "relations.html", page)


@router.get("/api/relations", summary="RELATION records as the stories state them",
            response_model=Page[Relation])
def relations_api(request: Request, store: StoreDep, actor: Text = None,
                  type: RelationType = None, basis: Basis = None, text: Text = None,
                  since: Since = None, until: Until = None, limit: PageLimit = None,
                  offset: Offset = 0, sort: Sort = None, format: Format = "json") -> Response:
    check_sort(sort, read.relations.SORTS)
    _, f = relation_filter(request, store, actor, type, basis, text, since, until)
    return filtered_listing(request, store, format, "relations", read.relations, f, limit,
                            offset, sort, per_page=100)
