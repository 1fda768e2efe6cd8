"""Timing helpers the benchmarks share: best of n rounds, and the bare spaCy pass."""

from __future__ import annotations

import time
from collections.abc import Callable

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
