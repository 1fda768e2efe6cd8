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
from faultlines.store.rows import article_key

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


def test_dilemmas_frustrated_edges_rank_by_count_then_pair_whatever_the_input_order():
    # Two all-hostile triads, each edge in one unbalanced triad: a tie on the count everywhere.
    # Ranked by first insertion (Counter.most_common), D–E–F given first came out first, and
    # on a store the insertion order followed Python's string hashing, so the /faultlines page
    # listed the same ties in another order on every run.
    edges = [("D", "E", -1), ("E", "F", -1), ("D", "F", -1),
             ("A", "B", -1), ("B", "C", -1), ("A", "C", -1)]
    pairs = [("A", "B"), ("A", "C"), ("B", "C"), ("D", "E"), ("D", "F"), ("E", "F")]
    for given in (edges, edges[::-1]):
        assert [(e["a"], e["b"]) for e in balance(_ties(*given))["frustrated_edges"]] == pairs
        assert [(e["a"], e["b"]) for e in balance(_ties(*given), top=2)["frustrated_edges"]] == \
            pairs[:2]


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


def _pair_story(id: str, day: str, party: str = "USA", source: str = "wire") -> object:
    """A story with a hostile pair (ARM–AZE) and a party friendly to both, all stated once."""
    return article(id, day, (event("AZE", "ARM", "ASSAULT", day, f"Baku shelled Armenia ({id})."),),
                   (relation(party, "ARM", "diplomatic", 1, f"{party} has ties with Armenia ({id})."),
                    relation(party, "AZE", "trade", 1, f"{party} trades with Azerbaijan ({id}).")),
                   source=source)


def _sides(network: Network) -> set[tuple[str, str, str]]:
    return {(d.party.code, *(s.code for s in d.sides)) for d in network.dilemmas()}


def test_dilemmas_a_tie_resting_on_one_article_makes_none_two_articles_do():
    assert _sides(Network.from_articles([_pair_story("a1", "2024-03-01")])) == set()
    both = [_pair_story("a1", "2024-03-01"), _pair_story("a2", "2024-03-02", source="daily")]
    assert _sides(Network.from_articles(both)) == {("USA", "ARM", "AZE")}
    assert _sides(Network.from_articles(both, TieOptions(min_articles=3))) == set()
    assert len(Network.from_articles(both).dilemmas(min_articles=3)) == 0


def test_dilemmas_a_stated_tie_confirmed_by_an_event_of_another_claim_holds_in_one_article():
    story = article("a1", "2024-03-01", (
        event("AZE", "ARM", "ASSAULT", "2024-03-01", "Baku shelled Armenia."),
        event("USA", "ARM", "CONSULT", "2024-02-20", "Blinken visited Yerevan.", mode="visit"),
        event("USA", "AZE", "AID", "2024-02-21", "The US sent aid to Baku.")),
        (relation("USA", "ARM", "diplomatic", 1, "The US has ties with Armenia."),
         relation("USA", "AZE", "trade", 1, "The US trades with Azerbaijan."),
         relation("ARM", "AZE", "war", -1, "The two fought a war in 2020.")))
    assert _sides(Network.from_articles([story])) == {("USA", "ARM", "AZE")}


def test_dilemmas_a_stated_tie_and_an_event_read_from_one_claim_confirm_nothing():
    arming = "Reports say Iran has been arming Russia."
    story = article("a1", "2024-03-01", (
        event("USA", "IRN", "SANCTION", "2024-03-01", "The US sanctioned Iran."),
        event("IRN", "RUS", "AID", "2024-03-01", arming)),
        (relation("IRN", "RUS", "support", 1, arming),))
    tie = Network.from_articles([story]).tie_map[("IRN", "RUS")]
    support = tie.support(1)
    assert (support.stated, support.events, support.claims) == (1, 1, 1)
    assert not support.corroborated()


@pytest.mark.parametrize("party, sides", [
    ("SYR", ("SYR:OPP", "TUR")),  # a state is not caught between its opposition and a neighbour
    ("TUR", ("SYR", "SYR:REB")),  # nor are a state and its own rebels one another's sides
    ("USA", ("TWN", "USA:CVL")),  # nor is a party caught between another and its own people
])
def test_dilemmas_no_party_is_caught_between_itself_its_parts_and_its_sides(party, sides):
    a, b = sides
    ties = _ties((party, a, 1), (party, b, 1), (a, b, -1))
    assert find_dilemmas(ties, ONE) == []


def test_dilemmas_each_leg_gives_its_support_and_strongest_evidence_with_its_article():
    stories = [_pair_story("a1", "2024-03-01"), _pair_story("a2", "2024-03-02", source="daily")]
    network = Network.from_articles(stories)
    network.articles[article_key(stories[1])]["title"] = "Shelling goes on"  # keyed by store key
    (record,) = network.dilemmas()
    party_a, party_b, hostile = record.legs
    assert (party_a["a"], party_a["b"], party_a["tie"]) == ("USA", "ARM", "friendly")
    assert party_a["support"] == {"articles": 2, "outlets": ["daily", "wire"], "events": 0,
                                  "stated": 2}
    best = hostile["evidence"][0]
    assert {k: best[k] for k in ("article", "title", "published", "date", "sentence")} == {
        "article": "a2", "title": "Shelling goes on", "published": "2024-03-02",
        "date": "2024-03-02", "sentence": "Baku shelled Armenia (a2)."}
    assert best["key"] == article_key(stories[1])  # the caller's id shown, the key for links
    assert best["weight"] == -1.0 and best["basis"] == "events"


def test_dilemmas_civilians_or_refugees_aided_by_both_sides_are_no_party():
    ties = _ties(("SYR:REF", "TUR", 1), ("SYR:REF", "USA", 1), ("TUR", "USA", -1),
                 ("SYR:OPP", "TUR", 1), ("SYR:OPP", "USA", 1))
    assert [d.party for d in find_dilemmas(ties, ONE)] == ["SYR:OPP"]
