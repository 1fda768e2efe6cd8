"""`faultlines serve` as a real process: parallel requests, a store written meanwhile, signals,
and the warning when it listens beyond this machine."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from faultlines.cli.web import is_loopback
from faultlines.store import Store
from tests.served import SRC, serving, start, stop
from tests.test_web_api import _script_story, _shelling

PAGES = ["/", "/articles", "/events", "/actors", "/dyads", "/network", "/map", "/faultlines",
         "/actors/RUS", "/dyads/ARM/AZE", "/articles/shelling", "/api/events", "/api/ties"]


@pytest.fixture
def small_store(tmp_path):
    path = tmp_path / "small.duckdb"
    with Store(path) as store:
        store.add([_shelling(), _script_story()])
    return path


def _statuses(base: str, urls: list[str], workers: int) -> list[int]:
    with httpx.Client(timeout=30) as client, ThreadPoolExecutor(workers) as pool:
        return list(pool.map(lambda u: client.get(base + u).status_code, urls))


def test_web_server_answers_parallel_requests(small_store):
    with serving(small_store) as base:
        assert _statuses(base, PAGES * 3, 10) == [200] * len(PAGES) * 3
        assert _statuses(base, PAGES, 1) == [200] * len(PAGES)  # and nothing is left wedged


def test_web_server_shows_articles_coded_while_it_runs(small_store, tmp_path):
    story = tmp_path / "fresh.txt"
    story.write_text("Title: Greece and Turkey talk\nDate: 2024-03-02\n\n"
                     "Turkey criticised Greece on Saturday over the border.\n", encoding="utf-8")
    with serving(small_store) as base:
        assert httpx.get(base + "/api/articles").json()["total"] == 2
        coded = subprocess.run([sys.executable, "-m", "faultlines", "code", str(story), "--db",
                                str(small_store)], capture_output=True, text=True,
                               env=dict(os.environ, PYTHONPATH=str(SRC)), timeout=300)
        assert coded.returncode == 0, coded.stderr  # the server does not hold the store
        deadline = time.monotonic() + 20
        titles: list[str] = []
        while time.monotonic() < deadline and "Greece and Turkey talk" not in titles:
            time.sleep(0.5)
            titles = [a["title"] for a in httpx.get(base + "/api/articles").json()["items"]]
        assert "Greece and Turkey talk" in titles


@pytest.mark.parametrize("busy", [False, True])
def test_web_server_ends_on_sigterm_within_seconds(small_store, busy):
    proc, base = start(small_store)
    try:
        if busy:  # requests in flight and open connections when the signal comes
            pool = ThreadPoolExecutor(8)
            for url in PAGES * 4:
                pool.submit(_quietly, base + url)
            time.sleep(0.3)
        began = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=8)
        assert time.monotonic() - began < 6
        assert "Traceback" not in proc.stderr.read()
    finally:
        stop(proc)


def _quietly(url: str) -> None:
    try:
        httpx.get(url, timeout=10)
    except httpx.HTTPError:
        pass


def test_web_server_warns_when_listening_beyond_loopback(small_store):
    proc, _ = start(small_store, host="0.0.0.0")
    try:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=8)
        warning = proc.stderr.read()
    finally:
        stop(proc)
    assert "no authentication" in warning and "0.0.0.0" in warning


def test_web_server_is_quiet_on_loopback(small_store):
    proc, _ = start(small_store)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=8)
    assert "authentication" not in proc.stderr.read()


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("localhost", True),
                                            ("::1", True), ("127.0.0.2", True),
                                            ("0.0.0.0", False), ("192.168.1.5", False),
                                            ("::", False), ("example.org", False)])
def test_web_server_loopback_addresses(host, loopback):
    assert is_loopback(host) is loopback
