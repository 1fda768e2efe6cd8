"""Answers: a page rendered from its context, the same context as JSON, a listing as CSV."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, is_dataclass
from typing import Any

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import JSONResponse, Response

from faultlines.store import Store, read
from faultlines.web import display
from faultlines.web.display import jsonable


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


def actor_pages(request: Request, store: Store) -> frozenset[str]:
    """The keys with an actor page in the copy of the store `store` reads (computed once)."""
    return cached(request, store, ("actor pages",), lambda: read.actors.page_keys(store))


def as_json(data: Any) -> JSONResponse:
    if is_dataclass(data):
        data = asdict(data)
    return JSONResponse(jsonable(data))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(jsonable(value), ensure_ascii=False)
    return str(value)


def listing(rows: list[dict[str, Any]], fmt: str, name: str) -> Response:
    """A listing as JSON (a list of records) or as a CSV file to download."""
    if fmt == "json":
        return as_json(rows)
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


CACHE_SIZE = 256


def cached(request: Request, store: Store, key: tuple, compute) -> Any:
    """A value computed once per copy of the store that `store` reads: a copy never changes,
    so an answer stays right until new requests read a newer copy."""
    return remember(request.app, (store.generation, *key), compute)


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
