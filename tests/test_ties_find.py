"""Stated ties read from the parse: each construction, negation, wishes, and sentences with none.

Mentions are filled in by hand (every country name below is a state mention), so these tests pin
the tie stage's reading whatever the actors stage resolves; the parse is spaCy's.
"""

from __future__ import annotations

import re

import pytest

from faultlines.ties import find_ties
from tests.test_quotes_speakers import with_mentions

STATES = {"Georgia": "GEO", "Turkey": "TUR", "Ukraine": "UKR", "Moldova": "MDA",
          "Romania": "ROU", "Russia": "RUS", "Iran": "IRN", "Iraq": "IRQ"}
ORGS = {"NATO": "NATO"}


def _actor(name: str) -> dict:
    code = STATES.get(name) or ORGS[name]
    return {"text": name, "name": name, "code": code,
            "country": code if name in STATES else None, "sector": "GOV",
            "kind": "state" if name in STATES else "igo", "role": None, "id": None}


def ties(nlp, text: str) -> list[tuple]:
    """(a, polarity, b, type, date) of every stated tie, names as written."""
    marks = [(m.group(), _actor(m.group()), n) for name in [*STATES, *ORGS]
             for n, m in enumerate(re.finditer(rf"\b{name}\b", text))]
    doc = with_mentions(nlp, text, marks)
    return [(r["a"]["name"], r["polarity"], r["b"]["name"], r["type"], r["date"])
            for r in find_ties(doc)]


@pytest.mark.parametrize("text, expected", [
    ("Moldova has long been a close ally of Romania.", ("Moldova", 1, "Romania", "ally", None)),
    ("Moldova, a longtime ally of Romania, voted against.",
     ("Moldova", 1, "Romania", "ally", None)),
    ("Moldova, Romania's ally, agreed.", ("Moldova", 1, "Romania", "ally", None)),
    ("Russia's rival Ukraine said nothing.", ("Ukraine", -1, "Russia", "rivalry", None)),
    ("Georgia and Turkey are allies.", ("Georgia", 1, "Turkey", "ally", None)),
])
def test_ties_find_roles(bare_nlp, text: str, expected: tuple) -> None:
    assert ties(bare_nlp, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Ukraine established diplomatic relations with Georgia in 1992.",
     ("Ukraine", 1, "Georgia", "diplomatic", "1992")),
    ("Georgia and Turkey have strengthened their trade partnership.",
     ("Georgia", 1, "Turkey", "trade", None)),
    ("Tensions between Iran and Iraq rose in 1980.", ("Iran", -1, "Iraq", "rivalry", "1980")),
    ("Iran and Iraq went to war in September 1980.", ("Iran", -1, "Iraq", "war", "1980-09")),
    ("The war between Russia and Ukraine entered its third year.",
     ("Russia", -1, "Ukraine", "war", None)),
    ("Ukraine is at war with Russia.", ("Ukraine", -1, "Russia", "war", None)),
    ("Georgia has frayed ties with Russia.", ("Georgia", -1, "Russia", "frayed", None)),
    ("Georgia cut ties with Russia in 2008.", ("Georgia", -1, "Russia", "frayed", "2008")),
])
def test_ties_find_links(bare_nlp, text: str, expected: tuple) -> None:
    assert ties(bare_nlp, text) == [expected]


def test_ties_find_the_two_countries_are_the_last_two_named(bare_nlp) -> None:
    text = "Ukraine signed a deal with Turkey, and the two countries have deepened their cooperation."
    assert ties(bare_nlp, text) == [("Turkey", 1, "Ukraine", "cooperation", None)]


def test_ties_find_backing_against_gives_support_and_a_hostile_pair(bare_nlp) -> None:
    assert ties(bare_nlp, "Turkey has been backing Georgia against Russia.") == [
        ("Turkey", 1, "Georgia", "support", None), ("Georgia", -1, "Russia", "rivalry", None)]


def test_ties_find_relative_clause_subject(bare_nlp) -> None:
    assert ties(bare_nlp, "Turkey, which backs Georgia, stayed quiet.") == \
        [("Turkey", 1, "Georgia", "support", None)]


def test_ties_find_membership_from_pull_out_of_and_join(bare_nlp) -> None:
    assert ties(bare_nlp, "Earlier this year, Russia threatened to pull Ukraine out of NATO.") \
        == [("Ukraine", 1, "NATO", "member", None)]
    assert ties(bare_nlp, "Ukraine joined NATO.") == [("Ukraine", 1, "NATO", "member", None)]


@pytest.mark.parametrize("text", [
    "Moldova is not an ally of Russia.",
    "Ukraine never backed Russia.",
    "Moldova wants to avoid tension with Russia.",
    "Ukraine wants to join NATO.",
    "Moldova could become an ally of Romania.",
    "Turkey may back Georgia.",
])
def test_ties_find_negated_or_wished_ties_are_not_stated(bare_nlp, text: str) -> None:
    assert ties(bare_nlp, text) == []


@pytest.mark.parametrize("text", [
    "The talks in Georgia ended on Monday.",
    "Iran and Iraq both have stakes in the region.",
    "Ukraine's president visited Romania and Moldova last week.",
    "Georgia has deep ties to its diaspora.",
])
def test_ties_find_sentences_that_state_no_tie(bare_nlp, text: str) -> None:
    assert ties(bare_nlp, text) == []


def test_ties_find_a_date_in_a_relative_clause_does_not_date_the_tie(bare_nlp) -> None:
    text = "Georgia, which changed its government last year, has close relations with Turkey."
    assert ties(bare_nlp, text) == [("Georgia", 1, "Turkey", "ties", None)]


def test_ties_find_evidence_stays_in_the_anchors_paragraph(bare_nlp) -> None:
    text = "Troops stayed in the north\n\nMoldova, a longtime ally of Romania, voted against."
    marks = [("Moldova", _actor("Moldova")), ("Romania", _actor("Romania"))]
    (tie,) = find_ties(with_mentions(bare_nlp, text, marks))
    assert tie["evidence"] == "Moldova, a longtime ally of Romania, voted against."


def test_ties_find_a_conjunct_relative_clause_speaks_for_its_own_noun(bare_nlp) -> None:
    text = "Georgia, which is close to the army, and Turkey, which has ties with Russia, called for calm."
    assert ties(bare_nlp, text) == [("Turkey", 1, "Russia", "ties", None)]
