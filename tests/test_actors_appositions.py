"""A common noun set before a person's name by a comma names that person
(actors/appositions.py). Team-written sentences."""

from __future__ import annotations

from tests.test_actors_nouns import at, mentions


def test_actors_appositions_a_title_before_a_name_is_that_person(nlp):
    found = mentions(nlp, "Pakistan's military ruler, Gen. Pervez Musharraf, gave the army "
                          "permission to act.")
    ruler = at(found, "military ruler")
    assert ruler is not None and ruler["actor"]["id"] == "person:pervez-musharraf"
    assert ruler["via"] == "apposition"


def test_actors_appositions_an_owners_rival_is_the_named_rival(nlp):
    found = mentions(nlp, "The prime minister's strongest rival, former army general Benny "
                          "Gantz, said he would win.")
    assert at(found, "strongest rival")["actor"]["id"] == "person:benny-gantz"
    assert at(found, "The prime minister")["actor"]["id"] != "person:benny-gantz"


def test_actors_appositions_a_noun_already_a_mention_is_left_as_it_is(nlp):
    found = mentions(nlp, "The company's chief executive, John Smith, resigned.")
    assert [m["text"] for m in found].count("John Smith") == 1
    assert at(found, "The company's chief executive")["via"] != "apposition"


def test_actors_appositions_a_description_after_an_unknown_body_says_what_it_is(nlp):
    found = mentions(nlp, "Traders closed the port on the call of the Pak-China Trades Action "
                          "Committee, a traders organisation in Gilgit-Baltistan.")
    body = next(m for m in found if "Committee" in m["text"])["actor"]
    assert (body["country"], body["sector"], body["kind"]) == ("PAK", "BUS", "organization")


def test_actors_appositions_a_description_gives_an_unknown_group_its_sector(nlp):
    found = mentions(nlp, "Fortify Rights, a rights group, urged the junta to free the men.")
    assert at(found, "Fortify Rights")["actor"]["sector"] == "NGO"


def test_actors_appositions_a_title_before_an_unknown_name_places_the_person(nlp):
    found = mentions(nlp, "Iran's ambassador to Pakistan, Dr Reza Amiri Moghaddam, met the "
                          "chief minister on Monday.")
    person = next(m for m in found if "Moghaddam" in m["text"])["actor"]
    assert (person["country"], person["sector"]) == ("IRN", "GOV")


def test_actors_appositions_a_name_after_a_phrase_of_place_takes_nothing_from_it(nlp):
    found = mentions(nlp, "At the Iranian border crossing, Reza Amiri Moghaddam met the chief "
                          "minister on Monday.")
    person = next(m for m in found if "Moghaddam" in m["text"])["actor"]
    assert person["country"] is None


def test_actors_appositions_a_description_after_a_known_body_is_that_body(nlp):
    found = mentions(nlp, "The man was questioned by the Syrian Democratic Forces (SDF), a "
                          "US-backed Kurdish militia, on Saturday.")
    militia = at(found, "a US-backed Kurdish militia")
    assert militia["actor"]["code"] == "SDF" and militia["via"] == "apposition"


def test_actors_appositions_a_group_described_after_a_known_body_becomes_a_mention(nlp):
    found = mentions(nlp, "The deal between the army and the Arakan Army, an al-Qaeda-linked "
                          "group, ended the siege.")
    group = at(found, "al-Qaeda-linked group")
    assert group["actor"]["code"] == "ARAKANARMY" and group["via"] == "apposition"
    assert at(found, "al-Qaeda")["actor"]["code"] == "AQ"


def test_actors_appositions_a_description_after_a_person_or_a_list_is_not_the_body(nlp):
    found = mentions(nlp, "Hamas and Hezbollah, a Lebanese group, met Ali Khan, a farmer.")
    assert (at(found, "farmer") or {}).get("via") != "apposition"
    found = mentions(nlp, "The report was sent to Egypt, a country where rights groups are "
                          "banned.")
    assert all(m["via"] != "apposition" for m in found)
