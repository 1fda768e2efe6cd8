"""Toponym resolution, on hand-built parses and a hand-built gazetteer, so that neither a model
update nor a new city list can move these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from faultlines.nlp import extensions
from faultlines.places import geoparse, place_for_span, positions
from faultlines.places.gazetteer import Entry, Gazetteer

TEXAS = Entry("Texas", "USA", 31.5, -99.3, "admin1", 0, None, "TX")
TENNESSEE = Entry("Tennessee", "USA", 35.9, -86.4, "admin1", 0, None, "TN")
FRANCE = Entry("France", "FRA", 46.2, 2.2, "country", 67000000, 3017382)
NKR = Entry("Nagorno-Karabakh", "NKR", 39.82, 46.76, "territory")
CITIES = [(2988507, "Paris", 48.85, 2.35, "FRA", 2138551, "11"),
          (4717560, "Paris", 33.66, -95.56, "USA", 24782, "TX"),
          (4647963, "Paris", 36.30, -88.33, "USA", 10156, "TN"),
          (524901, "Moscow", 55.75, 37.62, "RUS", 10381222, "48"),
          (146970, "Khankendi", 39.8177, 46.7528, "AZE", 2100, "61")]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    g = Gazetteer()
    for i, row in enumerate(CITIES):
        g.cities.append(row)
        g.add_city_name(row[1].casefold(), i)
    g.add_city_name("stepanakert", 4)
    for area, names in ((TEXAS, ["Texas"]), (TENNESSEE, ["Tennessee"]), (FRANCE, ["France"]),
                        (NKR, ["Nagorno-Karabakh"])):
        g.add_area(area, names)
    g.abbreviations["tenn"] = [TENNESSEE]
    return g


@pytest.fixture(scope="module")
def vocab():
    extensions.register()
    return spacy.blank("en").vocab


def parse(vocab, words, heads, deps, pos, ents, lemmas=None, tags=None) -> Doc:
    """A Doc with a hand-written parse; `heads` are absolute token indexes."""
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents,
              lemmas=lemmas or [w.lower() for w in words], tags=tags)
    return extensions.ensure_lists(doc)


def rodeo_in_paris(vocab, region: str) -> Doc:
    # "The rodeo in Paris drew crowds from across <region> ."
    words = ["The", "rodeo", "in", "Paris", "drew", "crowds", "from", "across", region, "."]
    return parse(vocab, words, [1, 4, 1, 2, 4, 4, 4, 6, 7, 4],
                 ["det", "nsubj", "prep", "pobj", "ROOT", "dobj", "prep", "pcomp", "pobj",
                  "punct"],
                 ["DET", "NOUN", "ADP", "PROPN", "VERB", "NOUN", "ADP", "ADP", "PROPN", "PUNCT"],
                 ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"])


def test_places_geoparse_paris_in_a_texas_story_is_paris_texas(vocab, gaz):
    places = geoparse.resolve(rodeo_in_paris(vocab, "Texas"), gaz)
    assert [(p["name"], p["country"]) for p in places] == [("Paris", "USA"), ("Texas", "USA")]
    assert places[0]["geonameid"] == 4717560


def test_places_geoparse_paris_in_a_france_story_is_the_capital(vocab, gaz):
    places = geoparse.resolve(rodeo_in_paris(vocab, "France"), gaz)
    assert places[0]["geonameid"] == 2988507 and places[1]["feature"] == "country"


def test_places_geoparse_comma_abbreviation_is_a_container(vocab, gaz):
    # "He lives in Paris , Tenn ."
    doc = parse(vocab, ["He", "lives", "in", "Paris", ",", "Tenn.", "."],
                [1, 1, 1, 2, 3, 3, 1], ["nsubj", "ROOT", "prep", "pobj", "punct", "appos",
                                         "punct"],
                ["PRON", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"],
                ["O", "O", "O", "B-GPE", "O", "B-GPE", "O"])
    places = geoparse.resolve(doc, gaz)
    assert places[0]["geonameid"] == 4647963
    assert places[1]["name"] == "Tennessee"


def test_places_geoparse_x_the_capital_of_y_pattern(vocab, gaz):
    # "explosions in Stepanakert , the capital of Nagorno-Karabakh"
    words = ["explosions", "in", "Stepanakert", ",", "the", "capital", "of", "Nagorno-Karabakh"]
    doc = parse(vocab, words, [0, 0, 1, 2, 5, 2, 5, 6],
                ["ROOT", "prep", "pobj", "punct", "det", "appos", "prep", "pobj"],
                ["NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN"],
                ["O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE"])
    found = list(geoparse.find(doc, gaz))
    assert found[0].container == [NKR]
    doc._.places = geoparse.resolve(doc, gaz)
    assert doc._.places[0]["text"] == "Stepanakert" and doc._.places[0]["name"] == "Khankendi"
    # an event's place: the city before the territory
    assert place_for_span(doc, 0, len(doc.text)) == doc._.places[0]


def test_places_geoparse_subject_of_an_action_is_an_actor_not_a_place(vocab, gaz):
    # "Moscow said . Protesters gathered in Moscow ."
    words = ["Moscow", "said", ".", "Protesters", "gathered", "in", "Moscow", "."]
    doc = parse(vocab, words, [1, 1, 1, 4, 4, 4, 5, 4],
                ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"],
                ["PROPN", "VERB", "PUNCT", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
                ["B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O"],
                lemmas=["Moscow", "say", ".", "protester", "gather", "in", "Moscow", "."])
    places = geoparse.resolve(doc, gaz)
    assert [(p["text"], p["start"]) for p in places] == [("Moscow", doc[6].idx)]


def test_places_positions_place_verbs_and_participles(vocab):
    words = positions.load()
    has = parse(vocab, ["Texas", "has", "oil"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                ["PROPN", "VERB", "NOUN"], ["B-GPE", "O", "O"], lemmas=["Texas", "have", "oil"])
    assert not positions.acts(has.ents[0], words)
    led = parse(vocab, ["the", "Moscow", "-", "led", "CSTO"], [4, 3, 3, 4, 4],
                ["det", "npadvmod", "punct", "amod", "ROOT"],
                ["DET", "PROPN", "PUNCT", "VERB", "PROPN"], ["O", "B-GPE", "O", "O", "B-ORG"],
                tags=["DT", "NNP", "HYPH", "VBN", "NNP"])
    assert positions.acts(led.ents[0], words)


def _metonym(doc: Doc, i: int) -> dict:
    return {"start": i, "end": i + 1, "start_char": doc[i].idx, "end_char": doc[i].idx + 6,
            "text": doc[i].text, "label": "GPE", "via": "metonym", "head": i, "actor": None}


def test_places_geoparse_actor_stage_metonym_is_not_a_place(vocab, gaz):
    # "Moscow 's lack of support": a possessive is a place unless the actors stage says metonym
    doc = parse(vocab, ["Moscow", "'s", "lack", "of", "support"], [2, 0, 2, 2, 3],
                ["poss", "case", "ROOT", "prep", "pobj"], ["PROPN", "PART", "NOUN", "ADP", "NOUN"],
                ["B-GPE", "O", "O", "O", "O"])
    assert [p["text"] for p in geoparse.resolve(doc, gaz)] == ["Moscow"]
    doc._.mentions = [_metonym(doc, 0)]
    assert geoparse.resolve(doc, gaz) == []


def test_places_geoparse_metonym_after_a_locative_preposition_stays_a_place(vocab, gaz):
    doc = rodeo_in_paris(vocab, "Texas")
    doc._.mentions = [_metonym(doc, 3)]
    assert [p["text"] for p in geoparse.resolve(doc, gaz)] == ["Paris", "Texas"]


def test_places_geoparse_unresolvable_name_leaves_the_others(vocab, gaz):
    # "Refugees fled from Xyzzyville to Paris , France ."
    words = ["Refugees", "fled", "from", "Xyzzyville", "to", "Paris", ",", "France", "."]
    doc = parse(vocab, words, [1, 1, 1, 2, 1, 4, 5, 5, 1],
                ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct", "appos", "punct"],
                ["NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"],
                ["O", "O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O"])
    places = geoparse.resolve(doc, gaz)
    assert [p["text"] for p in places] == ["Paris", "France"]
    assert places[0]["country"] == "FRA"
