"""`faultlines watch --once` over N feed items served locally, against `faultlines code` on the
same pages: seconds per item, and their ratio.

The texts are real news, read at run time from shared/data/news/world-2019-2025/articles.jsonl
(never copied here; the held-out check articles of `faultlines eval news` are left out unread).
Each text becomes an HTML page of an invented outlet (menus, an aside, a footer). The file holds
fewer articles than a long run wants, so items beyond the unique texts are the same stories at
further outlets, each with its own standfirst and boilerplate: syndicated copies, which the
watcher must fetch, extract and recognise as copies (counted as outlets, not coded again).

- watch: a local HTTP server per outlet (one host:port each), feeds of at most 200 items (the
  per-source cap of one cycle), then `faultlines watch FEEDS --once --host-interval 0`
  (pacing is for other people's sites; here it would only measure sleep).
- code: the unique pages saved as .html files, then `faultlines code DIR` (the same trafilatura
  extraction and pipeline). Copies are not given to it: it would skip them by content hash.

Both run as their own process with one worker, so each includes building the pipeline once
(`startup_seconds` measures that alone, from `faultlines code` of one short file). Results go to
bench/results/watch-<date>.json.

    .venv/bin/python bench/watch.py [--items 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from timing import save_record

ROOT = Path(__file__).resolve().parents[1]
FEED_CAP = 200
DAY = "Tue, 05 Mar 2024 09:00:00 GMT"


def stories() -> list[dict]:
    """The usable articles of the world-news file: id, title, text, published."""
    from faultlines.eval import news, shared_dir

    shared = shared_dir()
    if shared is None:
        sys.exit("bench/watch.py needs ../shared (the world-2019-2025 news file)")
    held = {entry["id"] for i, entry in enumerate(news.load_gold(shared))
            if news.in_split(i, "check")} if (shared / news.GOLD).exists() else set()
    found = []
    with (shared / "data" / "news" / "world-2019-2025" / "articles.jsonl").open() as lines:
        for line in lines:
            row = json.loads(line)
            if row["id"] in held or not row.get("text"):
                continue
            found.append({"id": row["id"], "title": row.get("title") or row["id"],
                          "text": row["text"], "published": (row.get("published") or "")[:10]})
    return found


def page(story: dict, outlet: int) -> str:
    """A story inside outlet number `outlet`'s page furniture."""
    lead = f"<p>Outlet {outlet} carries this report from the wire.</p>" if outlet else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in story["text"].split("\n") if p.strip())
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{escape(story['title'])} | Outlet {outlet}</title>"
            f"<meta property='article:published_time' content='{story['published']}'></head>"
            f"<body><header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
            f"<main><article><h1>{escape(story['title'])}</h1>{lead}{body}</article>"
            f"<aside><h2>Most read</h2><ul><li>Markets</li><li>Weather</li></ul></aside></main>"
            f"<footer>Copyright Outlet {outlet}</footer></body></html>")


def rss(base: str, items: list[tuple[str, str]]) -> str:
    entries = "".join(f"<item><title>{escape(t)}</title><link>{base}{p}</link>"
                      f"<guid>{base}{p}</guid><pubDate>{DAY}</pubDate></item>" for p, t in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>W</title>"
            f"<link>{base}/</link><description>W</description>{entries}</channel></rss>")


class Outlet:
    """One local site: its pages and feeds, served by a thread."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[bytes, str]] = {}
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                body, kind = routes.get(self.path, (b"not here", "text/plain"))
                self.send_response(200 if self.path in routes else 404)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = "http://127.0.0.1:%d" % self.server.server_address[1]


def serve(items: int, unique: list[dict]) -> tuple[list[Outlet], list[str]]:
    """`items` feed items over as many outlets as it takes; RETURNS the outlets and feed URLs."""
    outlets: list[Outlet] = []
    feeds: list[str] = []
    for start in range(0, items, len(unique)):
        outlet = Outlet()
        number = len(outlets)
        listed = []
        for story in unique[:items - start]:
            path = f"/news/{story['id']}"
            outlet.routes[path] = (page(story, number).encode("utf-8"), "text/html; charset=utf-8")
            listed.append((path, story["title"]))
        for n in range(0, len(listed), FEED_CAP):
            feed = f"/feed-{n // FEED_CAP}.xml"
            outlet.routes[feed] = (rss(outlet.base, listed[n:n + FEED_CAP]).encode("utf-8"),
                                   "application/rss+xml")
            feeds.append(outlet.base + feed)
        outlets.append(outlet)
    return outlets, feeds


def timed(args: list[str], cwd: Path) -> tuple[float, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "faultlines", *args], cwd=cwd, env=env,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"faultlines {args[0]} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    said = (done.stderr.strip() or done.stdout.strip()).splitlines()
    return seconds, said[-1] if said else ""


def measure(items: int) -> dict:
    unique = stories()[:items]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        one = work / "one.txt"
        one.write_text("Russia urged Azerbaijan to stop.\n", encoding="utf-8")
        startup, _ = timed(["code", str(one), "--no-store"], work)

        pages = work / "pages"
        pages.mkdir()
        for story in unique:
            (pages / f"{story['id']}.html").write_text(page(story, 0), encoding="utf-8")
        code_seconds, code_said = timed(["code", str(pages), "--db", str(work / "c.duckdb")],
                                        work)

        outlets, feeds = serve(items, unique)
        watch_seconds, watch_said = timed(
            ["watch", *feeds, "--once", "--db", str(work / "w.duckdb"), "--allow-private",
             "--host-interval", "0"], work)
        for outlet in outlets:
            outlet.server.shutdown()
        from faultlines.store import Store

        with Store(work / "w.duckdb", read_only=True) as store:
            coded = store.scalar("SELECT count(*) FROM articles")
            copies = store.scalar("SELECT count(*) FROM watch_outlets") - coded
    return {
        "items": items, "unique_stories": len(unique), "outlets": len(outlets),
        "feeds": len(feeds), "watch_coded": coded, "watch_copies": copies,
        "startup_seconds": round(startup, 2),
        "watch_seconds": round(watch_seconds, 2), "code_seconds": round(code_seconds, 2),
        "watch_seconds_per_item": round(watch_seconds / items, 4),
        "code_seconds_per_story": round(code_seconds / len(unique), 4),
        "watch_seconds_per_story": round(watch_seconds / len(unique), 4),
        "ratio_per_story": round((watch_seconds - startup) / max(code_seconds - startup, 1e-9),
                                 3),
        "watch_said": watch_said, "code_said": code_said,
        "cpus": os.cpu_count(), "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000)
    args = parser.parse_args()
    save_record("watch", measure(args.items))


if __name__ == "__main__":
    main()
