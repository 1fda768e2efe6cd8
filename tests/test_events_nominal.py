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


@pytest.mark.parametrize("text, expected", [
    # a request, threat or refusal aimed at someone named stands alone with its owner: a
    # possessive, an actor modifier or a "from" phrase
    ("Turkey's call on Israel to halt its strikes was rejected.", ("REQUEST", ["TUR"], ["ISR"])),
    ("Egypt's demand that Israel withdraw was echoed by Qatar.", ("REQUEST", ["EGY"], ["ISR"])),
    ("Washington's threats against Caracas alarmed the region.", ("THREATEN", ["USA"], ["VEN"])),
    ("Pakistan's renewed cooperation with the US helped it.", ("COOPERATE", ["PAK"], ["USA"])),
    # the one who answers it is the one asked
    ("Kyiv ignored a request from Moscow for a prisoner swap.", ("REQUEST", ["RUS"], ["UKR"])),
    ("Moscow ignored a US call for a truce.", ("REQUEST", ["USA"], ["RUS"])),
    # the one who must grant it, named on the thing asked for or as the subject of "for X to V"
    ("US demands for limits on Iranian drones have stalled the talks.",
     ("REQUEST", ["USA"], ["IRN"])),
    ("Turkey's call for Israel to halt its strikes was ignored.", ("REQUEST", ["TUR"], ["ISR"])),
])
def test_events_nominal_an_owned_act_stands_alone(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # "call" with what is asked is a request; with someone met, a phone call
    ("Turkey made a call for a ceasefire.", [("REQUEST", ["TUR"], [])]),
    ("Trump's call with Putin lasted two hours.", [("CONSULT", ["USA"], ["RUS"])]),
])
def test_events_nominal_a_call_asks_only_when_it_says_what_for(nlp, text, expected):
    assert coded(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the two sides named "between" are the doers of a mutual act, whatever else owns it
    ("Tuesday's call between Biden and Xi covered trade.",
     ("CONSULT", ["USA", "CHN"], ["CHN", "USA"])),
    ("A summit between China and India ended without a statement.",
     ("CONSULT", ["CHN", "IND"], ["IND", "CHN"])),
    ("The truce ended two months of war between Israel and Hezbollah.",
     ("ASSAULT", ["ISR", "HEZBOLLAH"], ["HEZBOLLAH", "ISR"])),
])
def test_events_nominal_sides_between_are_a_mutual_acts_doers(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a meeting one travels for, or is on a visit to, is the traveller's
    ("Blinken headed to Saudi Arabia for talks with Ukraine.", ("CONSULT", ["USA"], ["UKR"])),
    ("Erdogan is on a two-day visit to Qatar.", ("CONSULT", ["TUR"], ["QAT"])),
    ("Macron returned to Paris following a meeting with Scholz.", ("CONSULT", ["FRA"], ["DEU"])),
])
def test_events_nominal_a_meeting_travelled_for_is_the_travellers(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "The threat of war hangs over the region.",           # generic: no one threatens
    "Imamoglu's detention came days before the vote.",    # the possessor is the one held
    "Sudan's war has displaced millions.",                # a place's war: no doer named
    "Egypt's president called for talks with Israel.",    # asked for, not held
    "Israel said it was ready for talks with Hamas.",      # wanted, not held
    "Erdogan worked on talks with Syria.",                 # "on" talks is no visit
])
def test_events_nominal_owned_and_travelled_look_alikes_code_no_new_event(nlp, text):
    types = [t for t, _, _ in coded(nlp, text)]
    assert not set(types) & {"THREATEN", "COERCE", "ASSAULT", "CONSULT"}


@pytest.mark.parametrize("text", [
    "Trade relations between Pakistan and Iran will grow.",   # a tie, no act
    "The Iran threat dominated the summit.",                   # a danger, no threat made
])
def test_events_nominal_states_and_dangers_are_no_owned_acts(nlp, text):
    assert coded(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # an event said to happen: its sides are named "between", a protest's doers are its country
    ("Clashes erupted between Thai and Cambodian troops on Thursday.",
     ("ASSAULT", ["KHM", "THA"], ["THA", "KHM"])),
    ("Talks were held between India and Pakistan on Monday.",
     ("CONSULT", ["IND", "PAK"], ["PAK", "IND"])),
    ("Protests broke out across Iran after the election.", ("PROTEST", ["IRN"], [])),
])
def test_events_nominal_an_event_that_happened_has_its_named_doers(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "Fears spread across Europe.",                 # no event noun
    "The meeting took place in Cairo.",           # no one named meets
    "Protests began after the vote.",             # no place, no doer
    "Fighting erupted on Tuesday in the north.",  # where, not who
])
def test_events_nominal_an_event_that_happened_with_no_one_named_codes_nothing(nlp, text):
    assert coded(nlp, text) == []


def test_events_nominal_an_event_that_happened_borrows_no_doer_from_the_lead(nlp):
    # clashes said to break out may be others' than the lead's attacker
    assert coded(nlp, "Israel struck Damascus on Monday. Clashes began on Tuesday in the town "
                      "of Jaramana.") == [("ASSAULT", ["ISR"], ["SYR"])]


@pytest.mark.parametrize("text, expected", [
    # a light verb in the passive: its event noun subject was done by its by-agent
    ("The offensive was launched by Russia against Kharkiv.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("A call for calm was issued by Egypt.", ("REQUEST", ["EGY"], [])),
])
def test_events_nominal_a_passive_light_verb_carries_its_subject_noun(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "The statement was issued by the ministry.",   # no event noun
    "The offensive was launched in May.",          # no one named launches it
])
def test_events_nominal_a_passive_without_an_event_noun_or_agent_codes_nothing(nlp, text):
    assert coded(nlp, text) == []


def test_events_nominal_an_owned_act_aimed_at_no_one_named_is_not_coded_alone(nlp):
    # a position more than an act; a wrongly resolved "its" would make it the wrong side's
    assert coded(nlp, "Egypt's demand for a truce was echoed by Qatar.") == []
