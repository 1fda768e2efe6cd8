"""Articles: the searchable list, and the reader (the story with everything coded from it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from faultlines.identity import unslug
from faultlines.store import read, watch
from faultlines.web.actorbox import ActorBox, actor_box
from faultlines.web.highlight import Paragraph, reader
from faultlines.web.listpage import ListPage
from faultlines.web.params import (Format, Limit, Offset, PageLimit, Since, Sort, Text, Until,
                                   check_sort, check_window)
from faultlines.web.respond import (StoreDep, as_json, filtered_listing, filtered_page,
                                    filters_query, links, render)
from faultlines.web.schemas import Article, ArticleRow, Page
from faultlines.web.sidebar import Named, named_actors, named_places, story_label

router = APIRouter()


@dataclass(kw_only=True)
class ArticleListPage(ListPage):
    search: str | None
    source: str | None
    actor: ActorBox


@dataclass
class ArticlePage:
    """One article: its record (its `id` the caller's), its store key (for links), its text cut
    for reading, its events' store ids, the sidebar's distinct actors and places with how
    often the story names each, and the outlets the watcher found it at."""

    article: dict[str, Any]
    key: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    label: str = ""
    actors: list[Named] = field(default_factory=list)
    places: list[Named] = field(default_factory=list)
    outlets: list[dict[str, Any]] = field(default_factory=list, metadata={
        "help": "the pages `faultlines watch` found this story at (outlet, url); their "
                "distinct outlets are its NumSources"})

    @property
    def num_sources(self) -> int:
        return len({o["outlet"] for o in self.outlets}) or 1


def _filter(request: Request, store, search, since, until, source, actor):
    check_window(since, until)
    box = actor_box(request, store, actor)
    return box, read.ArticleFilter(search, since, until, source, box.key)


def article_page(store, article_id: str) -> ArticlePage:
    key = read.articles.key_of(store, article_id)
    doc = read.articles.document(store, key) if key else None
    if doc is None:
        raise HTTPException(404, f"no article with id '{article_id}'")
    ids = [f"{key}:{i}" for i in range(len(doc.get("events", [])))]
    return ArticlePage(doc, key, reader(doc), ids, story_label(doc), named_actors(doc),
                       named_places(doc), watch.outlets_of(store, key))


@router.get("/articles", response_class=HTMLResponse, include_in_schema=False)
def articles_html(request: Request, store: StoreDep, search: Text = None, since: Since = None,
                  until: Until = None, source: Text = None, actor: Text = None,
                  limit: Limit = 50, offset: Offset = 0, sort: Sort = None):
    check_sort(sort, read.articles.SORTS)
    box, f = _filter(request, store, search, since, until, source, actor)
    page = ArticleListPage(**filtered_page(store, read.articles, f, limit, offset, sort),
                           search=search, since=since, until=until, source=source, actor=box,
                           limit=limit, offset=offset, query=filters_query(request), sort=sort)
    return render(request, "articles.html", page)


@router.get("/api/articles", summary="Articles, newest first (search, filters, paging)",
            response_model=Page[ArticleRow])
def articles_api(request: Request, store: StoreDep, search: Text = None, since: Since = None,
                 until: Until = None, source: Text = None, actor: Text = None,
                 limit: PageLimit = None, offset: Offset = 0,
                 format: Format = "json", sort: Sort = None) -> Response:
    check_sort(sort, read.articles.SORTS)
    _, f = _filter(request, store, search, since, until, source, actor)
    return filtered_listing(request, store, format, "articles", read.articles, f, limit, offset,
                            sort)


@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article_html(request: Request, article_id: str, store: StoreDep):
    with links(request, store):
        page = article_page(store, unslug(article_id))
    return render(request, "article.html", page)


@router.get("/api/articles/{article_id}", summary="One ARTICLE record (OUTPUT.md)",
            response_model=Article)
def article_api(article_id: str, store: StoreDep) -> JSONResponse:
    return as_json(article_page(store, unslug(article_id)).article)
