"""The FastAPI app: pages rendered on the server, each with a JSON twin under /api.

FastAPI runs plain endpoints in a thread pool, so requests run in parallel: each reads the store
through a cursor of its own (web/source.py), and no lock is held across a request. The store
is read from a private copy unless asked otherwise, so browsing can never change what was coded
and `faultlines code` can write the store meanwhile.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from faultlines.web import display
from faultlines.web.analysis_view import NetworkCache
from faultlines.web.source import StoreSource, Unavailable

HERE = Path(__file__).parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.autoescape = True  # every template, whatever its suffix
    display.register(templates.env)
    return templates


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, reason: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": reason}, status_code=status)
    return request.app.state.templates.TemplateResponse(
        request=request, name="error.html", context={"status": status, "reason": reason, "path": request.url.path},
        status_code=status)


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": display.jsonable(exc.errors())}, status_code=422)
        return _error(request, 422, display.validation_reason(exc.errors()))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Unavailable)
    async def store_unavailable(request: Request, exc: Unavailable) -> Response:
        response = _error(request, 503, str(exc))
        response.headers["Retry-After"] = "5"
        return response


class DropEmptyParams:
    """An empty form field (`?since=&type=`) means "no filter", not a bad value."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            # Byte-level, so the rest of the query string reaches the app exactly as sent.
            kept = [p for p in scope["query_string"].split(b"&") if b"=" in p and
                    not p.endswith(b"=")]
            scope = dict(scope, query_string=b"&".join(kept))
        await self.app(scope, receive, send)


def _install_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def create_app(store_path: str | Path, read_only: bool = True, warm: bool = True,
               poll: float = 2.0) -> FastAPI:
    """The faultlines web app over the store at `store_path`.

    read_only (bool): read a private copy of the store (the default), so that other processes
        may write it; False opens the store itself read-write.
    warm (bool): build the all-time signed network in the background at once, and again for
        each new copy of the store.
    poll (float): seconds between two looks for a changed store (0: serve the first copy).
    """
    from faultlines.web.routes import ROUTERS

    # No /docs or /redoc: FastAPI serves their JavaScript from a CDN, which we never load.
    app = FastAPI(title="faultlines", version="1", docs_url=None, redoc_url=None,
                  description="Coded news events, actors, dyads, ties and fault lines.")
    app.state.source = StoreSource(store_path, read_only=read_only, poll=poll)
    app.state.networks = NetworkCache(app.state.source)
    app.state.templates = _templates()
    app.state.cache = OrderedDict()
    app.state.cache_lock = threading.Lock()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _install_errors(app)
    _install_headers(app)
    app.add_middleware(DropEmptyParams)
    for router in ROUTERS:
        app.include_router(router)
    if warm:
        _start_warming(app)
        app.state.source.on_change(lambda generation: _start_warming(app))
    return app


def _start_warming(app: FastAPI) -> None:
    threading.Thread(target=_warm, args=(app,), daemon=True, name="faultlines-warm").start()


def _warm(app: FastAPI) -> None:
    """Compute what the overview reads from the whole store before anyone asks for it."""
    from faultlines.web.respond import remember
    from faultlines.web.routes.overview import RANKINGS, rankings

    try:
        app.state.networks.findings_of()
        with app.state.source.reading() as store:
            remember(app, (store.generation, *RANKINGS), lambda: rankings(store))
    except Unavailable:
        pass  # a writer holds the store: the first copy warms when it is taken
