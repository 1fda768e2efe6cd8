"""Mutual events on team-written sentences: a meeting, agreement or fight between two sides codes
each side as the other's recipient; one side alone, or a third party named, does not."""

from __future__ import annotations

import pytest

from tests.conftest import code


def coded(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [a.code or a.country or a.name for a in e.actor],
             [a.code or a.country or a.name for a in e.recipient])
            for e in code(nlp, text, "2024-05-02").events]


@pytest.mark.parametrize("text, event", [
    ("Egyptian and Jordanian officials were meeting in Amman on Sunday.",
     ("CONSULT", ["JOR", "EGY"], ["EGY", "JOR"])),
    ("Chile and Peru agreed to reopen the border crossing.",
     ("AGREE", ["CHL", "PER"], ["PER", "CHL"])),
    ("Hamas and Islamic Jihad held talks in Cairo.",
     ("CONSULT", ["HAMAS", "PIJ"], ["PIJ", "HAMAS"])),
])
def test_events_mutual_coordinated_sides_are_each_others_recipient(nlp, text, event):
    assert event in coded(nlp, text)


@pytest.mark.parametrize("text, event", [
    ("Talks between India and Pakistan resumed in Geneva.",
     ("CONSULT", ["IND", "PAK"], ["PAK", "IND"])),
    ("A meeting between the Egyptian delegation and the Sudanese took place in Cairo.",
     ("CONSULT", ["EGY", "SDN"], ["SDN", "EGY"])),
    ("The exchange of 150 prisoners between Armenia and Azerbaijan took place on Friday.",
     ("COOPERATE", ["ARM", "AZE"], ["AZE", "ARM"])),
    ("Fighting between Sudan's army and the RSF continued in Khartoum.",
     ("ASSAULT", ["SDN", "RSF"], ["RSF", "SDN"])),
])
def test_events_mutual_between_names_both_sides_of_a_noun_event(nlp, text, event):
    assert event in coded(nlp, text)


def test_events_mutual_one_state_is_one_side(nlp):
    assert coded(nlp, "Biden and Blinken met in the Oval Office.") in (
        [], [("CONSULT", ["USA", "USA"], [])])


def test_events_mutual_a_third_party_named_is_the_recipient(nlp):
    assert coded(nlp, "Egypt and Jordan met Israeli officials in Cairo.") == [
        ("CONSULT", ["EGY", "JOR"], ["ISR"])]


def test_events_mutual_mediation_between_sides_is_the_mediators_act(nlp):
    assert ("CONSULT", ["NOR"], ["COL", "VEN"]) in coded(
        nlp, "Norway launched a mediation effort between Colombia and Venezuela.")


@pytest.mark.parametrize("text", [
    "France and Germany imposed sanctions.",
    "The border between India and China is disputed.",
    "The exchange of views was frank.",
    "Officials said talks were held.",
    "The meeting's outcome was unclear.",
])
def test_events_mutual_codes_no_mutual_event(nlp, text):
    assert all(not (set(actors) & set(recipients)) for _, actors, recipients in coded(nlp, text))
    assert not any(t in ("CONSULT", "COOPERATE") for t, _, _ in coded(nlp, text))


def test_events_mutual_each_others_puts_the_first_actors_recipient_first():
    from faultlines.events.mutual import each_others

    actors = [{"code": "EGY"}, {"code": "JOR"}, {"code": "ISR"}]
    assert [a["code"] for a in each_others(actors)] == ["JOR", "ISR", "EGY"]


def test_events_mutual_a_states_organs_stand_on_its_side_and_a_group_on_its_own():
    from faultlines.events.mutual import side

    assert side({"kind": "person", "country": "USA", "sector": "GOV", "name": "Biden"}) == "USA"
    assert side({"kind": "armed_group", "code": "RSF", "country": "SDN"}) == "RSF"


@pytest.mark.parametrize("text, mediation", [
    ("Russia and Ukraine exchanged 95 prisoners each in a deal mediated by the United Arab "
     "Emirates.", ("CONSULT", ["ARE"], ["RUS", "UKR"])),
    ("The exchange of 206 prisoners between Russia and Ukraine was mediated by the UAE.",
     ("CONSULT", ["ARE"], ["RUS", "UKR"])),
])
def test_events_mutual_the_mediator_consults_both_sides(nlp, text, mediation):
    found = coded(nlp, text)
    assert mediation in found
    assert ("COOPERATE", ["RUS", "UKR"], ["UKR", "RUS"]) in found


