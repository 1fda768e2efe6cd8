"""Phrases set against their own state (actors/sides.py): a rebel or opposition modifier, or
"anti-" before the state or its leader, makes a state organ's noun the state's opposition.
Team-written sentences."""

from __future__ import annotations

from tests.test_actors_nouns import at, mentions, placed


def test_actors_sides_rebel_forces_are_the_states_rebels_not_its_army(nlp):
    found = mentions(nlp, "Rebel forces in Syria seized the airport on Sunday.")
    assert placed(at(found, "Rebel forces")) == ("SYR", "REB")
    assert at(found, "Rebel forces")["actor"]["kind"] == "armed_group"


def test_actors_sides_anti_leader_forces_are_rebels_of_the_leaders_state(nlp):
    found = mentions(nlp, "Anti-Assad forces shelled the outskirts of the town.")
    assert placed(at(found, "Anti-Assad forces")) == ("SYR", "REB")


def test_actors_sides_opposition_lawmakers_are_the_opposition(nlp):
    found = mentions(nlp, "Opposition lawmakers in Kenya walked out of the chamber.")
    assert placed(at(found, "Opposition lawmakers")) == ("KEN", "OPP")


def test_actors_sides_a_demonym_with_rebel_commanders_is_that_states_rebels(nlp):
    found = mentions(nlp, "Syrian rebel commanders met Turkish officials in Ankara.")
    assert placed(at(found, "Syrian rebel commanders")) == ("SYR", "REB")
    assert placed(at(found, "Turkish officials")) == ("TUR", "GOV")


def test_actors_sides_anti_riot_and_counter_terrorism_police_serve_the_state(nlp):
    riot = mentions(nlp, "Indonesian anti-riot police dispersed the crowd.")
    assert placed(at(riot, "Indonesian anti-riot police")) == ("IDN", "COP")
    terror = mentions(nlp, "Counter-terrorism police in France arrested two men.")
    assert placed(at(terror, "Counter-terrorism police")) == ("FRA", "COP")


def test_actors_sides_the_states_own_army_stays_the_army(nlp):
    found = mentions(nlp, "Syria's army shelled the town.")
    assert placed(at(found, "Syria's army")) == ("SYR", "MIL")


def test_actors_sides_forces_of_a_people_without_a_state_are_no_states_army(nlp):
    """Regression (Guardian, issue 16): "US-backed Kurdish forces in Syria" were Syria's army,
    so the US looked friendly with Syria in the fault lines."""
    found = mentions(nlp, "US-backed Kurdish forces in Syria pushed Islamic State out of "
                          "Raqqa, while Druze fighters in Sweida held their ground.")
    assert placed(at(found, "US-backed Kurdish forces")) == ("SYR", "REB")
    assert at(found, "Druze fighters")["actor"]["sector"] == "REB"


def test_actors_sides_civilians_of_a_people_without_a_state_stay_civilians(nlp):
    found = mentions(nlp, "Kurdish civilians fled the shelling in Afrin, Syria.")
    assert at(found, "Kurdish civilians")["actor"]["sector"] == "CVL"


def test_actors_sides_forces_of_a_people_no_state_is_named_for_are_not_its_army(nlp):
    found = mentions(nlp, "Syrian Kurdish forces captured the two men near Raqqa.")
    assert placed(at(found, "Syrian Kurdish forces")) == ("SYR", "REB")
    found = mentions(nlp, "Kurdish troops in Iraq clashed with the army on Monday.")
    assert placed(at(found, "Kurdish troops")) == ("IRQ", "REB")


def test_actors_sides_unarmed_nouns_of_a_people_keep_their_reading(nlp):
    found = mentions(nlp, "Kurdish officials in Iraq met the army chief on Monday.")
    assert placed(at(found, "Kurdish officials")) == ("IRQ", "GOV")


def test_actors_sides_pro_a_state_is_whom_the_phrase_supports_not_whose_it_is(nlp):
    found = mentions(nlp, "Pro-Iranian militias attacked the base in Iraq.")
    assert at(found, "Pro-Iranian militias")["actor"]["country"] != "IRN"
    found = mentions(nlp, "Pro-Hamas protesters rallied in London on Saturday.")
    assert placed(at(found, "Pro-Hamas protesters")) == ("GBR", "CVL")
    assert at(found, "Pro-Hamas protesters")["actor"].get("code") != "HAMAS"


def test_actors_sides_a_state_organ_named_by_its_demonym_is_still_its_own(nlp):
    found = mentions(nlp, "The Iranian army attacked the base in Iraq.")
    assert placed(at(found, "Iranian army")) == ("IRN", "MIL")


def test_actors_sides_a_peoples_force_takes_no_state_from_the_story(nlp):
    found = mentions(nlp, "An American woman from Alabama was captured by Kurdish forces. She "
                          "said she regrets travelling to join the group.")
    assert placed(at(found, "Kurdish forces")) == (None, "REB")


def test_actors_sides_a_word_opening_a_longer_army_word_does_not_make_rebels(nlp):
    found = mentions(nlp, "Pakistan's fighter jets struck the base on Saturday.")
    assert placed(at(found, "Pakistan's fighter jets")) == ("PAK", "MIL")
