"""Some of a group and the members of a named body (actors/parts.py, kb/parts.yaml): the
mention holds the amount or member noun the parse makes its head. Team-written sentences."""

from __future__ import annotations

from tests.test_actors_nouns import at, mentions


def test_actors_parts_dozens_of_troops_are_one_mention_of_the_troops(nlp):
    found = mentions(nlp, "Dozens of Russian peacekeepers arrived in the town on Friday.")
    troops = at(found, "Dozens of Russian peacekeepers")
    assert troops is not None and troops["actor"]["id"] == "country:RUS/peacekeepers"
    assert found[0]["head"] == 0  # "Dozens", the verb's subject, lies inside the mention


def test_actors_parts_a_majority_of_the_soldiers_are_the_soldiers(nlp):
    found = mentions(nlp, "A majority of the soldiers refused to fire on the crowd.")
    assert at(found, "A majority of the soldiers")["actor"]["sector"] == "MIL"


def test_actors_parts_a_groups_leaders_are_the_group(nlp):
    found = mentions(nlp, "Taliban leaders met Qatari officials in Doha.")
    assert at(found, "Taliban leaders")["actor"]["id"] == "group:TALIBAN"


def test_actors_parts_members_of_a_body_are_the_body(nlp):
    found = mentions(nlp, "Members of the Muslim Brotherhood rejected the offer.")
    assert at(found, "Members of the Muslim Brotherhood")["actor"]["id"] == \
        "group:MUSLIMBROTHERHOOD"


def test_actors_parts_part_of_a_state_stays_a_place(nlp):
    found = mentions(nlp, "Much of Syria lost power on Monday.")
    assert [m["text"] for m in found] == ["Syria"]


def test_actors_parts_a_persons_aides_are_not_the_person(nlp):
    found = mentions(nlp, "Trump aides met the Chinese delegation.")
    assert at(found, "Trump aides") is None


def test_actors_parts_the_head_of_a_body_is_the_body(nlp):
    found = mentions(nlp, "The head of the World Health Organization praised the vaccine drive.")
    assert at(found, "The head of the World Health Organization")["actor"]["id"] == "org:WHO"


def test_actors_parts_an_unknown_name_before_chief_is_a_title_not_a_body(nlp):
    found = mentions(nlp, "Army chief Tomas Rivera dismissed the cabinet in Lima.")
    assert all(m["actor"]["name"] != "Army" for m in found)


def test_actors_parts_a_demonym_before_a_group_noun_names_that_peoples_group(nlp):
    units = mentions(nlp, "Bosnian Serb units threatened to shell the town.")
    assert at(units, "Bosnian Serb units")["actor"]["country"] == "BIH"
    assert at(units, "Bosnian Serb units")["actor"]["sector"] == "MIL"
    factions = mentions(nlp, "Palestinian factions agreed to hold elections next year.")
    assert at(factions, "Palestinian factions")["actor"]["sector"] == "PTY"
    assert at(factions, "Palestinian factions")["actor"]["kind"] == "organization"


def test_actors_parts_a_group_noun_alone_is_no_actor(nlp):
    found = mentions(nlp, "The new housing units were handed to families in Gaza.")
    assert not any("units" in m["text"] for m in found)


def test_actors_parts_a_groups_affiliate_or_branch_is_the_group(nlp):
    found = mentions(nlp, "The Sinai branch of the Islamic State claimed the attack.")
    assert at(found, "The Sinai branch of the Islamic State")["actor"]["id"] == "group:ISIS"


def test_actors_parts_the_remnants_of_a_group_are_the_group(nlp):
    found = mentions(nlp, "The remnants of the Brotherhood fled to Qatar.")
    assert at(found, "The remnants of the Brotherhood")["actor"]["id"] == \
        "group:MUSLIMBROTHERHOOD"
