"""Proper names the model left unlabelled where the parse shows an actor (actors/names.py).
Team-written sentences with made-up or rare names."""

from __future__ import annotations

from tests.test_actors_nouns import at, mentions


def test_actors_names_an_unlabelled_name_as_subject_is_an_unknown_actor(nlp):
    found = mentions(nlp, "Pltavchenko cancelled a planned visit to Lima.")
    name = at(found, "Pltavchenko")
    assert name is not None and name["actor"]["kind"] == "unknown"
    assert name["actor"]["country"] is None


def test_actors_names_an_unlabelled_family_as_object_is_an_actor(nlp):
    found = mentions(nlp, "The court awarded the Warmbiers US$501 million.")
    assert at(found, "Warmbiers") is not None


def test_actors_names_capitalised_sector_words_and_headlines_are_no_names(nlp):
    police = mentions(nlp, "On Monday Police arrested two men.")
    assert all(m["actor"]["kind"] != "unknown" for m in police)
    headline = mentions(nlp, "Government Lifts Travel Ban On Visitors")
    assert all(m["actor"]["kind"] != "unknown" for m in headline)


def test_actors_names_an_unknown_name_is_no_antecedent(nlp):
    found = mentions(nlp, "Pltavchenko cancelled the visit, and it angered the mayor.")
    assert at(found, "Pltavchenko")["actor"]["kind"] == "unknown"
    assert at(found, "it") is None


def test_actors_names_a_persons_name_taken_for_a_body_after_an_owner_is_a_person(nlp):
    found = mentions(nlp, "Al Jazeera's Sinem Koseoglu, reporting from Istanbul, said the "
                          "talks had stalled.")
    assert at(found, "Sinem Koseoglu")["actor"]["kind"] == "person"


def test_actors_names_a_body_of_english_words_stays_a_body(nlp):
    found = mentions(nlp, "Radio Free Asia, a broadcaster, said two reporters were held.")
    assert at(found, "Radio Free Asia")["actor"]["kind"] == "organization"
