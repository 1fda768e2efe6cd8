"""The web app at scale: how fast the overview and a dyad page answer on 100,000 stored events,
and how fast a real server answers 50 clients at once.

Generates a reproducible corpus into a temporary DuckDB store — by default the analysis
engineer's generator (faultlines.analysis.synthetic.corpus: 60 made-up countries, so ~1,800
dyads), or with `--generator web` ours (bench/synthetic.py: real countries with places and
quotes, for the map and the reader) — stores it with an Arrow bulk load (Store.add takes minutes
at this size), then serves it with FastAPI's TestClient and times each page:

- warm_s: what the app computes in the background as it starts (the signed network, its
  dilemmas, escalations and balance, the all-time dyad rankings), once per app: a read-only
  store never makes it stale;
- per page, `first_ms` (the first request after the network is built) and the median and max
  of `--repeat` further requests.

    .venv/bin/python bench/web.py [--events 100000] [--generator analysis|web] [--keep FILE]

With `--load STORE` it instead starts `faultlines serve` on STORE (a real process on a free
port) and sends 50 concurrent clients × 20 requests across every kind of page and endpoint
(tests/served.py, as tests/test_web_load.py does), then reports the errors and the p50/p95/max
answer time overall and per kind of page. With `--load guardian` it first codes the 249
Guardian articles of ../shared into a temporary store.

    .venv/bin/python bench/web.py --load guardian [--clients 50] [--requests 20]

Results go to bench/results/web-<date>-<generator or load>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))  # tests/served.py: the server and its clients

from fastapi.testclient import TestClient  # noqa: E402

from faultlines.store import Store  # noqa: E402
from faultlines.store import read  # noqa: E402
from faultlines.web import create_app  # noqa: E402
from faultlines.web.app import _warm as warm_up  # noqa: E402
from synthetic import bulk_load, make_articles  # noqa: E402

RESULTS = Path(__file__).with_name("results")


def build_store(path: Path, events: int, generator: str) -> dict:
    start = time.perf_counter()
    if generator == "analysis":
        from faultlines.analysis.synthetic import corpus

        articles = iter(corpus(events))
    else:
        articles = make_articles(events)
    with Store(path) as store:
        stored = bulk_load(store, articles)
        counts = store.counts()
    return {"stored_articles": stored, "counts": counts,
            "store_s": round(time.perf_counter() - start, 2)}


def time_page(client: TestClient, url: str, repeat: int) -> dict:
    def once() -> float:
        start = time.perf_counter()
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code, response.text[:300])
        return (time.perf_counter() - start) * 1000

    first = once()
    runs = [once() for _ in range(repeat)]
    return {"url": url, "first_ms": round(first, 1), "median_ms": round(statistics.median(runs), 1),
            "max_ms": round(max(runs), 1), "repeat": repeat}


def run(path: Path, repeat: int) -> dict:
    app = create_app(path, warm=False)
    with TestClient(app) as client:
        start = time.perf_counter()
        warm_up(app)  # what `faultlines serve` does in the background as it starts
        build = time.perf_counter() - start
        with app.state.source.reading() as store:
            busiest = read.dyads.listing(store, order="events", limit=1)[0]
        pages = {
            "overview": "/",
            "dyad": f"/dyads/{busiest['a']}/{busiest['b']}",
            "dyad_json": f"/api/dyads/{busiest['a']}/{busiest['b']}",
            "actor": f"/actors/{busiest['a']}",
            "events": "/events",
            "map": "/map",
            "network": "/network",
        }
        timings = {name: time_page(client, url, repeat) for name, url in pages.items()}
    return {"warm_s": round(build, 2), "busiest_dyad": busiest["a"] + "-" + busiest["b"],
            "busiest_dyad_events": busiest["events"], "pages": timings}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _timings(seconds: list[float]) -> dict:
    ms = [1000 * s for s in seconds]
    return {"requests": len(ms), "p50_ms": round(_percentile(ms, 0.5), 1),
            "p95_ms": round(_percentile(ms, 0.95), 1), "max_ms": round(max(ms), 1)}


def _kind(url: str) -> str:
    """/actors/TUR → /actors/{key}; /events?actor=… → /events?actor"""
    path, _, query = url.partition("?")
    parts = path.strip("/").split("/")
    shape = "/" + "/".join([parts[0]] + ["{id}"] * (len(parts) - 1)) if parts[0] else "/"
    if parts[0] == "api" and len(parts) > 1:
        shape = "/api/" + "/".join([parts[1]] + ["{id}"] * (len(parts) - 2))
    names = sorted({p.split("=")[0] for p in query.split("&") if p})
    return shape + ("?" + "&".join(names) if names else "")


def guardian_store(path: Path) -> Path:
    """The Guardian Syria articles of ../shared coded into `path` (as the tests' fixture)."""
    from faultlines.corpus import code_corpus
    from faultlines.eval import shared_dir
    from faultlines.options import CodingOptions

    shared = shared_dir() or Path("../shared")
    source = shared / "data/news/guardian-syria/Guardian_SDF_sample.csv"
    with Store(path) as store:
        code_corpus([str(source)], CodingOptions(), store)
    return path


def load(store: Path, clients: int, requests: int) -> dict:
    """A real server over `store` answering `clients` × `requests` at once."""
    from tests.served import hammer, page_urls, serving

    with serving(store) as base:
        urls = page_urls(base)
        hammer(base, urls, clients=1, requests=len(urls))  # each page once: caches warm
        began = time.perf_counter()
        hits = hammer(base, urls, clients=clients, requests=requests)
        wall = time.perf_counter() - began
    kinds: dict[str, list[float]] = {}
    for hit in hits:
        kinds.setdefault(_kind(hit.url), []).append(hit.seconds)
    errors = [f"{h.status} {h.url}" for h in hits if h.status != 200]
    return {"clients": clients, "requests_each": requests, "errors": len(errors),
            "error_examples": errors[:10], "wall_s": round(wall, 1),
            "requests_per_s": round(len(hits) / wall, 1),
            "overall": _timings([h.seconds for h in hits]),
            "pages": {k: _timings(v) for k, v in sorted(kinds.items())}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--generator", choices=("analysis", "web"), default="analysis")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--keep", metavar="FILE", help="Build the store here once and reuse it.")
    parser.add_argument("--load", metavar="STORE",
                        help="Load a real server over STORE ('guardian': code it first).")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=20, help="Requests per client.")
    args = parser.parse_args()
    if args.load:
        return main_load(args)
    figures: dict = {"events": args.events, "generator": args.generator,
                     "python": platform.python_version(), "machine": platform.machine(),
                     "when": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "web.duckdb"
        if not path.exists():
            figures.update(build_store(path, args.events, args.generator))
        figures.update(run(path, args.repeat))
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"web-{figures['when'][:10]}-{args.generator}.json"
    out.write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))
    print(f"written to {out}")


def main_load(args: argparse.Namespace) -> None:
    figures: dict = {"store": args.load, "python": platform.python_version(),
                     "machine": platform.machine(), "cpus": os.cpu_count(),
                     "when": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(args.load)
        if args.load == "guardian":
            began = time.perf_counter()
            store = guardian_store(Path(tmp) / "guardian.duckdb")
            figures["code_s"] = round(time.perf_counter() - began, 1)
        figures.update(load(store, args.clients, args.requests))
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"web-{figures['when'][:10]}-load.json"
    out.write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))
    print(f"written to {out}")


if __name__ == "__main__":
    main()
