"""`faultlines watch` itself: the real command against local sites and a real store.

The in-process tests run the command through click with the session's pipeline (building it
again per test would cost seconds); the kill -9 test runs it as its own process.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from faultlines import cli
from faultlines.store import Store
from faultlines.store.watch import alerts_since
from tests.watch.conftest import Hook, Route, Site
from tests.watch.newsroom import COURIER, LEDGER, page, rss
from tests.watch.politics import BORDER, BORDER_UPDATE, filler

DAY = "Tue, 05 Mar 2024 09:00:00 GMT"
LATER = "Wed, 06 Mar 2024 09:00:00 GMT"
ROOT = Path(__file__).parents[2]


@pytest.fixture
def watch(nlp, monkeypatch):
    """Runs `faultlines watch ARGS` in this process with the session's pipeline."""
    from faultlines import pipeline

    monkeypatch.setattr(pipeline, "build", lambda options=None: nlp)

    def run(*args: str):
        return CliRunner().invoke(cli.main, ["watch", *args], catch_exceptions=False)

    return run


def _local(*extra: str) -> list[str]:
    return ["--once", "--allow-network", "127.0.0.1/32", "--host-interval", "0", *extra]


@pytest.mark.slow
def test_watch_command_codes_the_good_stories_names_each_failure_and_alerts(
        watch, site, other_site, tmp_path):
    inside = Site("127.0.0.2")
    hook = Hook()
    try:
        inside.routes["/story"] = Route(page(filler(1)))
        site.routes["/robots.txt"] = Route("User-agent: *\nDisallow: /members/\n",
                                           content_type="text/plain")
        site.routes["/world/border"] = Route(page(BORDER, LEDGER))
        site.routes["/slow"] = Route(page(filler(2)), delay=5.0)
        site.routes["/huge"] = Route(stream=12 * 2**20)
        site.routes["/members/memo"] = Route(page(filler(3)))
        site.routes["/go"] = Route(status=302, headers={"Location": inside.url("/story")})
        paths = ["/world/border", "/missing", "/slow", "/huge", "/members/memo", "/go"]
        site.routes["/rss"] = Route(rss(site.base, [(p, p, DAY) for p in paths]))
        site.routes["/bad.xml"] = Route("<rss><channel><item><title>Ferry</titl",
                                        content_type="application/rss+xml")
        other_site.routes["/2024/03/05/border"] = Route(page(BORDER, COURIER))
        other_site.routes["/rss"] = Route(rss(other_site.base,
                                              [("/2024/03/05/border", BORDER[0], DAY)]))
        db, alerts = str(tmp_path / "w.duckdb"), tmp_path / "alerts.jsonl"
        sources = [site.url("/rss"), site.url("/bad.xml"), other_site.url("/rss")]

        result = watch(*sources, "--db", db, "--alerts", str(alerts), "--webhook", hook.url,
                       *_local("--timeout", "0.5"))

        assert result.exit_code == 1, result.output
        said = result.stderr
        for url, reason in [("/missing", "HTTP 404"), ("/slow", "timed out after 0.5 s"),
                            ("/huge", "too large"), ("/members/memo", "disallowed by"),
                            ("/go", "refused: 127.0.0.2"), ("/bad.xml", "malformed feed")]:
            assert f"faultlines: {site.url(url)}: {reason}" in said, (url, said)
        assert "/members/memo" not in site.paths() and inside.requests == []
        assert "cycle 1: 1 new, 1 copies" in said
        with Store(db, read_only=True) as store:
            (story, ), = store.con.execute("SELECT id FROM articles").fetchall()
            outlets = store.query("SELECT outlet FROM watch_outlets WHERE story = ?", [story])
            assert len(outlets) == 2  # one wire story, two outlets
            stored = alerts_since(store)
        assert alerts.exists(), said
        lines = [json.loads(line) for line in alerts.read_text().splitlines()]
        assert lines == hook.bodies[0]["alerts"] and sorted(map(str, lines)) == sorted(
            map(str, stored))
        first = next(a for a in lines if a["key"] == "pair:ARM|AZE")
        evidence = first["evidence"][0]
        assert evidence["article"] == story and "attacked Armenian positions" in evidence["sentence"]
        assert evidence["url"] in (site.url("/world/border"),
                                   other_site.url("/2024/03/05/border"))

        site.routes["/world/border"] = Route(page(BORDER_UPDATE, LEDGER))
        site.routes["/rss"] = Route(rss(site.base, [("/world/border", BORDER[0], LATER)]))
        again = watch(*sources[:1], "--db", db, *_local())
        assert again.exit_code == 0, again.output
        assert "cycle 2: 0 new, 0 copies, 1 changed, 0 failed, 0 alerts" in again.stderr
        with Store(db, read_only=True) as store:
            assert store.scalar("SELECT count(*) FROM articles") == 1
    finally:
        inside.close()
        hook.close()


