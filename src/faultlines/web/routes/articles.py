"""Articles: the searchable list, and the reader (the story with everything coded from it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from faultlines.identity import unslug
from faultlines.store import read, watch
from faultlines.web.highlight import Paragraph, reader
from faultlines.web.params import Format, Limit, Offset, Since, Text, Until, check_window
from faultlines.web.respond import StoreDep, as_json, listing, render

router = APIRouter()


@dataclass
class ArticleListPage:
    rows: list[dict[str, Any]]
    total: int
    search: str | None
    since: Any
    until: Any
    source: str | None
    actor: str | None
    limit: int
    offset: int


@dataclass
class ArticlePage:
    """One article: its record (its `id` the caller's), its store key (for links), its text cut
    for reading, and its events' store ids."""

    article: dict[str, Any]
    key: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    outlets: list[dict[str, Any]] = field(default_factory=list, metadata={
        "help": "the pages `faultlines watch` found this story at (outlet, url); their "
                "distinct outlets are its NumSources"})

    @property
    def num_sources(self) -> int:
        return len({o["outlet"] for o in self.outlets}) or 1


def list_page(store, search, since, until, source, actor, limit, offset) -> ArticleListPage:
    check_window(since, until)
    f = read.ArticleFilter(search, since, until, source, actor)
    rows, total = read.articles.listing(store, f, limit, offset), read.articles.count(store, f)
    return ArticleListPage(rows, total, search, since, until, source, actor, limit, offset)


def article_page(store, article_id: str) -> ArticlePage:
    key = read.articles.key_of(store, article_id)
    doc = read.articles.document(store, key) if key else None
    if doc is None:
        raise HTTPException(404, f"no article with id '{article_id}'")
    ids = [f"{key}:{i}" for i in range(len(doc.get("events", [])))]
    return ArticlePage(doc, key, reader(doc), ids, watch.outlets_of(store, key))


@router.get("/articles", response_class=HTMLResponse, include_in_schema=False)
def articles_html(request: Request, store: StoreDep, search: Text = None, since: Since = None,
                  until: Until = None, source: Text = None, actor: Text = None,
                  limit: Limit = 50, offset: Offset = 0):
    page = list_page(store, search, since, until, source, actor, limit, offset)
    return render(request, "articles.html", page)


@router.get("/api/articles", summary="Articles, newest first (search, filters, paging)")
def articles_api(store: StoreDep, search: Text = None, since: Since = None, until: Until = None,
                 source: Text = None, actor: Text = None, limit: Limit = 50, offset: Offset = 0,
                 format: Format = "json") -> Response:
    page = list_page(store, search, since, until, source, actor, limit, offset)
    return listing(page.rows, format, "articles")


@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article_html(request: Request, article_id: str, store: StoreDep):
    return render(request, "article.html", article_page(store, unslug(article_id)))


@router.get("/api/articles/{article_id}", summary="One ARTICLE record (OUTPUT.md)")
def article_api(article_id: str, store: StoreDep) -> JSONResponse:
    return as_json(article_page(store, unslug(article_id)).article)
