"""Signed ties: decay with a half-life, stated-tie weights, the tanh bound, explanations."""

from __future__ import annotations

import math
from datetime import date

import pytest

from faultlines import event_ties
from faultlines.analysis.api import Network
from faultlines.analysis.records import DyadDay, StatedTie
from faultlines.analysis.synthetic import article, event, relation
from faultlines.analysis.ties import (STATED_WEIGHTS, TieOptions, compute_ties, decay,
                                      stated_weight)


def _day(a: str, b: str, day: str, type: str = "ASSAULT", quad: int = 4,
         score: float = -10.0, **flags: bool) -> DyadDay:
    """A dyad-day weighed by the shipped rules for its type (event_ties.yaml)."""
    return DyadDay(a, b, date.fromisoformat(day), type, quad, score, 1, frozenset({"x"}),
                   frozenset(), f"{a} {type} {b}", event_ties.load().weight(type), **flags)


def test_ties_decay_halves_after_one_half_life():
    assert decay(0, 30) == 1.0
    assert decay(30, 30) == pytest.approx(0.5)
    assert decay(60, 30) == pytest.approx(0.25)


def test_ties_event_weight_is_the_rules_weight_decayed_by_age():
    days = [_day("ARM", "AZE", "2023-01-01"), _day("ARM", "AZE", "2023-01-31")]
    tie = compute_ties(days, [], TieOptions(half_life=30))[("ARM", "AZE")]
    # today's assault -1.0, a 30-day-old one -0.5: tanh(-1.5)
    assert tie.total == pytest.approx(-1.5)
    assert tie.strength == pytest.approx(math.tanh(-1.5))


def test_ties_as_of_leaves_out_later_evidence_and_sets_the_age():
    days = [_day("ARM", "AZE", "2023-01-01"), _day("ARM", "AZE", "2023-06-01")]
    tie = compute_ties(days, [], TieOptions(half_life=10, as_of=date(2023, 1, 11)))
    assert tie[("ARM", "AZE")].total == pytest.approx(-0.5)


def test_ties_stated_decay_ten_times_slower_than_events():
    stated = [StatedTie("ARM", "RUS", "ally", 1, date(2022, 1, 1), "ally", "a1")]
    days = [_day("RUS", "UKR", "2023-01-01")]  # sets "as of" a year later
    ties = compute_ties(days, stated, TieOptions(half_life=36.5))
    assert ties[("ARM", "RUS")].total == pytest.approx(STATED_WEIGHTS["ally"] * 0.5)


def test_ties_cooperation_positive_and_neutral_events_ignored():
    days = [_day("USA", "ARM", "2023-01-01", "AID", 2, 7.0),
            _day("USA", "ARM", "2023-01-01", "REQUEST", 3, -5.0)]
    tie = compute_ties(days, [], TieOptions())[("ARM", "USA")]
    assert tie.total == pytest.approx(0.7)
    assert len(tie.contributions) == 1  # a plain request says nothing of the tie


def test_ties_stated_polarity_sets_the_sign_of_a_listed_type():
    assert stated_weight("ally", 1) == STATED_WEIGHTS["ally"]
    assert stated_weight("ally", -1) == -STATED_WEIGHTS["ally"]
    assert stated_weight("war", -1) == STATED_WEIGHTS["war"]
    assert stated_weight("some new type", -1) < 0


def test_ties_are_symmetric_and_bounded():
    arts = [article("a1", "2023-09-19",
                    tuple(event("AZE", "ARM", "ASSAULT", "2023-09-19") for _ in range(3))
                    + (event("ARM", "AZE", "ASSAULT", "2023-09-18"),),
                    (relation("ARM", "AZE", "war", -1),))]
    ties = Network.from_articles(arts).tie_map
    assert list(ties) == [("ARM", "AZE")]
    assert -1 < ties[("ARM", "AZE")].strength < -0.9


