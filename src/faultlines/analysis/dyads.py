"""Dyads: who did what to whom, counted per day, week or month.

An event with several actors and recipients makes one dyad per (actor node, recipient node)
pair; negated events make none, reported ones count (most news is someone's report), and
hypothetical ones are intent: they weigh in ties (ties.py) but are no act, so the dyad counts
and escalation leave them out. Identical (day, actor, recipient, type) events across articles
and outlets are counted once — the one-a-day rule — and the number of events, articles and
sources they came from is kept beside the count. A background re-mention of an event merges
with the fresh reports of the same day; the day is background only if every report is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faultlines.analysis.records import DyadDay

WINDOWS = ("day", "week", "month")


@dataclass(frozen=True)
class EventDyad:
    """One coded event between two nodes, before deduplication."""

    event_id: str
    a: str
    b: str
    day: date
    type: str
    quad_class: int | None
    score: float
    article: str
    source: str | None
    sentence: str
    weight: float = 0.0  # the event's pull on the tie (event_ties.yaml)
    intent: bool = False
    background: bool = False


def dedup(dyads: Iterable[EventDyad]) -> list[DyadDay]:
    """Merge identical (a, b, day, type, intent) events into one DyadDay each (one-a-day)."""
    groups: dict[tuple, list[EventDyad]] = defaultdict(list)
    seen: set[tuple[str, str, str]] = set()
    for d in dyads:
        if (d.event_id, d.a, d.b) in seen:  # two actors of one event resolving to one node
            continue
        seen.add((d.event_id, d.a, d.b))
        groups[(d.a, d.b, d.day, d.type, d.intent)].append(d)
    return [_merge(key, group) for key, group in sorted(groups.items())]


def _merge(key: tuple, group: list[EventDyad]) -> DyadDay:
    a, b, day, type_, intent = key
    quads = [d.quad_class for d in group if d.quad_class is not None]
    sentence, article = min((d.sentence, d.article) for d in group)
    return DyadDay(
        a=a, b=b, day=day, type=type_, quad_class=max(quads) if quads else None,
        score=sum(d.score for d in group) / len(group), n_events=len(group),
        articles=frozenset(d.article for d in group),
        sources=frozenset(d.source for d in group if d.source), sentence=sentence,
        weight=sum(d.weight for d in group) / len(group), intent=intent,
        background=all(d.background for d in group), sentence_article=article)


def window_start(day: date, window: str) -> date:
    """The first day of the day/week (Monday)/month that holds `day`."""
    if window == "week":
        return day - timedelta(days=day.weekday())
    if window == "month":
        return day.replace(day=1)
    return day


def dyad_table(days: Iterable[DyadDay], window: str = "month") -> list[dict[str, Any]]:
    """Per ordered dyad and window: counts by type and quad class, score sum and mean, reach.

    RETURNS: one dict per (actor, recipient, window start), oldest first: `events` (deduplicated
        count), `reports` (events before deduplication), `by_type`, `by_quad`, `score_sum`,
        `score_mean`, `articles`, `sources`, `conflict`, `cooperation`.
    """
    cells: dict[tuple[str, str, date], list[DyadDay]] = defaultdict(list)
    for d in (d for d in days if d.happened):
        cells[(d.a, d.b, window_start(d.day, window))].append(d)
    return [_cell(key, group) for key, group in sorted(cells.items(), key=lambda kv: (
        kv[0][2], kv[0][0], kv[0][1]))]


def _cell(key: tuple[str, str, date], group: list[DyadDay]) -> dict[str, Any]:
    a, b, start = key
    by_type: dict[str, int] = defaultdict(int)
    by_quad: dict[str, int] = defaultdict(int)
    for d in group:
        by_type[d.type] += 1
        by_quad[str(d.quad_class)] += 1
    total = sum(d.score for d in group)
    return {"actor": a, "recipient": b, "window": start.isoformat(), "events": len(group),
            "reports": sum(d.n_events for d in group), "by_type": dict(sorted(by_type.items())),
            "by_quad": dict(sorted(by_quad.items())), "score_sum": round(total, 3),
            "score_mean": round(total / len(group), 3),
            "conflict": sum(d.sign < 0 for d in group),
            "cooperation": sum(d.sign > 0 for d in group),
            "articles": len(frozenset().union(*(d.articles for d in group))),
            "sources": len(frozenset().union(*(d.sources for d in group)))}