@pytest.mark.slow
def test_watch_command_sigterm_ends_after_the_current_article(watch, site, tmp_path):
    items = []
    for n in range(5):
        site.routes[f"/n/{n}"] = Route(page(filler(10 + n)))
        items.append((f"/n/{n}", f"n{n}", DAY))
    site.routes["/rss"] = Route(rss(site.base, items))

    def terminate(path: str) -> None:  # SIGTERM arrives while the watcher reads /n/1
        if path == "/n/1":
            os.kill(os.getpid(), signal.SIGTERM)

    site.on_request = terminate
    db = str(tmp_path / "w.duckdb")
    result = watch(site.url("/rss"), "--db", db, "--every", "1h", "--batch-size", "1",
                   "--allow-network", "127.0.0.1/32", "--host-interval", "0")
    assert result.exit_code == 0, result.output
    assert "stopping after the current article" in result.stderr
    assert [p for p in site.paths() if p.startswith("/n/")] == ["/n/0", "/n/1"]
    with Store(db, read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM articles") == 2


def _process(args: list[str], cwd: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.Popen([sys.executable, "-m", "faultlines", "watch", *args], cwd=cwd,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_watch_command_kill_9_mid_cycle_then_rerun_loses_nothing_and_codes_nothing_twice(
        site, tmp_path):
    stories = [filler(100 + n) for n in range(12)]
    for n, story in enumerate(stories):
        site.routes[f"/news/{n}"] = Route(page(story))
    site.routes["/news/6"] = Route(page(stories[6]), delay=120.0)  # the cycle hangs here
    site.routes["/rss"] = Route(rss(site.base, [(f"/news/{n}", s[0], DAY)
                                                for n, s in enumerate(stories)]))
    db = str(tmp_path / "w.duckdb")
    args = [site.url("/rss"), "--db", db, "--batch-size", "4", *_local()]

    watcher = _process(args, tmp_path)
    deadline = time.monotonic() + 120
    while "/news/6" not in site.paths():
        assert watcher.poll() is None, watcher.communicate()
        assert time.monotonic() < deadline, "the watcher never reached /news/6"
        time.sleep(0.05)
    watcher.send_signal(signal.SIGKILL)  # /news/0-3 committed, /news/4-5 read, not yet coded
    watcher.wait()
    with Store(db) as store:
        assert store.scalar("SELECT count(*) FROM articles") == 4
        assert store.scalar("SELECT count(*) FROM watch_pages WHERE story IS NOT NULL") == 4

    site.routes["/news/6"] = Route(page(stories[6]))
    before = len(site.requests)
    rerun = _process(args, tmp_path)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    with Store(db, read_only=True) as store:
        titles = [r[0] for r in store.con.execute("SELECT title FROM articles").fetchall()]
        assert sorted(titles) == sorted(s[0] for s in stories)  # each once, none lost
        assert store.scalar("SELECT count(*) FROM watch_stories") == 12
    fetched = [p for p in site.paths()[before:] if p.startswith("/news/")]
    assert sorted(fetched) == sorted(f"/news/{n}" for n in range(4, 12))


@pytest.mark.slow
def test_watch_command_sigterm_between_cycles_ends_the_wait_at_once(watch, tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    timer = threading.Timer(1.0, os.kill, (os.getpid(), signal.SIGTERM))
    timer.start()
    started = time.monotonic()
    result = watch(str(folder), "--db", str(tmp_path / "w.duckdb"), "--every", "1h")
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < 30  # not the hour
    assert "cycle 1: 0 new" in result.stderr
