"""Things news names like actors (actors/things.py, kb/things.yaml): plans, operations and
buildings are no mentions, and people who are only what is handed over are none either.
Short forms a story defines (actors/abbreviations.py). Team-written sentences."""

from __future__ import annotations

from tests.test_actors_nouns import at, mentions


def test_actors_things_a_plan_is_no_actor(nlp):
    found = mentions(nlp, "Pakistan called for operationalising the Gaza Reconstruction Plan "
                          "endorsed by the OIC.")
    assert not any("Plan" in m["text"] for m in found)
    assert at(found, "OIC")["actor"]["code"] == "OIC"


def test_actors_things_an_operation_a_hotel_and_a_venue_are_no_actors(nlp):
    found = mentions(nlp, "India launched Operation Sindoor. Police stood guard outside the "
                          "Britannia Hotel in London. Ghana's minister attacked the plan at the "
                          "Lagos Energy Forum, and Wang spoke at the Baltic Security Conference.")
    assert not any(word in m["text"] for m in found
                   for word in ("Sindoor", "Hotel", "Forum", "Conference"))


def test_actors_things_a_known_body_is_never_a_thing(nlp):
    found = mentions(nlp, "The World Food Programme said the deal would help, and the Pacific "
                          "Islands Forum agreed.")
    assert any(m["actor"] and m["actor"]["code"] == "WFP" for m in found)
    assert any(m["actor"] and m["actor"]["code"] == "PIF" for m in found)


def test_actors_things_prisoners_released_are_no_party(nlp):
    found = mentions(nlp, "Hamas agreed to release prisoners on Saturday.")
    assert not any("prisoners" in m["text"] for m in found)


def test_actors_things_prisoners_of_a_named_state_stay_its_people(nlp):
    found = mentions(nlp, "Israel released 90 Palestinian prisoners on Sunday.")
    m = next(m for m in found if "prisoners" in m["text"])
    assert (m["actor"]["country"], m["actor"]["sector"]) == ("PSE", "CVL")


def test_actors_things_prisoners_who_act_are_actors(nlp):
    found = mentions(nlp, "Prisoners began a hunger strike on Monday.")
    assert at(found, "Prisoners") is not None


def test_actors_abbreviations_a_defined_short_form_names_its_long_form(nlp):
    found = mentions(nlp, "The Arakan Army (AA) seized the town. The AA said it would talk.")
    later = [m for m in found if m["text"] in ("AA", "The AA")]
    assert later and all(m["actor"]["code"] == "ARAKANARMY" for m in later)


def test_actors_abbreviations_an_unknown_body_keeps_one_name_for_both_forms(nlp):
    found = mentions(nlp, "The Gilgit Traders Alliance (GTA) called a strike, and GTA members "
                          "blocked the road.")
    names = {m["actor"]["name"] for m in found if "GTA" in m["text"] or "Alliance" in m["text"]}
    assert names == {"Gilgit Traders Alliance"}


def test_actors_abbreviations_brackets_that_are_no_initials_define_nothing(nlp):
    found = mentions(nlp, "The Gilgit Traders Alliance (ZNU) called a strike, and ZNU members "
                          "blocked the road.")
    assert all(m["actor"]["name"] != "Gilgit Traders Alliance" for m in found
               if m["text"].startswith("ZNU"))
