"""The resolver's parts: its words file, which phrases are anaphors, and where tokens stand."""

from __future__ import annotations

import pytest

from faultlines import errors
from faultlines.coref import anaphors, layout, lexicon


@pytest.fixture(scope="module")
def words() -> lexicon.Lexicon:
    return lexicon.load()


def test_coref_lexicon_loads_and_knows_pronouns_and_descriptions(words) -> None:
    assert words.pronouns["its"].form == "possessive"
    assert words.pronouns["they"].number == "pl"
    assert words.descriptions["countries"].pair
    assert words.descriptions["premier"].roles


def test_coref_lexicon_names_a_bad_entry() -> None:
    data = {"pronouns": {"it": {"number": "one", "stands_for": "thing", "form": "subject"}},
            "descriptions": {}, "determiners": [], "agent_verbs": [], "speech_verbs": [],
            "honorifics": [], "actor_possessions": [], "hostile_verbs": [], "judging_verbs": [],
            "censure_verbs": []}
    with pytest.raises(errors.KBError, match="pronouns.it"):
        lexicon.parse(data)
    data["pronouns"] = {}
    data["descriptions"] = {"bloc": {"wants": "igos"}}
    with pytest.raises(errors.KBError, match="descriptions.bloc"):
        lexicon.parse(data)


def _anaphors(nlp, text: str, words) -> list[str]:
    doc = nlp(text)
    return [doc[a.start:a.end].text for a in anaphors.find(doc, words)
            if a.description is not None]


@pytest.mark.parametrize("text, expected", [
    ("The group said it would fight.", ["The group"]),
    ("Both countries recalled their envoys.", ["Both countries"]),
    ("The Lebanese army said it would deploy.", []),
    ("The government of Uganda denied the report.", []),
    ("The Kremlin's spokesman denied it.", []),
    ("Rahman, the chief of Jamaat-e-Islami, urged talks.", []),
    ("Political parties met in Dhaka.", []),
])
def test_coref_anaphors_descriptions_point_back_only_when_they_name_no_actor(
        nlp, words, text, expected) -> None:
    assert _anaphors(nlp, text, words) == expected


def test_coref_anaphors_mark_extraposed_it_as_expletive(nlp, words) -> None:
    doc = nlp("It is unclear whether the army made it clear that it would stay.")
    marked = [a.expletive for a in anaphors.find(doc, words) if a.pronoun is not None]
    assert marked == [True, True, False]


def test_coref_layout_counts_paragraphs_and_quotes(nlp) -> None:
    doc = nlp('Putin spoke. "We will win," he said.\n\nZelensky replied.')
    where = layout.Layout.of(doc)
    by_text = {t.text: i for i, t in enumerate(doc)}
    assert where.quoted[by_text["win"]] and not where.quoted[by_text["said"]]
    assert where.paragraph[by_text["Putin"]] == 0 and where.paragraph[by_text["Zelensky"]] == 1
    assert where.sentence[by_text["Putin"]] < where.sentence[by_text["said"]]


@pytest.mark.parametrize("unfinished", [
    "Scholz rebukes Vance",  # a heading
    "Scholz rebuked Vance on Friday –",  # broken off
    "Scholz said on Friday:",  # opening what follows
])
def test_coref_layout_counts_a_paragraph_without_a_stop_with_the_sentence_after_it(
        nlp, unfinished) -> None:
    """A sentence ends where its writer put a stop: a paragraph without one (a heading, a line
    broken off or opening a quotation) is no sentence of its own to the count, though the parse
    ends one there. The paragraph before it stays one sentence back from the sentence after it,
    and its own words stand as near as that sentence."""
    doc = nlp(f"Scholz met Vance on Friday.\n\n{unfinished}\n\nAt the conference, he spoke.")
    where = layout.Layout.of(doc)
    starts = [t.i for t in doc if t.is_sent_start]
    assert [doc[i].text for i in starts[1:]] == ["Scholz", "At"]
    assert where.sentence[starts[1]] == where.sentence[starts[2]] == 1
    assert where.sentence[starts[0]] == 0


@pytest.mark.parametrize("text", [
    "Scholz met Vance.\n\nScholz rebuked Vance.\n\nAt the conference, he spoke.",  # a stop
    "Scholz met Vance.\n\n“Scholz rebuked Vance!”\n\nAt the conference, he spoke.",  # quoted
    "Scholz met Vance. Scholz rebuked Vance on Friday\nAt the conference, he spoke.",  # a line
])
def test_coref_layout_counts_every_sentence_that_ends_with_a_stop_or_no_paragraph(
        nlp, text) -> None:
    doc = nlp(text)
    where = layout.Layout.of(doc)
    assert where.sentence[len(doc) - 1] == len(list(doc.sents)) - 1


def test_coref_layout_numbers_each_quotation(nlp) -> None:
    doc = nlp('"We will win," Putin said. "They will lose," he added.')
    where = layout.Layout.of(doc)
    by_text = {t.text: i for i, t in enumerate(doc)}
    assert where.quote[by_text["win"]] == 0 and where.quote[by_text["lose"]] == 1
    assert where.quote[by_text["Putin"]] == -1


def test_coref_layout_controller_is_the_object_of_a_complement_and_else_the_subject(nlp) -> None:
    doc = nlp("Lebanon urged Israel to withdraw. Trump ambushed Ramaphosa by playing a video.")
    by_text = {t.text: t for t in doc}
    assert layout.controller(by_text["withdraw"]).text == "Israel"
    assert layout.controller(by_text["playing"]).text == "Trump"
