"""The world's first-level subdivisions (places/subdivisions.py) and the text's own words for
where a place is: "Gedo region", "in Gedo", "Pretoria's city centre", "the town of Kwale",
"Newlands, Cape Town". Team-written sentences, real model and gazetteer."""

from __future__ import annotations

import pytest

from faultlines.places import subdivisions
from faultlines.places.gazetteer import load
from tests.conftest import place_triples


def test_places_subdivisions_named_with_their_kind_are_regions(places_nlp):
    assert ("Gedo region", "SOM", "admin1") in place_triples(
        places_nlp, "Aid convoys reached several villages in Gedo region on Tuesday.")
    assert ("Borno State", "NGA", "admin1") in place_triples(
        places_nlp, "Schools reopened across Borno State after the floods.")


def test_places_subdivisions_bare_name_only_where_the_text_says_a_place():
    gaz = load()
    # "Gedo" is a Somali region and an Ethiopian town: the bare name is kept apart from the
    # areas, for a GPE tag or "in Gedo" to bring in
    assert [e.country for e in gaz.subdivision("Gedo")] == ["SOM"]
    assert not any(e.feature == "admin1" for e in gaz.lookup("Gedo"))
    # a region named after its capital is the capital when named bare
    assert gaz.subdivision("Kassala") == [] and gaz.lookup("Kassala")[0].feature == "city"
    assert [e.name for e in gaz.lookup("Kassala State")] == ["Kassala"]


def test_places_subdivisions_direction_words_are_never_bare_names():
    assert subdivisions.generic("Northern") and subdivisions.generic("Upper East")
    assert not subdivisions.generic("North Darfur")
    assert load().subdivision("Central") == []


def test_places_subdivisions_a_people_is_not_its_region(places_nlp):
    # Ethiopia has a Somali region; "Somali troops" are people, not a place
    assert place_triples(places_nlp, "Somali troops repelled the attack before dawn.") == []


def test_places_possessor_of_a_place_noun_is_a_place(places_nlp):
    found = place_triples(places_nlp, "Nurses marched to the health ministry in Pretoria's city centre.")
    assert ("Pretoria", "ZAF", "city") in found


def test_places_the_town_of_x_is_a_place(places_nlp):
    found = place_triples(places_nlp, "Police shot a suspect in the town of Kwale, south of Mombasa.")
    assert ("Kwale", "KEN", "city") in found


def test_places_a_city_after_a_comma_contains_the_name_before_it(places_nlp):
    # Newlands is also a town of the Cayman Islands and of New Zealand
    found = place_triples(places_nlp, "Residents marched through Newlands, Cape Town, on Saturday.")
    assert found[0][:2] == ("Newlands", "ZAF")


@pytest.mark.parametrize("text, expected", [
    # a region named bare in a story set in its country
    ("Nigerian troops were deployed in Plateau after clashes.", ("Plateau", "NGA", "admin1")),
    ("Gunmen attacked a village in Plateau, Nigeria's central state.",
     ("Plateau", "NGA", "admin1")),
    ("Iranian guards arrested activists in Kurdistan.", ("Kurdistan", "IRN", "admin1")),
    # the same bare word in a story of another country is a sea or a wider region
    ("Iran threatened the Gulf countries on Monday.", None),
    ("Tankers left the Gulf after Iranian warnings.", None),
    ("Turkish jets bombed PKK positions in Kurdistan.", None),
    # a story that names no country keeps the region
    ("Militants shelled villages in Gedo overnight.", ("Gedo", "SOM", "admin1")),
])
def test_places_subdivisions_bare_name_only_in_a_story_of_its_country(places_nlp, text, expected):
    """"the Gulf" of a story about Iran is no province of Papua New Guinea: a subdivision named
    bare counts only where the story's actors or other places are of its country."""
    found = [p for p in place_triples(places_nlp, text) if p[2] == "admin1"]
    assert found == ([expected] if expected else [])
