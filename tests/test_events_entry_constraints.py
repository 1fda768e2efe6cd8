"""What a verb entry's constraints let through: the object classes and complements of
events/extract.py (`object: place`, `object: said`, site and vehicle targets, `complement:
infinitive`) and the promise of a hostile act (policy `harm_promised`).

Team-written sentences through the full pipeline; each construction has sentences that must
code the event and sentences that look like it and must not.
"""

from __future__ import annotations

import pytest

from tests.conftest import code


def who(actors) -> list[str]:
    return [a.code or a.country or a.name for a in actors]


def coded(nlp, text: str) -> list[tuple]:
    return [(e.type, who(e.actor), who(e.recipient)) for e in code(nlp, text).events]


def types(nlp, text: str) -> set[str]:
    return {e.type for e in code(nlp, text).events}


@pytest.mark.parametrize("text, expected", [
    ("Iraqi warplanes attacked two Iranian oil platforms.", ("ASSAULT", ["IRQ"], ["IRN"])),
    ("Pakistan's army attacked Taliban hideouts.", ("ASSAULT", ["PAK"], ["TALIBAN"])),
    ("Russian drones struck an ambulance in Kharkiv.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("Iran attacked the Saudi pipeline.", ("ASSAULT", ["IRN"], ["SAU"])),
])
def test_events_extract_a_site_or_vehicle_attacked_is_an_assault(nlp, text, expected):
    assert expected in coded(nlp, text)
    assert "ACCUSE" not in types(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("China attacked the new US tariffs.", ("ACCUSE", ["CHN"], ["USA"])),
    ("Macron attacked the budget.", ("ACCUSE", ["FRA"], [])),
    ("The opposition party assailed Erdogan's remarks.", ("ACCUSE", ["opposition party"],
                                                          ["TUR"])),
])
def test_events_extract_words_and_stances_attacked_are_an_accusation(nlp, text, expected):
    assert expected in coded(nlp, text)
    assert "ASSAULT" not in types(nlp, text)


@pytest.mark.parametrize("text", [
    "The minister attacked the plan.",          # no one named attacks
    "Pakistan hit its export target.",          # a target met, nothing struck
    "Russia attacked the smell of the river.",  # a thing no state attacks in words or arms
])
def test_events_extract_attacks_on_nothing_codable_code_nothing(nlp, text):
    assert not types(nlp, text) & {"ASSAULT", "ACCUSE"}


@pytest.mark.parametrize("text, expected", [
    ("Russian forces captured the settlement of Kotlyarivka.", "ASSAULT"),
    ("Russian forces took the village of Myrolyubivka.", "ASSAULT"),
    ("The RSF has seized large swathes of territory.", "ASSAULT"),
    ("Hamas fighters seized the presidential palace.", "ASSAULT"),
    ("The army captured three militants in Kashmir.", "COERCE"),
    ("Iranian forces seized a British tanker.", "COERCE"),
    # a part of a place is a place: the class is read past a partitive
    ("Iranian forces captured one of Iraq's strongest fortifications.", "ASSAULT"),
    ("Rebels seized part of the city of Goma.", "ASSAULT"),
])
def test_events_extract_a_place_taken_is_an_assault_a_person_captured_coercion(nlp, text,
                                                                              expected):
    assert expected in types(nlp, text)
    assert not types(nlp, text) - {expected}


@pytest.mark.parametrize("text", ["Trump took office in January.",
                                  "China took a tough position on US tariffs."])
