"""`faultlines serve` as a real process on a free local port, for the tests that need one
(parallel requests, signals, load) and for bench/web.py: started, waited for, always
stopped; and many clients at once against it (`hammer`)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx

SRC = Path(__file__).resolve().parents[1] / "src"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(db: Path, *args: str, host: str = "127.0.0.1") -> tuple[subprocess.Popen, str]:
    """A `faultlines serve` process over `db`; RETURNS it and its base URL once it answers."""
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(SRC))
    proc = subprocess.Popen([sys.executable, "-m", "faultlines", "serve", "--db", str(db),
                             "--host", host, "--port", str(port), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"serve exited {proc.returncode}: {proc.stderr.read()}")
        try:
            httpx.get(base + "/api/stats", timeout=5)
            return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("serve did not answer within 60 s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait(10)


@contextmanager
def serving(db: Path, *args: str):
    """The base URL of a server over `db` for the length of the block."""
    proc, base = start(db, *args)
    try:
        yield base
    finally:
        stop(proc)


PAGES = ("/", "/articles", "/events", "/actors", "/dyads", "/network", "/map", "/faultlines")


def page_urls(base: str, each: int = 12) -> list[str]:
    """A spread of every kind of page and endpoint of the store served at `base`: the
    navigation, `each` articles, actors and dyads, filtered listings, the JSON API."""
    from faultlines.identity import slug

    with httpx.Client(base_url=base, timeout=60) as client:
        articles = client.get(f"/api/articles?limit={each}").json()["items"]
        actors = client.get(f"/api/actors?limit={each}").json()["items"]
        dyads = client.get(f"/api/dyads?limit={each}").json()["items"]
    urls = list(PAGES)
    urls += [f"/articles/{slug(a['id'])}" for a in articles]
    urls += [f"/actors/{slug(a['key'])}" for a in actors]
    urls += [f"/dyads/{slug(d['a'])}/{slug(d['b'])}" for d in dyads]
    urls += [f"/events?actor={quote(a['key'], safe='')}&factual=true" for a in actors[:4]]
    urls += ["/events?type=ASSAULT", "/articles?search=ceasefire", "/actors?kind=state",
             "/api/events", "/api/articles", "/api/actors", "/api/dyads", "/api/ties",
             "/api/dilemmas", "/api/relations", "/api/map", "/api/stats", "/api/overview",
             "/api/events?format=csv&actor=SYR"]
    return urls


@dataclass(frozen=True)
class Hit:
    url: str
    status: int | str  # the HTTP status, or the transport error's name
    seconds: float


def hammer(base: str, urls: list[str], clients: int = 50, requests: int = 20) -> list[Hit]:
    """`clients` concurrent clients (threads, each with its own keep-alive connection) each
    send `requests` GETs, walking `urls` from a different start; RETURNS every answer."""
    def client(n: int) -> list[Hit]:
        hits = []
        with httpx.Client(base_url=base, timeout=120) as session:
            for i in range(requests):
                url = urls[(n * 7 + i) % len(urls)]
                began = time.perf_counter()
                try:
                    status: int | str = session.get(url).status_code
                except httpx.HTTPError as err:
                    status = type(err).__name__
                hits.append(Hit(url, status, time.perf_counter() - began))
        return hits

    with ThreadPoolExecutor(clients) as pool:
        return [hit for hits in pool.map(client, range(clients)) for hit in hits]
