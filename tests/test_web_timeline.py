"""Timeline geometry: the axis is the publication range, what lies outside it is counted apart,
and a date known only to the month or year is a span over it, never its first day."""

from __future__ import annotations

from datetime import date

from faultlines.web.timeline import X, build, period_for, span_of, ticks


def _row(day: str, precision: str, kind: str, quad: int, n: int = 1) -> dict:
    return {"day": date.fromisoformat(day), "precision": precision, "type": kind,
            "quad_class": quad, "events": n}


def _link(since, until, **more) -> str:
    return f"{since}..{until} {sorted(more.items())}"


START, END = date(2017, 8, 6), date(2019, 4, 10)


def test_web_timeline_year_only_date_is_a_span_over_its_year_not_a_january_bar():
    chart = build([_row("2018-01-01", "year", "ASSAULT", 4, 5)], START, END, _link, "month")
    assert chart.bars == [] and chart.drawn == 0 and chart.as_spans == 5
    (span,) = chart.spans
    assert span.x < 250 < 800 < span.x + span.w  # most of the axis: Jan to Dec 2018
    assert "2018 (year only): 5 events" in span.title
    assert span.href.startswith("2018-01-01..2018-12-31")


def test_web_timeline_month_only_date_fits_a_month_bin_but_spans_weeks():
    rows = [_row("2018-03-01", "month", "ACCUSE", 3, 2)]
    assert len(build(rows, START, END, _link, "month").bars) == 1
    weekly = build(rows, date(2018, 2, 1), date(2018, 4, 30), _link, "week")
    assert weekly.bars == [] and weekly.spans[0].title.startswith("2018-03 (month only)")


def test_web_timeline_axis_is_the_window_and_older_or_later_events_stand_apart():
    rows = [_row("1982-02-02", "day", "ASSAULT", 4, 3), _row("2018-05-01", "day", "AID", 2),
            _row("2030-01-01", "year", "THREATEN", 3)]
    chart = build(rows, START, END, _link)
    assert (chart.start, chart.end, chart.period) == (START, END, "month")
    assert chart.earlier.events == 3 and chart.earlier.first.year == 1982
    assert chart.earlier.href.startswith("None..2017-08-05")
    assert chart.later.events == 1 and chart.drawn == 1
    assert all(0 <= b.x and b.x + b.w <= X for b in chart.bars)


def test_web_timeline_cooperation_above_zero_conflict_below_on_one_scale():
    rows = [_row("2018-01-10", "day", "AID", 2, 2), _row("2018-01-12", "day", "ASSAULT", 4, 4),
            _row("2018-03-03", "day", "ACCUSE", 3, 1)]
    chart = build(rows, START, END, _link, "month")
    up = [b for b in chart.bars if b.cls == "q2"]
    down = [b for b in chart.bars if b.cls in ("q3", "q4")]
    assert (chart.peak_up, chart.peak_down) == (2, 4)
    assert all(b.y + b.h <= chart.zero + 0.01 for b in up)
    assert all(b.y >= chart.zero - 0.01 for b in down)
    tallest = max(down, key=lambda b: b.h)
    assert abs(tallest.h - 2 * up[0].h) < 0.1 and "('quad', 4)" in tallest.href


def test_web_timeline_a_row_per_type_with_its_cells_linked_to_its_events():
    rows = [_row("2018-01-10", "day", "ASSAULT", 4, 4), _row("2018-02-10", "day", "AGREE", 1)]
    chart = build(rows, START, END, _link, "month")
    assert [r.type for r in chart.rows] == ["AGREE", "ASSAULT"]  # PLOVER's order
    (cell,) = chart.rows[1].cells
    assert cell.opacity == 1.0 and "type" in cell.href and cell.href.startswith("2018-01-01")


def test_web_timeline_period_suits_the_window():
    assert period_for(date(2023, 1, 1), date(2023, 3, 1)) == "week"
    assert period_for(START, END) == "month"
    assert period_for(date(2001, 1, 1), date(2019, 1, 1)) == "year"
    assert span_of(date(2020, 2, 1), "month") == (date(2020, 2, 1), date(2020, 2, 29))


def test_web_timeline_ticks_are_few_enough_to_read_and_majors_fit_a_phone():
    marks = ticks(date(2010, 1, 1), date(2019, 12, 31), "month")
    assert 3 <= len(marks) <= 12 and sum(t.major for t in marks) <= 5
    assert all(0 <= t.pct <= 100 for t in marks) and marks[0].label == "2010"