def test_events_extract_taking_office_or_a_position_is_no_capture(nlp, text):
    assert not types(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Iran vowed to release the British tanker.", ("AGREE", ["IRN"], ["GBR"])),
    ("Lee vowed to overhaul relations with China.", ("AGREE", ["Lee"], ["CHN"])),
    # a promise of a hostile act, or to answer one in kind, is a threat
    ("Russia vowed to strike Ukraine's energy grid.", ("THREATEN", ["RUS"], ["UKR"])),
    ("Hamas pledged to continue its attacks on Israel.", ("THREATEN", ["HAMAS"], ["ISR"])),
    ("Trump promised to impose tariffs on Canada.", ("THREATEN", ["USA"], ["CAN"])),
    ("Iran vowed to retaliate against Israel.", ("THREATEN", ["IRN"], ["ISR"])),
    ("Pakistan vowed to respond to India's strikes.", ("THREATEN", ["PAK"], ["IND"])),
    ("Khamenei vowed revenge against Israel.", ("THREATEN", ["IRN"], ["ISR"])),
    ("Trump has promised reciprocal tariffs on Canada.", ("THREATEN", ["USA"], ["CAN"])),
])
def test_events_extract_a_vow_to_act_is_a_promise_or_a_threat(nlp, text, expected):
    assert [expected] == coded(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("The United States wants Japan to end import controls.", [("REQUEST", ["USA"], ["JPN"])]),
    ("Poland made clear it wants Washington to lead the talks.", [("REQUEST", ["POL"], ["USA"])]),
    ("Russia wants its troops to stay in Syria.", []),  # its own side: no one asked
    ("Iran wants sanctions lifted.", []),  # no one named to do it
])
def test_events_extract_wanting_another_side_to_act_asks_it(nlp, text, expected):
    assert [e for e in coded(nlp, text) if e[0] == "REQUEST"] == expected


@pytest.mark.parametrize("text", ["Putin vowed to carry on fighting.",
                                  "Russia has vowed to shoot down the missiles."])
def test_events_extract_a_vow_aimed_at_no_one_leaves_its_act_planned(nlp, text):
    found = code(nlp, text).events
    assert [e.type for e in found] == ["ASSAULT"] and found[0].hypothetical


@pytest.mark.parametrize("text", ["The Thai government vowed to fight corruption.",
                                  "The UK government vowed to overhaul its asylum system."])
def test_events_extract_a_vow_to_no_one_else_codes_nothing(nlp, text):
    assert not types(nlp, text)


def test_events_extract_a_vow_to_answer_a_crisis_is_no_threat(nlp):
    assert "THREATEN" not in types(nlp, "India vowed to respond to the crisis in Sri Lanka.")


def test_events_extract_a_vow_that_a_clause_holds_is_coded_by_the_clause(nlp):
    found = coded(nlp, "Sudan's army chief vowed that his forces will not withdraw from "
                       "the capital.")
    assert [t for t, _, _ in found] == ["REJECT"]


def test_events_extract_support_pledged_stays_support(nlp):
    assert types(nlp, "Pakistan pledged its support for Ukraine.") == {"SUPPORT"}


@pytest.mark.parametrize("text, expected", [
    ("Israeli forces killed 28 in Gaza on Sunday.", ("ASSAULT", ["ISR"], ["PSE"])),
    ("Hamas killed three others in the attack on Israel.", ("ASSAULT", ["HAMAS"], ["ISR"])),
])
def test_events_extract_a_bare_count_killed_is_of_people(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "Pakistan charges the US 58pc in tariffs.",
    "Myanmar's junta leader attended a summit a week after an earthquake devastated the "
    "country, killing more than 3,100.",
])
def test_events_extract_a_count_that_names_no_one_struck_codes_no_assault(nlp, text):
    assert "ASSAULT" not in types(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Russia and Ukraine swapped a group of captured soldiers.", "COOPERATE"),
    ("Pakistan and Rwanda signed an MoU on Monday.", "SUPPORT"),
    ("Trump has reached out to Russia.", "CONSULT"),
])
def test_events_extract_swaps_memoranda_and_reaching_out(nlp, text, expected):
    assert types(nlp, text) == {expected}


def test_events_extract_prisoners_traded_are_no_party_to_the_deal(nlp):
    assert ("AGREE", ["RUS", "UKR"], ["UKR", "RUS"]) in coded(
        nlp, "Russia and Ukraine agreed to trade 1,000 prisoners of war.")
