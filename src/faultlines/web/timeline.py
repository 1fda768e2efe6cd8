"""The timeline's geometry: events by quad class and by type over time, computed on the server.

The axis is the store's publication range (or the window a reader zoomed to), so a story that
recalls 1982 cannot stretch it: events dated before it are background and those dated after it
misdated, each counted apart. An event dated "2018" or "2018-03" is drawn as a span over the
whole year or month whenever the chart's bins are finer than its date, never as its first day.

Shapes are laid out on an x range of 0..1000 that the page stretches to any width
(preserveAspectRatio="none"), with heights in pixels; tick labels are placed in percent, so their
text keeps its size on a phone. Templates draw what is here; all arithmetic lives here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from math import sqrt
from typing import Any

from faultlines.web.display import QUADS

X = 1000.0  # the x range shapes are laid out on
BARS_HEIGHT, LANE, ROW = 128, 12, 14
# Which date precisions fit in a period's bins (finer dates are drawn as spans).
FITS = {"day": {"day"}, "week": {"day"}, "month": {"day", "month"},
        "year": {"day", "month", "year"}}
PLOVER_ORDER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")
Link = Callable[..., str]  # link(since, until, **filters) -> href


@dataclass(frozen=True)
class Shape:
    """A rectangle on the 0..1000 x range; `opacity` only where it encodes a count."""

    x: float
    y: float
    w: float
    h: float
    cls: str
    title: str
    href: str | None = None
    opacity: float | None = None


@dataclass(frozen=True)
class Tick:
    pct: float
    label: str
    major: bool  # majors alone are shown where the chart is narrow


@dataclass
class TypeRow:
    type: str
    quad: int
    events: int
    cells: list[Shape] = field(default_factory=list)


@dataclass
class Apart:
    """Events dated outside the axis, drawn apart from it."""

    events: int
    first: date
    last: date
    href: str
    quads: dict[int, int] = field(default_factory=dict)


@dataclass
class Timeline:
    start: date | None = None
    end: date | None = None
    period: str = "month"
    bars: list[Shape] = field(default_factory=list)
    zero: float = BARS_HEIGHT / 2
    peak_up: int = 0
    peak_down: int = 0
    spans: list[Shape] = field(default_factory=list)
    lanes: int = 0
    rows: list[TypeRow] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    earlier: Apart | None = None
    later: Apart | None = None
    drawn: int = 0
    as_spans: int = 0
    zoomed: tuple[bool, bool] = (False, False)  # a reader's window, not the publication range
    bars_height: int = BARS_HEIGHT
    lane: int = LANE
    row: int = ROW

    @property
    def spans_height(self) -> int:
        return self.lanes * (LANE + 3)


# ------------------------------------------------------------------ periods


def period_for(start: date, end: date) -> str:
    """The bin size that gives a readable number of bars over the window."""
    days = (end - start).days
    return "week" if days <= 200 else "month" if days <= 2200 else "year"


def floor(day: date, period: str) -> date:
    """The first day of the period holding `day` (weeks start on Monday)."""
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "year":
        return date(day.year, 1, 1)
    return day


def following(day: date, period: str) -> date:
    """The first day of the next period."""
    if period == "day":
        return day + timedelta(days=1)
    if period == "week":
        return day + timedelta(days=7)
    if period == "year":
        return date(day.year + 1, 1, 1)
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def bins(start: date, end: date, period: str) -> list[date]:
    """The first day of every period from the one holding `start` to the one holding `end`."""
    out, current = [], floor(start, period)
    while current <= end and len(out) < 3000:
        out.append(current)
        current = following(current, period)
    return out


def span_of(day: date, precision: str) -> tuple[date, date]:
    """The first and last day an event's date can mean ("2018" → 2018-01-01, 2018-12-31)."""
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if precision == "month":
        return day.replace(day=1), following(day.replace(day=1), "month") - timedelta(days=1)
    return day, day


