"""Stated ties read right (issue 16): cold relations, tensions, competition and rivalry are never
friendly, and "between X and Y and Z" does not pair Y with Z. Team-written sentences; mentions
are filled in by hand as in test_ties_find.py."""

from __future__ import annotations

import pytest

from tests.test_ties_find import ties


@pytest.mark.parametrize("text, pair", [
    ("Moldova, which has had frosty relations with Romania, stayed away.",
     ("Moldova", "Romania")),
    ("Relations between Georgia and Russia have been frosty since 2008.", ("Georgia", "Russia")),
    ("Turkey has strained relations with Iraq.", ("Turkey", "Iraq")),
    ("Ukraine keeps uneasy ties with Moldova.", ("Ukraine", "Moldova")),
    ("Ties between Iran and Iraq remain tense.", ("Iran", "Iraq")),
    ("Analysts worry about the intense competition between Turkey and Iran.", ("Turkey", "Iran")),
    ("Tensions between Georgia and Russia flared again.", ("Georgia", "Russia")),
    ("The rivalry between Iran and Turkey shapes the region.", ("Iran", "Turkey")),
    ("Romania and Russia are rivals.", ("Romania", "Russia")),
])
def test_ties_reading_cold_relations_tensions_competition_and_rivalry_are_not_friendly(
        bare_nlp, text: str, pair: tuple[str, str]) -> None:
    found = [(a, b, polarity) for a, polarity, b, *_ in ties(bare_nlp, text)]
    assert found and all(p == -1 for *_, p in found), found
    assert {frozenset(f[:2]) for f in found} == {frozenset(pair)}


def test_ties_reading_between_x_and_y_and_z_sets_x_against_the_other_two(bare_nlp) -> None:
    found = ties(bare_nlp, "Turkey has worked to ease tensions between Russia and Ukraine and "
                           "Georgia.")
    assert {(a, b, polarity) for a, polarity, b, *_ in found} == {
        ("Russia", "Ukraine", -1), ("Russia", "Georgia", -1)}


def test_ties_reading_between_a_list_with_one_and_ties_every_two(bare_nlp) -> None:
    found = ties(bare_nlp, "Ties between Russia, Iran and Turkey have deepened.")
    assert {frozenset((a, b)) for a, _, b, *_ in found} == {
        frozenset(("Russia", "Iran")), frozenset(("Russia", "Turkey")),
        frozenset(("Iran", "Turkey"))}
