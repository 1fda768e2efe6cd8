"""Helpers the benchmarks share: best of n rounds, the bare spaCy pass, and the dated record of
a run in bench/results (the file README's figures cite)."""

from __future__ import annotations

import json
import platform
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from faultlines import pipeline
from faultlines.options import CodingOptions


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The fastest of `repeat` rounds, in seconds: the least disturbed by a noisy machine."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def bare_seconds(texts: list[str], repeat: int) -> float:
    """spaCy's own pipeline over the texts, with none of our stages: every ratio's baseline."""
    nlp = pipeline.build(CodingOptions(stages=()))
    return best_of(repeat, lambda: list(nlp.pipe(texts, batch_size=32)))


RESULTS = Path(__file__).with_name("results")


def save_record(bench: str, figures: dict) -> Path:
    """Write a run's figures, with when and on what they were measured, to
    bench/results/BENCH-<date>.json, and print them."""
    now = datetime.now(timezone.utc)
    record = {"bench": bench, "when": now.isoformat(timespec="seconds"),
              "python": platform.python_version(), "machine": platform.machine(), **figures}
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"{bench}-{now:%Y-%m-%d}.json"
    out.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(record, indent=2))
    print(f"-> {out}")
    return out
