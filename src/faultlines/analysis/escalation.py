"""Escalation: a dyad whose conflict in the latest window stands well above its own baseline.

For each unordered pair of nodes, hostile acts (events that pull the tie apart by the rules of
event_ties.yaml, intents left out, deduplicated one-a-day) are counted per window (a week by
default: Monday to Sunday). The latest window is the one holding the "as of" day (default: the
latest publication date, else the latest day in the data); the baseline is the `baseline` windows
before it (12 by default), empty windows counting as zeros.

    λ = max(mean baseline count, 1 / (2 · baseline))
    p = P(X ≥ k | X ~ Poisson(λ))          k = conflict events in the latest window
    z = (k − λ) / √λ                        shown beside p, for readers who think in z-scores

A dyad escalates when p < 0.01 and k ≥ 3. The floor on λ — half an event over the whole
baseline — keeps a first-ever burst from being infinitely surprising while still letting three
events out of a quiet baseline stand out. The driving events are the latest window's conflict
events, strongest first.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from faultlines.analysis.dyads import window_start
from faultlines.analysis.records import DyadDay
from faultlines.identity import pair

P_VALUE = 0.01
MIN_COUNT = 3
BASELINE_WINDOWS = 12


def poisson_tail(k: int, lam: float) -> float:
    """P(X ≥ k) for X ~ Poisson(lam).

    The upper tail is summed term by term in log space (not 1 − the lower sum, which cancels
    to 0 for strong bursts and would tie every large escalation at p = 0).
    """
    if k <= 0:
        return 1.0
    log_term = k * math.log(lam) - lam - math.lgamma(k + 1)
    total, i = 0.0, k
    while True:
        term = math.exp(log_term)
        total += term
        i += 1
        log_term += math.log(lam) - math.log(i)
        if term < total * 1e-17 or i > k + 10_000:
            return min(1.0, total)


def windows_before(latest: date, window: str, n: int) -> list[date]:
    """The starts of the n windows before the one starting at `latest`, oldest first."""
    starts, current = [], latest
    for _ in range(n):
        current = window_start(current - timedelta(days=1), window)
        starts.append(current)
    return starts[::-1]


@dataclass(frozen=True)
class Escalation:
    a: str
    b: str
    window: str  # start of the latest window
    count: int
    baseline_mean: float
    p_value: float
    z: float
    escalating: bool
    events: tuple[DyadDay, ...]


def escalations(days: Iterable[DyadDay], window: str = "week", as_of: date | None = None,
                baseline: int = BASELINE_WINDOWS, p_value: float = P_VALUE,
                min_count: int = MIN_COUNT) -> list[Escalation]:
    """The latest window's statistic for every dyad in conflict then, most surprising first."""
    conflict = [d for d in days if d.sign < 0 and d.happened]
    if not conflict:
        return []
    if baseline < 1:
        raise ValueError("escalation needs a baseline of at least one window")
    as_of = as_of or max(d.day for d in conflict)
    latest = window_start(as_of, window)
    past = windows_before(latest, window, baseline)
    counts: dict[tuple[str, str], dict[date, list[DyadDay]]] = defaultdict(
        lambda: defaultdict(list))
    for d in conflict:
        if past[0] <= d.day <= as_of:
            counts[pair(d.a, d.b)][window_start(d.day, window)].append(d)
    found = [_test(key, cells, latest, past, p_value, min_count) for key, cells in counts.items()
             if cells.get(latest)]
    return sorted(found, key=lambda e: (e.p_value, -e.count, e.a, e.b))


def _test(key: tuple[str, str], cells: dict, latest: date, past: list[date], p_value: float,
          min_count: int) -> Escalation:
    k = len(cells[latest])
    lam = max(sum(len(cells.get(s, ())) for s in past) / len(past), 1 / (2 * len(past)))
    p = poisson_tail(k, lam)
    drivers = sorted(cells[latest], key=lambda d: (d.score, d.day, d.sentence, d.a, d.b, d.type))
    return Escalation(key[0], key[1], latest.isoformat(), k, round(lam, 4), p,
                      round((k - lam) / math.sqrt(lam), 2), p < p_value and k >= min_count,
                      tuple(drivers))


def escalation_rows(found: list[Escalation], only_flagged: bool = False,
                    actor: str | None = None) -> list[dict]:
    rows = []
    for e in found:
        if (only_flagged and not e.escalating) or (actor and actor.upper() not in (e.a, e.b)):
            continue
        rows.append({"a": e.a, "b": e.b, "window": e.window, "count": e.count,
                     "baseline_mean": e.baseline_mean, "p_value": float(f"{e.p_value:.3g}"),
                     "z": e.z, "escalating": e.escalating,
                     "events": [{"day": d.day.isoformat(), "actor": d.a, "recipient": d.b,
                                 "type": d.type, "score": d.score, "reports": d.n_events,
                                 "sentence": d.sentence} for d in e.events[:5]]})
    return rows
