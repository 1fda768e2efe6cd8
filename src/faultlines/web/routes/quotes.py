"""Quotes: what was said, searched by speaker and by words, with the article each came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from typing_extensions import Annotated

from faultlines.store import read
from faultlines.web.params import (Format, Limit, Offset, Since, Sort, Text, Until, check_sort,
                                   check_window)
from faultlines.web.respond import StoreDep, listing, render

router = APIRouter()
Kind = Annotated[Literal["direct", "partial", "indirect"] | None, Query(
    description="direct, partial or indirect.")]


@dataclass
class QuoteListPage:
    rows: list[dict[str, Any]]
    total: int
    speaker: str | None
    text: str | None
    kind: str | None
    since: Any
    until: Any
    limit: int
    offset: int
    sort: str | None = None
    kinds: tuple[str, ...] = ("direct", "partial", "indirect")


def list_page(store, speaker, text, kind, since, until, limit, offset, sort) -> QuoteListPage:
    check_window(since, until)
    check_sort(sort, read.quotes.SORTS)
    f = read.QuoteFilter(speaker=speaker, text=text, kind=kind, since=since, until=until)
    return QuoteListPage(read.quotes.listing(store, f, limit, offset, sort),
                         read.quotes.count(store, f), speaker, text, kind, since, until, limit,
                         offset, sort)


@router.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
def quotes_html(request: Request, store: StoreDep, speaker: Text = None, text: Text = None,
                kind: Kind = None, since: Since = None, until: Until = None, limit: Limit = 50,
                offset: Offset = 0, sort: Sort = None):
    page = list_page(store, speaker, text, kind, since, until, limit, offset, sort)
    return render(request, "quotes.html", page)


@router.get("/api/quotes", summary="QUOTE records with their article, newest article first")
def quotes_api(store: StoreDep, speaker: Text = None, text: Text = None, kind: Kind = None,
               since: Since = None, until: Until = None, limit: Limit = 100, offset: Offset = 0,
               sort: Sort = None, format: Format = "json") -> Response:
    page = list_page(store, speaker, text, kind, since, until, limit, offset, sort)
    return listing(page.rows, format, "quotes")
