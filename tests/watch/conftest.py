"""A local news site for the watch tests: real HTTP on 127.0.0.1, routes set by each test.

`Site` serves what a test puts in `routes` and records every request, so a test can say both
what the watcher got and what it asked for (or never asked for). Slow routes wait on an event that
teardown sets, so no test sleeps longer than its own timeout.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from faultlines.watch import Fetcher, WatchOptions


@dataclass
class Route:
    """What one path answers.

    stream (int): send this many bytes of filler without a Content-Length (a huge page).
    delay (float): seconds to wait before answering (a slow page).
    """

    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    stream: int = 0
    delay: float = 0.0
    then: list[Route] = field(default_factory=list)  # answers for later requests, in order


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


class Site:
    """A threaded HTTP server on `host`, port chosen by the system."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.on_request: Callable[[str], None] | None = None  # called with each path asked for
        self.release = threading.Event()
        self.server = ThreadingHTTPServer((host, 0), _handler(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [seen.path for seen in self.requests]

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            site.requests.append(Seen(self.path, dict(self.headers)))
            if site.on_request is not None:
                site.on_request(self.path)
            route = site.routes.get(self.path)
            if route is None:
                return self._answer(Route(b"not here", status=404, content_type="text/plain"))
            if route.then:
                site.routes[self.path] = route.then.pop(0)
            if route.delay:
                site.release.wait(route.delay)
            self._answer(route)

        def _answer(self, route: Route) -> None:
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            if route.etag:
                self.send_header("ETag", route.etag)
            for name, value in route.headers.items():
                self.send_header(name, value)
            body = route.body.encode("utf-8") if isinstance(route.body, str) else route.body
            if not route.stream:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                if route.stream:
                    chunk = b"<p>" + b"filler " * 9000 + b"</p>\n"
                    for _ in range(route.stream // len(chunk) + 1):
                        self.wfile.write(chunk)
                else:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the watcher hung up on a huge page, as it should

    return Handler


class Hook:
    """A webhook receiver on 127.0.0.1: keeps each POSTed JSON body."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers["Content-Length"])
                hook.bodies.append(json.loads(self.rfile.read(length)))
                self.send_response(204)
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()

    @property
    def url(self) -> str:
        return "http://127.0.0.1:%d/hook" % self.server.server_address[1]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class FakeClock:
    """Time that moves only when something waits: backoff and pacing cost no real time."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.time = start
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.time

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.time += seconds

    def advance(self, seconds: float) -> None:
        self.time += seconds


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


@pytest.fixture
def other_site():
    """A second outlet: another port on the same address."""
    s = Site()
    yield s
    s.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


LOCAL = WatchOptions(allow_private=True, timeout=0.3, max_time=5.0, retries=1,
                     retry_backoff=2.0, host_interval=1.0, folder_settle=0.0,
                     max_bytes=256 * 1024, max_listing_bytes=256 * 1024)


@pytest.fixture
def fetcher(clock):
    """A fetcher for the local sites: private addresses allowed, short timeouts, fake clock."""
    with Fetcher(LOCAL, clock=clock) as f:
        yield f
