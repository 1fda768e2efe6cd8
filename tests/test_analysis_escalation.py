"""Escalation: the latest window's conflict count against a Poisson baseline."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from faultlines.analysis.escalation import escalations, poisson_tail, windows_before
from faultlines.analysis.records import DyadDay


def _assaults(a: str, b: str, days: list[date]) -> list[DyadDay]:
    return [DyadDay(a, b, d, "ASSAULT", 4, -10.0, 1, frozenset({"x"}), frozenset(), f"{d}",
                    -1.0) for d in days]


def test_escalation_poisson_tail_known_values():
    assert poisson_tail(0, 2.0) == 1.0
    assert poisson_tail(1, 2.0) == pytest.approx(1 - math.exp(-2))
    # P(X >= 3 | 1) = 1 - e^-1 (1 + 1 + 1/2) = 0.0803014
    assert poisson_tail(3, 1.0) == pytest.approx(0.0803014, abs=1e-7)
    assert poisson_tail(10, 2.0) == pytest.approx(4.6498e-5, rel=1e-3)


def test_escalation_windows_before_are_consecutive_weeks():
    assert windows_before(date(2023, 9, 18), "week", 3) == [
        date(2023, 8, 28), date(2023, 9, 4), date(2023, 9, 11)]
    assert windows_before(date(2023, 3, 1), "month", 2) == [date(2023, 1, 1), date(2023, 2, 1)]


def test_escalation_burst_over_quiet_baseline_is_flagged():
    latest = date(2023, 9, 18)
    quiet = _assaults("AZE", "ARM", [latest - timedelta(weeks=w) for w in (3, 7, 11)])
    burst = _assaults("AZE", "ARM", [latest + timedelta(days=d) for d in range(5)])
    (found,) = escalations(quiet + burst, "week", baseline=12)
    assert found.count == 5 and found.baseline_mean == 0.25
    assert found.p_value == pytest.approx(poisson_tail(5, 0.25))
    assert found.z == pytest.approx((5 - 0.25) / 0.5)
    assert found.escalating and len(found.events) == 5


def test_escalation_steady_conflict_is_not_flagged():
    latest = date(2023, 9, 18)
    steady = _assaults("RUS", "UKR", [latest - timedelta(weeks=w) + timedelta(days=d)
                                      for w in range(13) for d in range(4)])
    (found,) = escalations(steady, "week", baseline=12)
    assert found.count == 4 and found.baseline_mean == 4.0 and not found.escalating


def test_escalation_needs_three_events_however_quiet_the_baseline():
    (found,) = escalations(_assaults("SRB", "XKX", [date(2023, 9, 18), date(2023, 9, 19)]))
    assert found.count == 2 and found.p_value < 0.01 and not found.escalating


def test_escalation_both_directions_count_for_one_pair_and_cooperation_ignored():
    day = [date(2023, 9, 19)]
    days = _assaults("AZE", "ARM", day) + _assaults("ARM", "AZE", day)
    days.append(DyadDay("ARM", "AZE", date(2023, 9, 19), "AGREE", 1, 3.0, 1, frozenset(),
                        frozenset(), "peace", 0.45))
    (found,) = escalations(days)
    assert (found.a, found.b, found.count) == ("ARM", "AZE", 2)


def test_escalation_counts_acts_not_requests_or_intents():
    day = date(2023, 9, 19)
    days = _assaults("AZE", "ARM", [day])
    days.append(DyadDay("ARM", "AZE", day, "REQUEST", 3, -5.0, 1, frozenset(), frozenset(),
                        "Armenia called on Azerbaijan to stop.", 0.0))
    days.append(DyadDay("AZE", "ARM", day, "THREATEN", 3, -4.4, 1, frozenset(), frozenset(),
                        "Azerbaijan could strike again.", -0.44, intent=True))
    (found,) = escalations(days)
    assert found.count == 1  # CAMEO's quad class 3 of the request and the intent do not count


def test_analysis_escalation_tail_keeps_strong_bursts_apart():
    from faultlines.analysis.escalation import poisson_tail

    assert 0 < poisson_tail(60, 0.5) < poisson_tail(40, 0.5) < 1e-30


def test_escalation_drivers_alike_in_score_day_and_sentence_keep_one_order():
    # "Azerbaijan attacked and blockaded Armenia": two types (and both directions) of one day
    # with one sentence and one score; the table shows the first two, whatever order they came in.
    day = date(2023, 9, 18)
    alike = [DyadDay(a, b, day, type, 4, -10.0, 1, frozenset({"x"}), frozenset(), "s", -1.0)
             for a, b, type in (("AZE", "ARM", "COERCE"), ("ARM", "AZE", "ASSAULT"),
                                ("AZE", "ARM", "ASSAULT"))]
    orders = {tuple((d.a, d.type) for d in escalations(given, "week")[0].events)
              for given in (alike, alike[::-1])}
    assert orders == {(("ARM", "ASSAULT"), ("AZE", "ASSAULT"), ("AZE", "COERCE"))}
