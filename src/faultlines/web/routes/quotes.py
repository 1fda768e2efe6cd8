"""Quotes: what was said, searched by speaker and by words, with the article each came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from typing_extensions import Annotated

from faultlines.model import QUOTE_KINDS
from faultlines.store import read
from faultlines.web.actorbox import ActorBox, actor_box
from faultlines.web.listpage import ListPage
from faultlines.web.params import (Format, Limit, Offset, PageLimit, Since, Sort, Text, Until,
                                   check_sort, check_window)
from faultlines.web.respond import (StoreDep, filtered_listing, filtered_page,
                                    filters_query, render)
from faultlines.web.schemas import Page, Quote

router = APIRouter()
Kind = Annotated[Literal[QUOTE_KINDS] | None, Query(
    description="direct, partial or indirect.")]


@dataclass(kw_only=True)
class QuoteListPage(ListPage):
    speaker: ActorBox
    text: str | None
    kind: str | None
    kinds: tuple[str, ...] = QUOTE_KINDS


def quote_filter(request: Request, store, speaker, text, kind, since,
                 until) -> tuple[ActorBox, read.QuoteFilter]:
    """The quotes the filters select; the speaker box means what every actor box means
    (web/actorbox.py)."""
    check_window(since, until)
    box = actor_box(request, store, speaker)
    return box, read.QuoteFilter(speaker=box.key, text=text, kind=kind, since=since,
                                 until=until)


@router.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
def quotes_html(request: Request, store: StoreDep, speaker: Text = None, text: Text = None,
                kind: Kind = None, since: Since = None, until: Until = None, limit: Limit = 50,
                offset: Offset = 0, sort: Sort = None):
    check_sort(sort, read.quotes.SORTS)
    box, f = quote_filter(request, store, speaker, text, kind, since, until)
    page = QuoteListPage(**filtered_page(store, read.quotes, f, limit, offset, sort),
                         speaker=box, text=text, kind=kind, since=since, until=until,
                         limit=limit, offset=offset, sort=sort, query=filters_query(request))
    return render(request, "quotes.html", page)


@router.get("/api/quotes", summary="QUOTE records with their article, newest article first",
            response_model=Page[Quote])
def quotes_api(request: Request, store: StoreDep, speaker: Text = None, text: Text = None,
               kind: Kind = None, since: Since = None, until: Until = None,
               limit: PageLimit = None, offset: Offset = 0, sort: Sort = None,
               format: Format = "json") -> Response:
    check_sort(sort, read.quotes.SORTS)
    _, f = quote_filter(request, store, speaker, text, kind, since, until)
    return filtered_listing(request, store, format, "quotes", read.quotes, f, limit, offset, sort,
                            per_page=100)
