"""Events with no agent in their clause, on team-written sentences: the doer comes from the
fighting or attack the clause happened in, or from an earlier attack of the story; where the
text names none, or names the victims' own side, there is no event."""

from __future__ import annotations

import pytest

from tests.conftest import code


def coded(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [a.code or a.country or a.name for a in e.actor],
             [a.code or a.country for a in e.recipient])
            for e in code(nlp, text, "2024-05-02").events]


@pytest.mark.parametrize("text, event", [
    ("Two Israeli soldiers have been killed in fighting with Hezbollah in southern Lebanon.",
     ("ASSAULT", ["HEZBOLLAH"], ["ISR"])),
    ("Four Malian soldiers were killed during clashes with JNIM near Gao.",
     ("ASSAULT", ["JNIM"], ["MLI"])),
])
def test_events_agentless_the_one_fought_is_the_doer(nlp, text, event):
    assert event in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "At least 43 people were killed in Russian strikes on Friday.",
    # the parse reads the gerund as a clause of "in"
    "Twelve people were killed in shelling and airstrikes by Russian forces on Monday.",
    # the author after the last of coordinated attack nouns, which the parse may hang on the verb
    "At least 30 civilians were killed in dozens of airstrikes and shelling by Russian forces.",
    "At least 30 civilians were killed in airstrikes and shelling by Russian forces in Idlib.",
])
def test_events_agentless_an_attacks_author_is_the_doer(nlp, text):
    assert [(t, a[0][:3]) for t, a, _ in coded(nlp, text)] == [("ASSAULT", "RUS")]


def test_events_agentless_the_attack_it_happened_in_is_one_event_with_it(nlp):
    assert coded(nlp, "Twelve people were killed in an attack by al-Shabaab on a market in "
                      "Mogadishu.") == [("ASSAULT", ["SHABAAB"], ["SOM"])]


@pytest.mark.parametrize("text, event", [
    ("The town came under heavy shelling from Russian forces.", ("ASSAULT", ["RUS"])),
    # the parse hangs "by Moscow" on the verb
    ("Ukraine's Sumy region has come under deadly bombardments by Moscow since March.",
     ("ASSAULT", ["RUS"])),
    # the author in front of the attack noun
    ("Officials said the hospital in Khan Younis remains under Israeli attack.",
     ("ASSAULT", ["ISR"])),
])
def test_events_agentless_an_attack_suffered_names_its_doer(nlp, text, event):
    assert event in [(t, a) for t, a, _ in coded(nlp, text)]


@pytest.mark.parametrize("text, events", [
    # the clause that says when it happened names the doer: one event, the main clause's victims
    ("Three Palestinians were killed when Israeli troops opened fire on protesters in Gaza.",
     [("ASSAULT", ["ISR"], ["PSE"])]),
    ("When Israeli troops opened fire on protesters in Gaza, three Palestinians were killed.",
     [("ASSAULT", ["ISR"], ["PSE"])]),
    ("Russia launched a massive attack on Ukraine overnight. Two people were killed when a "
     "missile struck a building in Kyiv.",
     [("ASSAULT", ["RUS"], ["UKR"])] * 2),
    # where the main clause names its doer, a clause with a doer of its own stays an event
    ("At least 17 people were killed in Israeli strikes as the Israeli army intensified its "
     "bombardment of Gaza City.", [("ASSAULT", ["ISR"], []), ("ASSAULT", ["ISR"], ["PSE"])]),
    # a clause whose act is aimed at another side is another act told at the same time
    ("Five Palestinians were killed as Hamas fired rockets at Israel.",
     [("ASSAULT", ["HAMAS"], ["ISR"])]),
    # a clause that names no doer, or the victims' own side, lends none
    ("Two people were killed when a missile struck a building in Kyiv.", []),
    ("Three Israeli soldiers were killed when Israeli troops opened fire by mistake.",
     [("ASSAULT", ["ISR"], [])]),
])
def test_events_agentless_a_when_clause_names_the_doer(nlp, text, events):
    assert [(t, a, r[:1]) for t, a, r in coded(nlp, text) if t == "ASSAULT"] == events


def test_events_agentless_borrows_the_doer_and_victims_of_the_story_attack(nlp):
    found = coded(nlp, "JNIM said it killed 200 soldiers in an attack on a Malian army base. "
                       "The base came under attack on Sunday morning. "
                       "Residents said dozens of soldiers and civilians were killed.")
    assert [(t, a, r[:1]) for t, a, r in found] == [("ASSAULT", ["JNIM"], ["MLI"])] * 3


@pytest.mark.parametrize("text, assaults", [
    ("Dozens of people were killed on Monday.", []),
    ("The base came under attack on Sunday morning.", []),
    ("Turkey protested on Monday. Three people were killed.", []),
    ("Israel struck Gaza on Monday. Three Israeli soldiers were killed.",
     [("ASSAULT", ["ISR"], ["PSE"])]),
])
def test_events_agentless_no_doer_named_or_only_the_victims_side_lends_none(nlp, text, assaults):
    assert [e for e in coded(nlp, text) if e[0] == "ASSAULT"] == assaults


