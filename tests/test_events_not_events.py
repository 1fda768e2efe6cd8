"""What reads like an event and is none: idioms, metaphors, contests, sport, generic statements
and private disputes (events/policy/not_events.py). Team-written sentences through the full
pipeline; each must code nothing, and the last ones must still code their event."""

from __future__ import annotations

import pytest

from faultlines.explain import explain
from tests.conftest import code


def events(nlp, text: str) -> list:
    return list(code(nlp, text, "2024-09-10").events)


@pytest.mark.parametrize("text", [
    "The administration presses ahead with an overhaul of the diplomatic corps.",
    "The central bank raised rates to fight inflation.",
    "The government declared war on poverty.",
    "The two parties are locked in a fierce battle for votes in Punjab.",
    "India beat Pakistan by six wickets in Dubai on Sunday.",
    "Real Madrid attacked Barcelona in the second half of the football championship.",
    "The oil company sued the shipping firm over a contract.",
    "Wars kill civilians.",
    "Rubio said the ball is in Moscow's court.",
    "Pakistan occupies a non-permanent UN Security Council seat.",
    "To seize this opportunity, the president has told his envoys to present a draft text.",
])
def test_events_not_events_code_nothing(nlp, text):
    assert [(e.type, e.trigger.text) for e in events(nlp, text)] == []


@pytest.mark.parametrize("text, rule", [
    ("The Indian government launched a war on poverty.", "idiom"),
    ("India beat Pakistan by six wickets in Dubai on Sunday.", "sport"),
    # both sides unnamed and unplaced: the recipient stands for no one (nameless_recipient),
    # so the vague actor acts on no one
    ("The oil company sued the shipping firm over a contract.", "vague_actor"),
    ("Pakistan occupies a non-permanent UN Security Council seat.", "office_held")])
def test_events_not_events_name_the_rule_that_dropped_them(nlp, text, rule):
    found = explain(text, "2024-09-10", nlp)
    assert found and all(c["decided_by"] == rule for c in found)


@pytest.mark.parametrize("text, kind", [
    ("Russia pressed Ukraine to accept the deal.", "REQUEST"),
    ("Israel pressed ahead with its offensive in Gaza.", "ASSAULT"),
    ("The army fought Hamas fighters in Rafah.", "ASSAULT"),
    ("The Arab League condemned Israel's strike on Gaza.", "ACCUSE"),
    ("Gazprom, the Russian energy company, cut gas supplies to Moldova.", "SANCTION"),
    ("Ahead of the summit, Putin held talks with Modi.", "CONSULT"),
    ("In the end, Gerald Ford pardoned Nixon.", "CONCEDE"),
    ("Ten people were killed by Israeli forces in Gaza, battered by months of war.", "ASSAULT"),
    ("Israeli troops occupied strategic positions in the buffer zone.", "COERCE"),
    ("Hezbollah fighters clashed with Israeli troops near the border.", "ASSAULT"),
    ("Israeli troops stormed the offices of Al Jazeera in Ramallah.", "ASSAULT")])
def test_events_not_events_real_events_stay(nlp, text, kind):
    assert kind in [e.type for e in events(nlp, text)]


def test_events_not_events_people_who_gathered_to_protest_protested(nlp):
    found = [e for e in events(nlp, "Palestinian protesters gathered outside the court in "
                                    "Jerusalem to protest the arrests.") if e.type == "PROTEST"]
    assert found and not any(e.hypothetical for e in found)


def test_events_not_events_a_purpose_that_is_no_gathering_stays_a_plan(nlp):
    found = [e for e in events(nlp, "Russia kept a force in Syria to fight the rebels.")
             if e.type == "ASSAULT"]
    assert found and all(e.hypothetical for e in found)


def test_events_not_events_what_one_is_pressured_into_is_part_of_the_pressure(nlp):
    found = events(nlp, "The army seeks to pressure Hamas into agreeing to release prisoners.")
    assert [e.type for e in found] == ["REQUEST"]


@pytest.mark.parametrize("text, lemma", [
    ("Aleppo was spared an assault by Syrian and Russian forces last winter.", "assault"),
    ("The truce averted a Turkish offensive against the Kurdish militia.", "offensive"),
    ("The Egyptian army prevented Israel from annexing the corridor.", "annex"),
    ("Instead of withdrawing, the rebels sent more fighters to the border.", "withdraw"),
    ("Moscow escalated its attacks on Ukraine rather than negotiate with Kyiv.", "negotiate"),
    ("Rather than negotiate, Moscow escalated its attacks on Ukraine.", "negotiate"),
    ("Egyptian police thwarted a plot by Islamic State militants to bomb a church.", "bomb"),
    ("Turkish police foiled an attempt by ISIS to attack the embassy in Ankara.", "attack"),
])
def test_events_not_events_what_was_averted_or_not_chosen_is_no_event(nlp, text, lemma):
    found = explain(text, "2024-09-10", nlp)
    dropped = [c for c in found if c["lemma"] == lemma]
    assert dropped and all(c["decided_by"] == "not_done" for c in dropped)


@pytest.mark.parametrize("text, kind", [
    ("Tehran will retaliate if Israel attacks Iranian nuclear sites.", "ASSAULT"),
    ("Russia will keep striking Kyiv unless Ukraine withdraws its troops from Kursk.",
     "RETREAT"),
])
def test_events_not_events_the_condition_of_a_clause_stays_hypothetical(nlp, text, kind):
    # GUIDELINES codes conditionals as hypothetical events, not as none
    found = [e for e in events(nlp, text) if e.type == kind]
    assert found and all(e.hypothetical for e in found)


@pytest.mark.parametrize("text, kind", [
    ("Israel attacked Hezbollah positions instead of negotiating with Lebanon.", "ASSAULT"),
    ("Turkey threatened to attack the Kurdish militia if Washington does not act.", "THREATEN"),
    ("The police prevented the protesters from reaching the parliament.", None),
    ("Syrian forces attacked Idlib, which had been spared the fighting for a year.", "ASSAULT"),
    ("Britain warned of sanctions if Israel does not halt its offensive in Gaza.", "ASSAULT"),
    ("Officials now speak of the conflict rather than Russia's invasion of Ukraine.", "ASSAULT"),
    ("Hamas accused Israel of a plot to annex the West Bank.", "ACCUSE"),
])
def test_events_not_events_what_governs_the_condition_or_alternative_stays(nlp, text, kind):
    types = [e.type for e in events(nlp, text)]
    assert kind is None or kind in types


def test_events_not_events_a_denied_act_is_negated(nlp):
    found = [e for e in events(nlp, "The UAE denied arming the Rapid Support Forces.")
             if e.type == "AID"]
    assert found and all(e.negated for e in found)
