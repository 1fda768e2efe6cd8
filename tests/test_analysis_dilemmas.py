"""Dilemmas (Heider's unbalanced triads) and structural balance on small synthetic graphs."""

from __future__ import annotations

import math
from datetime import date

import pytest

from faultlines.analysis.api import Network
from faultlines.analysis.dilemmas import balance, find_dilemmas, shared_fault_lines
from faultlines.analysis.records import StatedTie
from faultlines.analysis.synthetic import article, event, relation
from faultlines.analysis.ties import TieOptions, compute_ties

DAY = date(2023, 9, 19)
# The balance arithmetic on one stated tie per edge; corroboration has tests of its own.
ONE = TieOptions(min_articles=1)


def _ties(*edges: tuple[str, str, int]):
    """Ties from signed edges, each one stated tie of weight ±1 on the same day."""
    stated = [StatedTie(a, b, "ally" if s > 0 else "war", s, DAY, f"{a}{b}", "x")
              for a, b, s in edges]
    return compute_ties([], stated, ONE)


def test_dilemmas_party_friendly_to_both_sides_of_a_hostile_pair():
    ties = _ties(("USA", "ARM", 1), ("USA", "AZE", 1), ("ARM", "AZE", -1),
                 ("TUR", "AZE", 1), ("TUR", "ARM", -1))
    found = find_dilemmas(ties, ONE)
    assert [(d.party, d.sides) for d in found] == [("USA", ("ARM", "AZE"))]


def test_dilemmas_score_is_geometric_mean_of_strengths_times_recency():
    ties = _ties(("USA", "ARM", 1), ("USA", "AZE", 1), ("ARM", "AZE", -1))
    (found,) = find_dilemmas(ties, ONE)
    strength = ties[("ARM", "AZE")].strength  # all three are tanh(1) = 0.7616
    assert found.score == pytest.approx(abs(strength), abs=1e-4)
    later = TieOptions(half_life=365, as_of=date(2024, 9, 18), min_articles=1)
    stated = [StatedTie(a, b, t, s, DAY, "", "x") for a, b, t, s in (
        ("USA", "ARM", "ally", 1), ("USA", "AZE", "ally", 1), ("ARM", "AZE", "war", -1))]
    (aged,) = find_dilemmas(compute_ties([], stated, later), later)
    # a year on: each stated tie weighs 2 ** -0.1 (ten times slower decay), the hostility's
    # recency 0.5 (one event half-life)
    assert aged.score == pytest.approx(math.tanh(2 ** -0.1) * 0.5, abs=1e-4)


def test_dilemmas_weak_ties_below_threshold_make_none():
    ties = _ties(("USA", "ARM", 1), ("USA", "AZE", 1), ("ARM", "AZE", -1))
    assert find_dilemmas(ties, ONE, friendly=0.8) == []


def test_dilemmas_shared_fault_line_needs_two_parties():
    ties = _ties(("USA", "ARM", 1), ("USA", "AZE", 1), ("RUS", "ARM", 1), ("RUS", "AZE", 1),
                 ("ARM", "AZE", -1), ("FRA", "SRB", 1), ("FRA", "XKX", 1), ("SRB", "XKX", -1))
    lines = shared_fault_lines(find_dilemmas(ties, ONE))
    assert lines == [{"sides": ["ARM", "AZE"], "parties": ["RUS", "USA"],
                      "score": pytest.approx(2 * 0.7616, abs=1e-3)}]


def test_dilemmas_balance_counts_balanced_and_unbalanced_triads():
    # A+B, B+C, A-C: unbalanced; A+B, A-D, B-D: balanced (enemy of my friend)
    ties = _ties(("A", "B", 1), ("B", "C", 1), ("A", "C", -1), ("A", "D", -1), ("B", "D", -1))
    figures = balance(ties)
    assert (figures["triads"], figures["balanced"], figures["unbalanced"]) == (2, 1, 1)
    assert figures["balance"] == 0.5
    assert {(e["a"], e["b"]) for e in figures["frustrated_edges"]} == {
        ("A", "B"), ("B", "C"), ("A", "C")}


def test_dilemmas_all_negative_triad_is_unbalanced_and_frustration_ranks_edges():
    ties = _ties(("A", "B", -1), ("B", "C", -1), ("A", "C", -1), ("A", "D", 1), ("C", "D", 1))
    figures = balance(ties)
    assert figures["unbalanced"] == 2  # ABC all hostile; ACD has A-C hostile between friends
    assert figures["frustrated_edges"][0] == {"a": "A", "b": "C", "sign": -1,
                                              "unbalanced_triads": 2}


def test_dilemmas_records_carry_evidence_of_all_three_ties():
    arts = [article("a1", "2023-09-19", (event("AZE", "ARM", "ASSAULT", "2023-09-19",
                                               "Azerbaijan attacked Armenia."),),
                    (relation("USA", "ARM", "diplomatic", 1, "US and Armenia have ties."),
                     relation("USA", "AZE", "trade", 1, "US and Azerbaijan trade."),
                     relation("TUR", "AZE", "backing", 1, "Turkey backs Azerbaijan.")))]
    (dilemma,) = Network.from_articles(arts, ONE).dilemmas()
    assert dilemma.party.code == "USA"
    assert dilemma.evidence == ("Azerbaijan attacked Armenia.", "US and Armenia have ties.",
                                "US and Azerbaijan trade.")
