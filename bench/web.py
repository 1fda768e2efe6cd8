"""The web app at scale: how fast the overview and a dyad page answer on 100,000 stored events.

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

Results go to bench/results/web-<date>.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

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
        busiest = read.dyads.listing(app.state.store, order="events", limit=1)[0]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--generator", choices=("analysis", "web"), default="analysis")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--keep", metavar="FILE", help="Build the store here once and reuse it.")
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
