"""False events from real news leads: constructions that read like an act and are none, or
another act than they seem (round-two precision work of issue 15). Team-written sentences
through the full pipeline, with the ones that must still code their event."""

from __future__ import annotations

import pytest

from faultlines.explain import explain
from tests.conftest import code


def events(nlp, text: str) -> list:
    return list(code(nlp, text, "2025-05-01").events)


def who(actors) -> list[str]:
    return [a.code or a.country or a.name for a in actors]


def summary(nlp, text: str) -> list[tuple]:
    return [(e.type, who(e.actor), who(e.recipient)) for e in events(nlp, text)]


def decided_by(nlp, text: str, lemma: str) -> str | None:
    [cand] = [c for c in explain(text, "2025-05-01", nlp) if c["lemma"] == lemma]
    return cand["decided_by"]


@pytest.mark.parametrize("text, lemma", [
    ("Egypt's president told the visiting envoy that it was necessary for Israeli forces to "
     "withdraw from Lebanon.", "withdraw"),
    ("It is time for Russia to withdraw its troops from Moldova, the Romanian minister said.",
     "withdraw"),
    ("Turkey says it is essential that Israel halt its strikes on Gaza.", "halt"),
])
def test_events_embedded_an_act_another_side_says_must_be_done_is_no_act(nlp, text, lemma):
    assert decided_by(nlp, text, lemma) == "demanded_act"
    assert not [e for e in events(nlp, text) if e.type in ("RETREAT", "ASSAULT")]


def test_events_embedded_a_demand_the_speech_verb_codes_stays_a_request(nlp):
    assert summary(nlp, "France said Israel should withdraw its forces from Lebanon.") == [
        ("REQUEST", ["FRA"], ["ISR"])]


@pytest.mark.parametrize("text", [
    "Israel withdrew its forces from southern Lebanon, the Lebanese army said.",
    "It was the first time a Russian president had withdrawn troops from Moldova.",
    "The deal stipulated that Israeli forces should withdraw from southern Lebanon within 60 days.",
])
def test_events_embedded_an_act_done_or_agreed_is_no_demand(nlp, text):
    assert [e.type for e in events(nlp, text)] == ["RETREAT"]


@pytest.mark.parametrize("text, actor", [
    ("Beijing said it opposes the new tariffs, and vowed countermeasures.", ["CHN"]),
    ("Iran's supreme leader pledged revenge for the killing of the commander.", ["IRN"]),
])
def test_events_lexicon_a_vow_of_a_hostile_response_is_a_threat(nlp, text, actor):
    assert ("THREATEN", actor, []) in summary(nlp, text)
    assert "AGREE" not in [e.type for e in events(nlp, text)]


def test_events_lexicon_a_vow_of_support_stays_a_promise(nlp):
    assert [e.type for e in events(nlp, "Japan vowed support for Ukraine.")] == ["AGREE"]


def test_events_lexicon_an_attack_on_a_boat_is_an_assault_not_criticism(nlp):
    assert [e.type for e in events(nlp, "US forces attacked a boat carrying drugs on "
                                        "Tuesday.")] == ["ASSAULT"]


def test_events_lexicon_an_attack_on_a_bill_is_no_assault(nlp):
    assert "ASSAULT" not in [e.type for e in events(
        nlp, "France's president attacked the bill in a speech on Tuesday.")]


def test_events_lexicon_a_backer_is_not_the_one_it_backs(nlp):
    found = events(nlp, "Rebel fighters are trying to negotiate with Assad's backer, Russia.")
    assert not [e for e in found if "SYR" in who(e.recipient)
                or "Bashar al-Assad" in [a.name for a in e.recipient]]


def test_events_embedded_an_allegation_of_a_passive_act_is_aimed_at_its_doer(nlp):
    assert ("ACCUSE", ["PAK"], ["IND"]) in summary(
        nlp, "Pakistan alleged that the attack in Pahalgam was planned by India.")
