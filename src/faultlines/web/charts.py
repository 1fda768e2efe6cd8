"""Time charts as SVG geometry computed on the server: no chart library, no inline script.

A chart is cooperation stacked above a zero line and conflict hanging below it, one bar per
period, each bar split by quad class (1 and 2 up, 3 and 4 down) and linking to the events behind
it. Templates draw the rectangles; all arithmetic lives here, where a test can check it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from faultlines.web.display import QUADS

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 960, 210, 64, 22, 10


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    quad: int
    title: str
    href: str | None = None


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass
class Chart:
    """A diverging bar chart: `zero` is the y of the zero line, `peak` the count at full height."""

    width: int = WIDTH
    height: int = HEIGHT
    zero: float = (HEIGHT - BOTTOM + TOP) / 2
    peak: int = 0
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def step(value: date, period: str) -> date:
    """The start of the next period."""
    if period == "week":
        return value + timedelta(days=7)
    if period == "year":
        return date(value.year + 1, 1, 1)
    return date(value.year + value.month // 12, value.month % 12 + 1, 1)


def label(value: date, period: str) -> str:
    return {"year": f"{value.year}", "month": f"{value:%Y-%m}"}.get(period, value.isoformat())


def timeline(first: date, last: date, period: str) -> list[date]:
    """Every period from the first to the last, gaps included, so time reads evenly."""
    out, current = [], first
    while current <= last and len(out) < 2000:
        out.append(current)
        current = step(current, period)
    return out


def _stack(x: float, w: float, zero: float, unit: float, counts: dict[int, int], quads: tuple,
           sign: int, when: str, href: str | None) -> list[Bar]:
    bars, edge = [], zero
    for quad in quads:
        n = counts.get(quad, 0)
        if not n:
            continue
        h = n * unit
        y = edge - h if sign > 0 else edge
        bars.append(Bar(round(x, 1), round(y, 1), round(w, 1), round(max(h, 1), 1), quad,
                        f"{when}: {n} {QUADS[quad]}", href))
        edge = y if sign > 0 else y + h
    return bars


def diverging(counts: dict[date, dict[int, int]], period: str = "month",
              href=None, span: tuple[date, date] | None = None) -> Chart:
    """A chart of per-period quad-class counts; `href(period_start)` links each bar.

    span: the first and last period to draw (to put two charts on one time axis).
    """
    chart = Chart()
    if not counts:
        return chart
    counts = {_as_date(k): v for k, v in counts.items()}
    first, last = span or (min(counts), max(counts))
    slots = timeline(_as_date(first), _as_date(last), period)
    up = max(sum(c.get(q, 0) for q in (1, 2)) for c in counts.values())
    down = max(sum(c.get(q, 0) for q in (3, 4)) for c in counts.values())
    chart.peak = max(up, down, 1)
    half = (HEIGHT - TOP - BOTTOM) / 2
    unit = half / chart.peak
    slot = (WIDTH - LEFT) / len(slots)
    width = max(min(slot * 0.8, 40), 1)
    for i, start in enumerate(slots):
        x = LEFT + i * slot + (slot - width) / 2
        when, link = label(start, period), href(start) if href else None
        found = counts.get(start, {})
        chart.bars += _stack(x, width, chart.zero, unit, found, (1, 2), 1, when, link)
        chart.bars += _stack(x, width, chart.zero, unit, found, (3, 4), -1, when, link)
    every = max(1, len(slots) // 10)
    chart.ticks = [Tick(round(LEFT + i * slot + slot / 2, 1), label(s, period))
                   for i, s in enumerate(slots) if i % every == 0]
    return chart
