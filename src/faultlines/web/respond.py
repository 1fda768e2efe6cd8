"""Answers: a page rendered from its context, the same context as JSON, a listing as one
page of JSON or as a download of every row (CSV or JSON Lines, streamed)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, is_dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from faultlines.store import Store, read
from faultlines.store.export import csvsafe
from faultlines.web import display
from faultlines.web.display import jsonable

BATCH = 1000  # rows a download reads at a time
Fetch = Callable[[Store, int, int], list[dict[str, Any]]]  # (store, limit, offset) → rows


def store_access(request: Request) -> Iterator[Store]:
    """The store through a cursor of this request's own (web/source.py): requests read in
    parallel, and nothing is held that another thread would have to release."""
    with request.app.state.source.reading() as store:
        request.state.store = store  # for `render`: which actors have a page
        yield store


StoreDep = Annotated[Store, Depends(store_access)]


def render(request: Request, name: str, page: Any, status: int = 200) -> Response:
    """The page's template with its typed context as `page`; actors link to their pages only
    where the store has one (display.linking)."""
    store = getattr(request.state, "store", None)
    with display.linking(actor_pages(request, store) if store is not None else None):
        return request.app.state.templates.TemplateResponse(
            request=request, name=name, context={"page": page, "path": request.url.path},
            status_code=status)


def links(request: Request, store: Store):
    """The link rule of `render` for work done before rendering (a reader's or an event's
    highlighted words carry their actor's link): only to actor pages the store has."""
    return display.linking(actor_pages(request, store))


def actor_pages(request: Request, store: Store) -> frozenset[str]:
    """The keys with an actor page in the copy of the store `store` reads (computed once)."""
    return cached(request, ("actor pages",), lambda: read.actors.page_keys(store))


def as_json(data: Any) -> JSONResponse:
    if is_dataclass(data):
        data = asdict(data)
    return JSONResponse(jsonable(data))


def listing(request: Request, store: Store, fmt: str, name: str, fetch: Fetch,
            count: Callable[[], int], limit: int | None, offset: int,
            per_page: int = 50) -> Response:
    """A listing: as JSON, one `Page` (schemas.py) of `limit` rows (default `per_page`) with
    the total and the next page's URL; as CSV or JSON Lines, a download of every row the
    filters select (from `offset`, at most `limit` where one is given), streamed."""
    if fmt == "json":
        limit = limit or per_page
        rows = fetch(store, limit, offset)
        total = count()
        following = offset + limit
        return JSONResponse(jsonable({
            "total": total, "offset": offset, "limit": limit,
            "next": _query(request, offset=following) if following < total else None,
            "items": rows}))
    rows = fetch(store, limit, offset) if limit else every_row(request, fetch, offset)
    return download(rows, fmt, name)


def filtered_page(store: Store, reader: Any, f: Any, limit: int, offset: int,
                  sort: str | None) -> dict[str, Any]:
    """`rows` and `total` of one page of a filtered listing: a read module whose `listing` and
    `count` take the same filter (read.articles, read.quotes, read.relations)."""
    return {"rows": reader.listing(store, f, limit, offset, sort), "total": reader.count(store, f)}


def filtered_listing(request: Request, store: Store, fmt: str, name: str, reader: Any, f: Any,
                     limit: int | None, offset: int, sort: str | None,
                     per_page: int = 50) -> Response:
    """`listing` of a filtered listing (see `filtered_page`): the rows and the count read
    through the same filter, so that the total always counts what the pages list."""
    return listing(request, store, fmt, name, lambda s, n, o: reader.listing(s, f, n, o, sort),
                   lambda: reader.count(store, f), limit, offset, per_page)


def rows_of(rows: list[dict[str, Any]]) -> Fetch:
    """A Fetch over rows already in memory (the analysis's ties, dilemmas, escalations)."""
    return lambda store, limit, offset: rows[offset:offset + limit]


def every_row(request: Request, fetch: Fetch, offset: int = 0) -> Iterator[dict[str, Any]]:
    """Every row `fetch` gives from `offset`, BATCH at a time, read through a cursor of the
    download's own: the request's cursor is gone by the time the last rows are sent."""
    with request.app.state.source.reading() as store:
        while True:
            batch = fetch(store, BATCH, offset)
            yield from batch
            if len(batch) < BATCH:
                return
            offset += BATCH


def download(rows: Iterable[dict[str, Any]], fmt: str, name: str) -> StreamingResponse:
    """Rows as a file: CSV with flat columns and formulas neutralised (store/export/csvsafe.py),
    or JSON Lines (one record a line)."""
    if fmt == "csv":
        body, media = csvsafe.rows_to_lines(rows), "text/csv; charset=utf-8"
    else:
        body, media = _json_lines(rows), "application/x-ndjson"
    return StreamingResponse(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


def _json_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(jsonable(row), ensure_ascii=False) + "\n"


def filters_query(request: Request) -> str:
    """This request's filters as a query string, without paging or format: what a page's
    downloads and pager links carry on."""
    return urlencode([(k, v) for k, v in request.query_params.multi_items()
                      if k not in ("offset", "limit", "format")])


def _query(request: Request, **changes: Any) -> str:
    """This request's path and query with some parameters changed (a next page's URL)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    params += [(k, str(v)) for k, v in changes.items()]
    return f"{request.url.path}?{urlencode(params)}"


CACHE_SIZE = 256


def cached(request: Request, key: tuple, compute) -> Any:
    """A value computed once per copy of the store this request reads: a copy never changes,
    so an answer stays right until new requests read a newer copy."""
    store = getattr(request.state, "store", None)
    generation = store.generation if store is not None else request.app.state.source.generation
    return remember(request.app, (generation, *key), compute)


def remember(app, key: tuple, compute) -> Any:
    """The app's cache: `compute()` once per key, the least recently used keys dropped."""
    cache, lock = app.state.cache, app.state.cache_lock
    with lock:
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
    value = compute()
    with lock:
        cache[key] = value
        while len(cache) > CACHE_SIZE:
            cache.popitem(last=False)
    return value