@pytest.mark.parametrize("text, mediation", [
    ("Rwanda and Kenya signed a deal brokered by Qatar.", ("CONSULT", ["QAT"], ["RWA", "KEN"])),
    ("Armenia and Azerbaijan signed a peace agreement brokered by the United States and the "
     "African Union.", ("CONSULT", ["USA", "AU"], ["ARM", "AZE"])),
])
def test_events_mutual_a_broker_of_a_signed_deal_consults_its_signatories(nlp, text, mediation):
    assert mediation in coded(nlp, text)


def test_events_mutual_a_brokered_text_no_one_signed_consults_no_one(nlp):
    assert [e for e in coded(nlp, "The ministers read a report brokered by Qatar.")
            if e[0] == "CONSULT"] == []


def test_events_mutual_things_exchanged_are_no_recipient(nlp):
    assert coded(nlp, "Armenia and Azerbaijan swapped 32 prisoners on Friday.") == [
        ("COOPERATE", ["ARM", "AZE"], ["AZE", "ARM"])]


@pytest.mark.parametrize("text, event", [
    ("Pakistan's president and China's president reaffirmed their mutual support.",
     ("SUPPORT", ["PAK", "CHN"], ["CHN", "PAK"])),
    ("Chile and Peru held a joint exercise.", ("COOPERATE", ["CHL", "PER"], ["PER", "CHL"])),
])
def test_events_mutual_a_noun_marked_mutual_is_mutual(nlp, text, event):
    assert event in coded(nlp, text)


def test_events_mutual_targets_met_are_no_meeting(nlp):
    assert coded(nlp, "Beijing failed to meet those targets.") == []


@pytest.mark.parametrize("text, event", [
    # fire, strikes or accusations traded or exchanged go both ways
    ("Syria and Turkey traded artillery fire across the border.",
     ("ASSAULT", ["SYR", "TUR"], ["TUR", "SYR"])),
    ("Thailand and Cambodia traded deadly strikes for a second day.",
     ("ASSAULT", ["THA", "KHM"], ["KHM", "THA"])),
    ("India and Pakistan traded accusations over the attack.",
     ("ACCUSE", ["IND", "PAK"], ["PAK", "IND"])),
    ("Thai troops exchanged fire with Cambodian soldiers on Thursday.",
     ("ASSAULT", ["THA"], ["KHM"])),
])
def test_events_mutual_what_two_sides_trade_each_does_to_the_other(nlp, text, event):
    assert event in coded(nlp, text)


def test_events_mutual_trading_goods_is_no_attack(nlp):
    assert not [t for t, _, _ in coded(nlp, "Kenya and Uganda traded goods worth $1bn last year.")
                if t in ("ASSAULT", "ACCUSE")]


@pytest.mark.parametrize("text", [
    "Israel and Hamas blamed each other for the collapse of the talks.",
    "Thailand and Cambodia accuse one another of firing first.",
])
def test_events_mutual_a_reciprocal_object_makes_the_act_each_sides_to_the_other(nlp, text):
    events = [e for e in code(nlp, text, "2024-05-02").events if e.type == "ACCUSE"]
    assert events and len(events[0].actor) == 2
    assert {a.name for a in events[0].recipient} == {a.name for a in events[0].actor}


def test_events_mutual_a_reciprocal_with_one_side_names_no_recipient(nlp):
    events = code(nlp, "Israel blamed each other.", "2024-05-02").events
    assert [list(e.recipient) for e in events if e.type == "ACCUSE"] == [[]]


def test_events_mutual_a_description_of_two_sides_acts_as_both(nlp):
    events = code(nlp, "Talks between Israel and Hamas stalled on Monday. Both sides blamed the "
                       "other for blocking a deal.", "2024-05-02").events
    blame = [e for e in events if e.type == "ACCUSE"]
    assert blame and sorted(a.code for a in blame[0].actor) == ["HAMAS", "ISR"]
    assert sorted(a.code for a in blame[0].recipient) == ["HAMAS", "ISR"]


def test_events_mutual_a_broker_mediates_a_settlement_between_others(nlp):
    assert ("CONSULT", ["QAT"], ["ISR", "HAMAS"]) in coded(
        nlp, "Qatar brokered a truce between Israel and Hamas.")
    assert ("CONSULT", ["TUR"], ["RUS", "UKR"]) in coded(
        nlp, "Turkey brokered the exchange of prisoners between Russia and Ukraine.")
