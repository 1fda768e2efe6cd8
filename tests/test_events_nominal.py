"""Nominal events and the triggers around them, on team-written sentences: a meeting named
for the body it is of, an act done for the purpose of a meeting, a request's possessor, a status
designated, battles fought; and the look-alikes that code nothing."""

from __future__ import annotations

import pytest

from tests.conftest import code


def coded(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [a.code or a.country or a.name for a in e.actor],
             [a.code or a.country or a.name for a in e.recipient])
            for e in code(nlp, text, "2024-05-02").events]


def test_events_nominal_a_meeting_of_a_body_consults_it(nlp):
    assert coded(nlp, "Kenya's president opened a G20 foreign ministers meeting in Nairobi.") \
        == [("CONSULT", ["KEN"], ["G20"])]


def test_events_nominal_an_act_for_a_meeting_is_aimed_at_the_one_met(nlp):
    found = coded(nlp, "The US secretary of state met on Sunday with Panama's leader to press "
                       "President Donald Trump's demand that the United States take back the "
                       "canal.")
    assert ("REQUEST", ["USA"], ["PAN"]) in found
    assert not any(t == "REQUEST" and "USA" in r for t, _, r in found)


def test_events_nominal_a_meeting_to_discuss_is_one_meeting(nlp):
    assert coded(nlp, "Scholz met Biden to discuss trade.") == [("CONSULT", ["DEU"], ["USA"])]


def test_events_nominal_designating_a_group_as_outlawed_sanctions_it(nlp):
    assert coded(nlp, "The US designated the Houthis as a terrorist organisation.") == [
        ("SANCTION", ["USA"], ["HOUTHIS"])]


def test_events_nominal_railing_against_a_policy_is_an_accusation(nlp):
    assert coded(nlp, "BRICS leaders railed against economic protectionism.") == [
        ("ACCUSE", ["BRICS"], [])]


def test_events_nominal_battles_with_someone_are_fought_against_them(nlp):
    found = coded(nlp, "Kenyan protesters held running battles with police in Nairobi.")
    assert [(t, r) for t, _, r in found] == [("ASSAULT", ["KEN"])]


def test_events_nominal_pressing_someone_asks_them(nlp):
    assert coded(nlp, "Germany pressed Iran to release the prisoners.")[0] == (
        "REQUEST", ["DEU"], ["IRN"])


@pytest.mark.parametrize("text", [
    "Pakistan was designated as the vice chair of the committee.",
    "The administration presses ahead with its overhaul.",
    "The meeting of the ministers was postponed.",
])
def test_events_nominal_codes_nothing(nlp, text):
    assert coded(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # an act aimed "on"/"against" someone names its doer as plainly as a by-agent: it stands
    # alone although the noun otherwise needs a light verb ("imposed sanctions")
    ("EU sanctions on Belarus have taken effect.", ("COERCE", ["EU"], ["BLR"])),
    ("Russia's sanctions against Moldova hurt its farmers.", ("COERCE", ["RUS"], ["MDA"])),
    ("US sanctions on Cuba, imposed over its support for Caracas, remain in force.",
     ("COERCE", ["USA"], ["CUB"])),
])
def test_events_nominal_an_actors_sanctions_on_a_side_coerce_it(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "The sanctions on Iran have taken effect.",             # no one named imposes them
    "Economists debated the effect of US sanctions.",        # aimed at no one
    "Its sanctions on Cuba remain in place.",                # a pronoun that resolves nowhere
])
def test_events_nominal_sanctions_without_a_named_doer_and_aim_code_nothing(nlp, text):
    assert not [t for t, _, _ in coded(nlp, text) if t == "COERCE"]


@pytest.mark.parametrize("text, expected", [
    # a meeting with someone, set as the clause's adjunct, is held by the clause's subject
    ("In a phone call with Egypt's president, Erdogan warned against escalation.",
     ("CONSULT", ["TUR"], ["EGY"])),
    ("During talks with Chinese officials in Beijing, Blinken raised the issue of Taiwan.",
     ("CONSULT", ["USA"], ["CHN"])),
    ("Putin's phone call with Erdogan lasted an hour.", ("CONSULT", ["RUS"], ["TUR"])),
])
def test_events_nominal_a_meeting_in_a_clauses_adjunct_is_its_subjects(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "At the meeting, Lavrov spoke for an hour.",               # a meeting with no one named
    "Protesters were arrested during a meeting with the mayor.",  # a passive names no host
    "Egypt has shown no interest in a dialogue with Ethiopia.",  # a meeting wanted, not held
])
def test_events_nominal_a_meeting_adjunct_without_a_host_or_other_side_consults_no_one(nlp, text):
    assert not [t for t, _, _ in coded(nlp, text) if t == "CONSULT"]


@pytest.mark.parametrize("text, expected", [
    # a war on a place is waged on its country, as an attack on it is
    ("Israel's war on Gaza has killed thousands of people.", ("ASSAULT", ["ISR"], ["PSE"])),
    ("Russia's war against Ukraine entered its fourth year.", ("ASSAULT", ["RUS"], ["UKR"])),
])
def test_events_nominal_a_war_on_a_place_assaults_its_country(nlp, text, expected):
    assert expected in coded(nlp, text)


def test_events_nominal_a_war_named_for_no_doer_is_no_event(nlp):
    assert not coded(nlp, "The war in Sudan has displaced millions.")


@pytest.mark.parametrize("text, expected", [
    # the repelled attack was made on the repeller, and fighting it off is fighting back
    ("Iraq said its troops repelled an overnight Iranian attack east of Basra.",
     [("ASSAULT", ["IRQ"], ["IRN"]), ("ASSAULT", ["IRN"], ["IRQ"])]),
    ("Iraq said its troops repelled an attack by three divisions of Iranian Revolutionary "
     "Guards near Basra.", [("ASSAULT", ["IRQ"], ["IRGC"]), ("ASSAULT", ["IRGC"], ["IRQ"])]),
])
def test_events_nominal_a_repelled_attack_is_fought_both_ways(nlp, text, expected):
    found = coded(nlp, text)
    assert all(e in found for e in expected)


def test_events_nominal_criticism_repelled_is_no_fight(nlp):
    assert not any(t == "ASSAULT" for t, _, _ in coded(
        nlp, "The minister repelled criticism of the budget."))


@pytest.mark.parametrize("text, expected", [
    # a threat of any act of force the lexicon knows as a noun, through "a resumption of"
    ("Iraq threatened air raids on Iranian towns.", ("THREATEN", ["IRQ"], ["IRN"])),
    ("Iraq threatened a resumption of air raids on Iranian towns.",
     ("THREATEN", ["IRQ"], ["IRN"])),
    ("Washington threatened an embargo on Cuba.", ("THREATEN", ["USA"], ["CUB"])),
    # a fortification captured is a place taken by force
    ("Iran said its forces had captured an Iraqi fortification east of Basra.",
     ("ASSAULT", ["IRN"], ["IRQ"])),
])
def test_events_nominal_threats_and_captures_of_event_nouns(nlp, text, expected):
    assert expected in coded(nlp, text)


def test_events_nominal_a_threat_to_a_thing_is_no_threat_of_force(nlp):
    assert coded(nlp, "The drought threatened the harvest in Iraq.") == []
