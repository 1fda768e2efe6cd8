"""The network at scale: 100,000 stored events, the ties, the dilemmas, an incremental batch.

Generates a reproducible random corpus (faultlines.analysis.synthetic.corpus: made-up countries,
five events an article) into a temporary DuckDB store and times each step: storing, the first
build of the analysis tables, reading the network and computing ties, dilemmas, balance and
escalation, then a new batch of 1% more events (refresh and recompute) to show that the update
reads only the new articles. Results go to bench/results/network-<date>.json.

    .venv/bin/python bench/network.py [--events 100000] [--countries 60] [--keep FILE]

Storing is the chassis's Store.add and takes minutes at this size (about 25 articles/s, see
store_s); `--keep FILE` stores the base corpus once in FILE and reuses it on later runs (the
timed steps then run on a copy, so FILE itself never sees the extra batch).
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from faultlines.analysis.api import Network
from faultlines.analysis.synthetic import corpus
from faultlines.store import Store
from faultlines.store import analysis as sql

RESULTS = Path(__file__).with_name("results")


def timed(figures: dict, name: str, fn):
    start = time.perf_counter()
    value = fn()
    figures[name] = round(time.perf_counter() - start, 3)
    return value


def answer(store: Store, figures: dict, prefix: str) -> Network:
    """Read the network and ask it every question, timing each."""
    network = timed(figures, f"{prefix}read_network_s", lambda: Network.from_store(store))
    timed(figures, f"{prefix}ties_s", lambda: network.tie_map)
    timed(figures, f"{prefix}dilemma_search_s", lambda: network.node_dilemmas())
    # dilemma records also name their actors (the KB loads once, on the first call)
    found = timed(figures, f"{prefix}dilemmas_s", lambda: network.dilemmas())
    timed(figures, f"{prefix}balance_s", lambda: network.balance())
    timed(figures, f"{prefix}escalation_s", lambda: network.escalations())
    figures[f"{prefix}dyad_days"] = len(network.days)
    figures[f"{prefix}ties"] = len(network.tie_map)
    figures[f"{prefix}dilemmas"] = len(found)
    return network


def prepare(base: list, path: Path, keep: Path | None, figures: dict) -> None:
    """Store the base corpus at `path` (copied from `keep` when it was stored before)."""
    if keep and keep.exists():
        shutil.copyfile(keep, path)
        figures["store_s"] = "reused " + str(keep)
        return
    with Store(path) as store:
        timed(figures, "store_s", lambda: store.add(base))
    if keep:
        shutil.copyfile(path, keep)


def run(n_events: int, n_countries: int, keep: Path | None = None) -> dict:
    figures: dict = {"events": n_events, "countries": n_countries}
    articles = timed(figures, "generate_s", lambda: corpus(n_events + n_events // 100,
                                                           n_countries=n_countries))
    cut = len(articles) * 100 // 101
    base, batch = articles[:cut], articles[cut:]
    figures["articles"], figures["batch_articles"] = len(base), len(batch)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        prepare(base, path, keep, figures)
        with Store(path) as store:
            return measure(store, batch, figures)


def measure(store: Store, batch: list, figures: dict) -> dict:
    """Time the first build, every question, then a new batch's refresh and the questions again."""
    figures["stored_events"] = store.counts()["events"]
    timed(figures, "first_refresh_s", lambda: sql.refresh(store))
    answer(store, figures, "")
    timed(figures, "store_batch_s", lambda: store.add(batch))
    figures["batch_refreshed_articles"] = timed(figures, "batch_refresh_s",
                                                lambda: sql.refresh(store))
    answer(store, figures, "after_batch_")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--countries", type=int, default=60)
    parser.add_argument("--keep", type=Path, help="Store the base corpus here once and reuse it.")
    args = parser.parse_args()
    figures = run(args.events, args.countries, args.keep)
    figures["machine"] = {"python": platform.python_version(), "platform": platform.platform(),
                          "processor": platform.processor() or platform.machine()}
    figures["when"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"network-{datetime.now(timezone.utc):%Y-%m-%d}.json"
    out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))
    print(f"written to {out}")


if __name__ == "__main__":
    main()