def test_events_agentless_an_attack_naming_no_target_aims_where_its_actor_just_did(nlp):
    found = coded(nlp, "Israeli airstrikes hit about 40 targets across the Gaza Strip. Health "
                       "officials said 1,600 people have died since Israel resumed airstrikes "
                       "in March.")
    assert found == [("ASSAULT", ["ISR"], ["PSE"])] * 2


def test_events_agentless_another_actors_attack_lends_no_target(nlp):
    found = coded(nlp, "Israeli airstrikes hit about 40 targets across the Gaza Strip. "
                       "Officials said Hezbollah resumed its attacks in March.")
    assert ("ASSAULT", ["HEZBOLLAH"], ["PSE"]) not in found


@pytest.mark.parametrize("text, event", [
    ("Two Afghan nationals were deported on Monday, Pakistan's interior ministry announced.",
     ("COERCE", ["PAK"], ["AFG"])),
    # an organ that reports an arrest is only the reporter: the doer comes from the story
    ("Bangladeshi police arrested 40 Indian fishermen on Monday. India's foreign ministry said "
     "the fishermen were arrested after they crossed into Bangladeshi waters.",
     ("COERCE", ["BGD"], ["IND"])),
])
def test_events_agentless_a_state_act_reported_by_a_state_organ_is_that_organs(nlp, text, event):
    found = [(e.type, [a.code or a.country for a in e.actor], [a.code or a.country for a in e.recipient])
             for e in code(nlp, text, "2024-05-02").events]
    assert found.count(event) == len(found)


@pytest.mark.parametrize("text, event", [
    # a reduced passive with a time of its own is a passive: the state where it was done did it
    ("A group of 80 migrants deported from the United States to Panama last week has been "
     "moved to a camp.", ("COERCE", ["USA"], ["REF"])),
    ("The 300 migrants deported from Germany in recent days were housed in a hotel.",
     ("COERCE", ["DEU"], ["REF"])),
])
def test_events_agentless_a_state_act_reduced_to_a_participle_is_the_places(nlp, text, event):
    found = [(e.type, [a.code or a.country for a in e.actor],
              [a.code or a.country or a.sector for a in e.recipient])
             for e in code(nlp, text, "2024-05-02").events]
    assert event in found


def test_events_agentless_a_state_act_takes_the_organ_that_just_did_the_same(nlp):
    found = coded(nlp, "Belarusian police arrested three opposition activists in Minsk on "
                       "Monday. Two more were detained on Tuesday.")
    assert [e[:2] for e in found if e[0] == "COERCE"] == [("COERCE", ["BLR"])] * 2


@pytest.mark.parametrize("text", [
    "Dozens of protesters detained last week were moved to a camp.",  # no place named
    # no time of its own: a standing, not an act
    "Hamas offered to free the hostages for Palestinians jailed in Israel.",
    "Dozens of protesters were detained, witnesses said.",          # witnesses are no organ
    "Three activists were detained, a rights group said.",          # nor is a rights group
    # a state's organ reports another's arrest of its own people, and a government others'
    "New Delhi's foreign ministry said the Indian fishermen were arrested at sea.",
    "The government said two journalists were detained on Monday.",
])
def test_events_agentless_a_state_act_reported_by_others_has_no_doer_from_them(nlp, text):
    assert not [e for e in code(nlp, text, "2024-05-02").events if e.type == "COERCE"]


@pytest.mark.parametrize("text, doer", [
    # a participle on its victims is a passive: its doer is the fighting's or attack's
    ("Rescuers reported more than 70 people killed in Israeli air strikes since midnight.", "ISR"),
    ("Medics counted 12 soldiers killed in fighting with Hezbollah.", "HEZBOLLAH"),
])
def test_events_agentless_victims_reported_killed_in_an_attack_take_its_author(nlp, text, doer):
    assert [doer] in [[a.code or a.country for a in e.actor]
                      for e in code(nlp, text, "2024-05-02").events if e.type == "ASSAULT"]


def test_events_agentless_victims_reported_killed_with_no_attack_named_have_no_doer(nlp):
    assert not code(nlp, "Rescuers reported more than 70 people killed since midnight.",
                    "2024-05-02").events


def test_events_agentless_the_lead_lends_no_doer_to_targets_in_its_own_country(nlp):
    found = coded(nlp, "The Pakistani army brought down five Indian jets on Wednesday. A "
                       "spokesman spoke to reporters. Officials said a mosque in Pakistan was "
                       "targeted.")
    assert [e for e in found if e[0] == "ASSAULT"] == [("ASSAULT", ["PAK"], ["IND"])]