def test_ties_explain_lists_every_contribution_strongest_first():
    arts = [article("a1", "2023-09-19", (event("USA", "ARM", "AID", "2023-09-19"),),
                    (relation("USA", "ARM", "diplomatic", 1, "They established relations."),))]
    row = Network.from_articles(arts).ties(explain=True)[0]
    assert [e["basis"] for e in row["explanation"]] == ["events", "stated"]
    assert row["explanation"][1]["evidence"] == "They established relations."


def test_ties_surrender_to_an_enemy_is_no_friendship_and_concessions_count_half():
    days = [_day("ISIS", "SDF", "2019-03-12", "RETREAT", 2, 8.5),
            _day("ISIS", "SDF", "2019-03-12", "ASSAULT"),
            _day("RUS", "UKR", "2019-03-12", "CONCEDE", 2, 6.0)]
    ties = compute_ties(days, [], TieOptions())
    assert ties[("ISIS", "SDF")].total == pytest.approx(-1.0)
    assert ties[("RUS", "UKR")].total == pytest.approx(0.25)


def test_analysis_stated_weights_cover_every_type_the_ties_stage_emits():
    import yaml
    from pathlib import Path

    import faultlines.ties as ties_package
    from faultlines.analysis.ties import STATED_WEIGHTS

    data = yaml.safe_load((Path(ties_package.__file__).parent / "patterns.yaml").read_text())
    emitted = {entry["type"] for section in data.values() if isinstance(section, dict)
               for entry in section.values() if isinstance(entry, dict) and "type" in entry}
    assert len(emitted) >= 10
    assert emitted | {"leads"} <= set(STATED_WEIGHTS)


def test_ties_as_of_defaults_to_the_latest_publication_not_a_misdated_event():
    arts = [article("a1", "2024-05-01", (
        event("AZE", "ARM", "ASSAULT", "2024-04-30", "Azerbaijan shelled Armenia."),
        event("TUR", "AZE", "SUPPORT", "2030", "Erdogan extended his rule until 2030."))),
        article("a2", "2024-05-03", (event("RUS", "ARM", "CONSULT", "2024-05-02"),))]
    network = Network.from_articles(arts)
    assert network.as_of == date(2024, 5, 3)
    assert ("AZE", "TUR") not in network.tie_map  # an act dated after publication counts nowhere
    assert network.tie_map[("ARM", "AZE")].total == pytest.approx(-(0.5 ** (3 / 365)))


def test_ties_a_hypothetical_event_is_intent_dated_at_publication_and_weighs_less():
    plan = event("USA", "ARM", "CONSULT", "2024-06", "Blinken will visit Yerevan in June.",
                 mode="visit", hypothetical=True)
    (day,) = Network.from_articles([article("a1", "2024-05-01", (plan,))]).days
    assert (day.day, day.intent) == (date(2024, 5, 1), True)
    tie = Network.from_articles([article("a1", "2024-05-01", (plan,))]).tie_map[("ARM", "USA")]
    rules = event_ties.load()
    assert tie.total == pytest.approx(rules.weight("CONSULT", "visit") * rules.intent)
    assert tie.contributions[0].intent


def test_ties_background_re_mentions_count_once_at_their_own_date_and_weigh_less():
    recalled = [article(f"a{m}", f"2024-{m:02d}-15", (
        event("HAMAS", "ISR", "ASSAULT", "2023-10-07", f"Since the attack of 7 October ({m}).",
              background=True),
        event("HAMAS", "ISR", "ASSAULT", None, "Since the war began.", background=True)))
        for m in range(1, 7)]
    network = Network.from_articles(recalled, TieOptions(as_of=date(2023, 10, 7)))
    (day,) = network.days  # six stories, one event; the undated re-mention counts nowhere
    assert (day.day, day.background, len(day.articles)) == (date(2023, 10, 7), True, 6)
    rules = event_ties.load()
    assert network.tie_map[("HAMAS", "ISR")].total == pytest.approx(-1.0 * rules.background)
    fresh = article("f1", "2023-10-07", (event("HAMAS", "ISR", "ASSAULT", "2023-10-07",
                                              "Hamas attacked Israel today."),))
    (merged,) = Network.from_articles([fresh, *recalled]).days
    assert not merged.background  # the day was reported fresh once: it weighs in full
