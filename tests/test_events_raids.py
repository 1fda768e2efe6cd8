"""A raid or search by the police is coercion, forces called up are mobilised (issue 15): two
verbs that read as violence and as a phone call (events/policy/retype.py `police_raid`,
MOBILIZE.yaml). Team-written sentences through the full pipeline."""

from __future__ import annotations

import pytest

from tests.conftest import code


def coded(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in code(nlp, text, "2025-04-10").events]


@pytest.mark.parametrize("text", [
    "Police raided the offices of the newspaper in Islamabad on Tuesday.",
    "Police conducted a raid on the opposition leader's house in Lahore.",
    "Armed police raided a seminary in Peshawar.",
    # searchers, no police sector (placed: an unplaced side acting on no one named is too vague)
    "Kenyan tax officials raided the offices of the newspaper on Tuesday.",
])
def test_events_raids_by_police_are_coercion(nlp, text):
    assert coded(nlp, text)[0] == ("COERCE", "arrest")
    assert "ASSAULT" not in [t for t, _ in coded(nlp, text)]


@pytest.mark.parametrize("text", [
    "Kenyan police raided the party's headquarters and clashed with supporters.",  # violence
    "Israeli troops raided the Jenin refugee camp on Wednesday.",  # troops, not police
    "The US carried out an air raid on Sanaa on Monday.",  # an air raid is an attack
    "French police stormed a migrant camp in Calais on Sunday.",  # storming is forcible
])
def test_events_raids_with_violence_or_troops_stay_assaults(nlp, text):
    assert [t for t, _ in coded(nlp, text)][:1] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "The Israeli army called up tens of thousands of reservists.",
    "Russia called up 300,000 reservists to fight in Ukraine.",
])
def test_events_raids_calling_up_reservists_mobilises(nlp, text):
    assert coded(nlp, text) == [("MOBILIZE", "troops")]


@pytest.mark.parametrize("text", [
    "The club called up two young players for the match.",
    "The coach called up three new players to the national squad.",
])
def test_events_raids_calling_up_players_codes_nothing(nlp, text):
    assert coded(nlp, text) == []
