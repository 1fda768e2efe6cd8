"""Descriptions that name a state by their words (actors/epithets.py, kb/epithets.yaml): "the
Baltic nation" is the one Baltic state named before it, and nothing where none or several
fit. Team-written sentences."""

from __future__ import annotations

from tests.test_actors_nouns import mentions


def described(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(m["text"], m["actor"]["country"]) for m in mentions(nlp, text)
            if m["via"] == "description"]


def test_actors_epithets_a_regional_word_picks_the_one_state_it_fits(nlp):
    found = described(nlp, "Lithuania has taken Belarus to court. The Baltic nation is "
                           "seeking damages.")
    assert found == [("The Baltic nation", "LTU")]


def test_actors_epithets_a_kingdom_is_the_one_monarchy_named_before(nlp):
    found = described(nlp, "Saudi Arabia and Iran restored ties in March. The kingdom will "
                           "reopen its embassy.")
    assert found == [("The kingdom", "SAU")]


def test_actors_epithets_a_continent_word_narrows_to_its_states(nlp):
    found = described(nlp, "France pledged aid to Kenya on Monday. The African nation has "
                           "suffered floods.")
    assert found == [("The African nation", "KEN")]


def test_actors_epithets_a_place_named_as_a_destination_is_an_antecedent(nlp):
    found = described(nlp, "Trump flew to Qatar from Washington. The Gulf state signed a deal.")
    assert found == [("The Gulf state", "QAT")]


def test_actors_epithets_two_fitting_states_give_no_mention(nlp):
    assert described(nlp, "Lithuania and Latvia expelled diplomats. The Baltic nation said "
                          "more would follow.") == []


def test_actors_epithets_a_description_with_no_narrowing_word_is_left_alone(nlp):
    assert described(nlp, "Nepal held talks with India. The country said it would act.") == []


def test_actors_epithets_a_state_named_after_it_is_no_antecedent(nlp):
    assert described(nlp, "The Baltic nation, Lithuania, filed the case.") == []