def test_events_agentless_the_lead_still_lends_to_targets_in_another_country(nlp):
    found = coded(nlp, "Israel struck Gaza on Monday. Officials spoke. Aid workers said that "
                       "a school in Gaza was hit.")
    assert ("ASSAULT", ["ISR"], ["PSE"]) in found and len(
        [e for e in found if e[0] == "ASSAULT"]) == 2


def test_events_agentless_the_previous_sentence_lends_to_its_own_countrys_people(nlp):
    assert ("ASSAULT", ["SYR"], ["SYR"]) in coded(
        nlp, "Syrian government forces bombed Idlib on Monday. Ten civilians in Syria were killed.")


def test_events_agentless_a_lead_answering_an_attack_lends_no_doer(nlp):
    found = coded(nlp, "The Pakistani army brought down five Indian jets in retaliation for "
                       "strikes on six sites. A spokesman spoke to reporters. Officials said a "
                       "mosque in Kotli was targeted.")
    assert [e for e in found if e[0] == "ASSAULT"] == [("ASSAULT", ["PAK"], ["IND"])]


@pytest.mark.parametrize("second", [
    "A ballistic missile struck a residential building in Kharkiv.",
    "The bombardment hit a residential building in Kharkiv.",
])
def test_events_agentless_a_weapon_or_attack_as_subject_takes_the_story_attacker(nlp, second):
    found = coded(nlp, "Russian forces launched a wave of attacks on Ukraine overnight. " + second)
    assert found[-1] == ("ASSAULT", ["RUS"], ["UKR"])


def test_events_agentless_an_attack_subject_with_an_author_is_the_authors(nlp):
    assert ("ASSAULT", ["ISR"]) in [(t, a) for t, a, _ in coded(
        nlp, "An official said 80 people had been killed by Israeli bombardment since dawn.")]


@pytest.mark.parametrize("text", [
    "A ballistic missile struck a residential building in Kharkiv on Monday.",
    "Turkey protested on Monday. A drone hit a Syrian army post near the border.",
    "Israel struck Gaza on Monday. A rocket hit an Israeli town on Tuesday.",
])
def test_events_agentless_a_weapon_subject_with_no_attacker_nearby_codes_nothing(nlp, text):
    found = [e for e in coded(nlp, text) if e[0] == "ASSAULT"]
    assert found == ([("ASSAULT", ["ISR"], ["PSE"])] if text.startswith("Israel") else [])


def test_events_agentless_an_attack_subject_naming_anyone_borrows_no_other_doer(nlp):
    found = coded(nlp, "Israeli warplanes struck the port of Hodeidah on Monday. "
                       "Houthi media said US strikes hit the capital Sanaa on Tuesday.")
    assert [e[:2] for e in found if e[0] == "ASSAULT"] == [("ASSAULT", ["ISR"])]


def test_events_agentless_a_sentence_where_two_sides_attacked_lends_no_doer(nlp):
    found = coded(nlp, "Israel struck Sanaa on Sunday, after Houthi rebels launched missiles at "
                       "Israel. A ballistic missile hit a building in central Sanaa.")
    assert [e for e in found if e[0] == "ASSAULT"] == [
        ("ASSAULT", ["ISR"], ["YEM"]), ("ASSAULT", ["HOUTHIS"], ["ISR"])]


def test_events_agentless_a_subject_borrowed_from_a_governing_clause_is_no_weapon(nlp):
    found = coded(nlp, "JNIM said it killed 200 soldiers in an attack on a Malian army base. "
                       "It is a major blow for the army, Haque said, noting the attacks come "
                       "just as Goita was visiting Russia, asking President Vladimir Putin for "
                       "more training and arms to fight off armed groups.")
    assert [e for e in found if e[0] == "ASSAULT" and e[1] == ["JNIM"]][1:] == []


@pytest.mark.parametrize("middle, doer", [
    # fighting among others after the lead: the dead may be theirs
    ("Fighting between Hamas and Fatah gunmen continued in Rafah.", None),
    # fighting that names the lead's attacker, or no side, leaves it the story's attacker
    ("Fighting between Israeli troops and Hamas continued in Rafah.", ["ISR"]),
    ("Witnesses said fighting erupted on several fronts.", ["ISR"]),
    ("Egypt trained Fatah units to fight Israel.", ["ISR"]),
])
def test_events_agentless_fighting_told_after_the_lead_stops_its_lending(nlp, middle, doer):
    events = code(nlp, "Israeli jets struck Gaza on Monday. " + middle
                  + " Aid trucks waited at the border. Dozens of people had been killed.",
                  "2024-05-02").events
    assert [[a.code or a.country for a in e.actor] for e in events
            if e.sentence.startswith("Dozens")] == ([doer] if doer else [])


def test_events_agentless_a_private_person_lends_no_doer(nlp):
    events = code(nlp, "A suicide attack by a Nigerian woman killed 20 soldiers on Friday. "
                       "Sixteen soldiers were wounded.", "2024-05-02").events
    assert not [e for e in events if e.sentence.startswith("Sixteen")]