def label(day: date, period: str) -> str:
    return {"year": f"{day.year}", "month": f"{day:%Y-%m}"}.get(period, day.isoformat())


def span_label(day: date, precision: str) -> str:
    return {"year": f"{day.year} (year only)", "month": f"{day:%Y-%m} (month only)"}.get(
        precision, day.isoformat())


# ------------------------------------------------------------------ the drawing


class Axis:
    """Days to x: the window's first day at 0, the day after its last at X."""

    def __init__(self, start: date, end: date) -> None:
        self.start, self.end = start, end
        self.days = (end - start).days + 1

    def x(self, day: date) -> float:
        clipped = min(max(day, self.start), self.end + timedelta(days=1))
        return round((clipped - self.start).days / self.days * X, 2)


def _as_date(value: Any) -> date:
    return value.date() if hasattr(value, "date") and callable(value.date) else value


def build(rows: list[dict[str, Any]], start: date, end: date, link: Link,
          period: str | None = None) -> Timeline:
    """The timeline of `rows` (store/read/timeline.counts) over start..end.

    link(since, until, **filters) (callable): the href of the events behind a shape; filters
        are `quad` and `type`.
    period (str | None): "day", "week", "month" or "year"; None picks one for the window.
    """
    period = period or period_for(start, end)
    axis = Axis(start, end)
    chart = Timeline(start, end, period)
    binned: dict[date, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    typed: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    type_quads: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    spans: dict[tuple[date, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    earlier, later = [], []
    for row in rows:
        day, quad, n = _as_date(row["day"]), row["quad_class"] or 0, row["events"]
        first, last = span_of(day, row["precision"])
        if last < start:
            earlier.append((first, last, quad, n))
        elif first > end:
            later.append((first, last, quad, n))
        elif row["precision"] in FITS[period]:
            binned[floor(day, period)][quad] += n
            typed[row["type"]][floor(day, period)] += n
            type_quads[row["type"]][quad] += n
            chart.drawn += n
        else:
            spans[(day, row["precision"])][quad] += n
            chart.as_spans += n
    _bars(chart, axis, binned, link)
    _spans(chart, axis, spans, link)
    _rows(chart, axis, typed, type_quads, link)
    chart.ticks = ticks(start, end, period)
    chart.earlier = _apart(earlier, lambda: link(None, start - timedelta(days=1)))
    chart.later = _apart(later, lambda: link(end + timedelta(days=1), None))
    return chart


def _bars(chart: Timeline, axis: Axis, binned: dict[date, dict[int, int]], link: Link) -> None:
    """Cooperation stacked above the zero line, conflict below, on one scale."""
    chart.peak_up = max((c[1] + c[2] for c in binned.values()), default=0)
    chart.peak_down = max((c[3] + c[4] for c in binned.values()), default=0)
    total = chart.peak_up + chart.peak_down
    if not total:
        return
    unit = (BARS_HEIGHT - 4) / total
    chart.zero = round(2 + chart.peak_up * unit, 2)
    for start in sorted(binned):
        end = following(start, chart.period) - timedelta(days=1)
        x1, x2 = axis.x(start), axis.x(end + timedelta(days=1))
        gap = min((x2 - x1) * 0.12, 3)
        up = down = chart.zero
        for quad in (1, 2, 3, 4):
            n = binned[start].get(quad, 0)
            if not n:
                continue
            h = max(n * unit, 1.5)
            y = up - h if quad <= 2 else down
            chart.bars.append(Shape(round(x1 + gap / 2, 2), round(y, 2), round(x2 - x1 - gap, 2),
                                    round(h, 2), f"q{quad}",
                                    f"{label(start, chart.period)}: {n} {QUADS[quad]}",
                                    link(max(start, axis.start), min(end, axis.end), quad=quad)))
            if quad <= 2:
                up = y
            else:
                down = y + h


def _spans(chart: Timeline, axis: Axis, spans: dict[tuple[date, str], dict[int, int]],
           link: Link) -> None:
    """Month- or year-only dates as bars across their whole month or year, packed in lanes."""
    ends: list[float] = []  # the right edge of each lane so far
    for (day, precision), quads in sorted(spans.items(), key=lambda kv: span_of(*kv[0])):
        first, last = span_of(day, precision)
        x1, x2 = axis.x(first), axis.x(last + timedelta(days=1))
        lane = next((i for i, right in enumerate(ends) if right <= x1), len(ends))
        ends[lane:lane + 1] = [x2]
        n = sum(quads.values())
        conflict = quads.get(3, 0) + quads.get(4, 0)
        cooperation = n - conflict
        cls = "span conflict" if conflict > cooperation else "span cooperation"
        gap = min((x2 - x1) * 0.01, 1.5)  # neighbouring spans stay apart
        chart.spans.append(Shape(round(x1 + gap, 2), lane * (LANE + 3),
                                 round(max(x2 - x1 - 2 * gap, 2), 2), LANE, cls,
                                 f"{span_label(day, precision)}: {n} events "
                                 f"({conflict} conflict, {cooperation} cooperation)",
                                 link(max(first, axis.start), min(last, axis.end))))
    chart.lanes = len(ends)


def _rows(chart: Timeline, axis: Axis, typed: dict[str, dict[date, int]],
          type_quads: dict[str, dict[int, int]], link: Link) -> None:
    """One row per event type, one cell per bin; a cell's opacity grows with its count."""
    peak = max((n for cells in typed.values() for n in cells.values()), default=0)
    for kind in sorted(typed, key=lambda t: (PLOVER_ORDER.index(t) if t in PLOVER_ORDER else 99, t)):
        quads = type_quads[kind]
        quad = max(quads, key=lambda q: (quads[q], -q))
        row = TypeRow(kind, quad, sum(typed[kind].values()))
        for start, n in sorted(typed[kind].items()):
            end = following(start, chart.period) - timedelta(days=1)
            x1, x2 = axis.x(start), axis.x(end + timedelta(days=1))
            row.cells.append(Shape(x1, 0, round(max(x2 - x1, 1), 2), ROW, f"q{quad}",
                                   f"{kind}, {label(start, chart.period)}: {n}",
                                   link(max(start, axis.start), min(end, axis.end), type=kind),
                                   round(0.25 + 0.75 * sqrt(n / peak), 2)))
        chart.rows.append(row)


def _apart(found: list[tuple[date, date, int, int]], href: Callable[[], str]) -> Apart | None:
    if not found:
        return None
    quads: dict[int, int] = defaultdict(int)
    for _, _, quad, n in found:
        quads[quad] += n
    return Apart(sum(quads.values()), min(f[0] for f in found), max(f[1] for f in found),
                 href(), dict(quads))


def ticks(start: date, end: date, period: str, most: int = 12) -> list[Tick]:
    """Labelled ticks at period starts, at most `most`; every other one is major."""
    axis = Axis(start, end)
    tick_period = {"day": "day", "week": "month", "month": "month", "year": "year"}[period]
    if tick_period == "day" and (end - start).days > 20:
        tick_period = "month"
    starts = [d for d in bins(start, end, tick_period) if d >= start] or [start]
    if tick_period == "month" and len(starts) > most:
        for months in (2, 3, 4, 6, 12, 24, 60):
            kept = [d for d in starts if (d.month - 1) % min(months, 12) == 0
                    and (months <= 12 or d.year % (months // 12) == 0)]
            if len(kept) <= most:
                starts = kept
                break
        tick_period = "year" if all(d.month == 1 for d in starts) else "month"
    step = max(1, -(-len(starts) // most))
    starts = starts[::step]
    every = max(1, -(-len(starts) // 5))  # five labels fit the width of a phone
    return [Tick(round(axis.x(d) / X * 100, 2), label(d, tick_period), i % every == 0)
            for i, d in enumerate(starts)]
