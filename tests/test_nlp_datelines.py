"""Datelines end a sentence before the parser reads the story's first clause."""

from __future__ import annotations

import pytest
import spacy

from faultlines import pipeline
from faultlines.nlp import datelines, extensions
from faultlines.nlp.datelines import DatelineSplitter


@pytest.fixture(scope="module")
def blank():
    extensions.register()
    return spacy.blank("en")


def first_word_after(blank, text: str) -> list[str]:
    """The words the dateline stage makes sentence starts."""
    doc = DatelineSplitter()(blank(text))
    return [t.text for t in doc[1:] if t.is_sent_start]


@pytest.mark.parametrize("text, first", [
    ("LUSAKA, Zambia -- The army said on Monday ...", "The"),
    ("THE HAGUE -- A tribunal ruled ...", "A"),
    ("NAIROBI (AP) - Police arrested ...", "Police"),
    ("OSLO, March 3 (Reuters) - Norway's government said ...", "Norway"),
    ("GAZA CITY, Gaza Strip -- Hamas fired ...", "Hamas"),
    ("DHAKA: Bangladesh's prime minister met ...", "Bangladesh"),
    ("KABUL (Pajhwok): The president met ...", "The"),  # the colon written onto the bracket
    ('ROME (AP) " Italy\'s premier said ...', "Italy"),  # a dash the feed made a quote mark
])
def test_datelines_end_where_the_story_begins(blank, text, first):
    assert first_word_after(blank, text) == [first]


@pytest.mark.parametrize("text", [
    "US - China talks resumed on Monday.",  # two capitals are an acronym, not a city
    "NATO Secretary General Jens Stoltenberg: we stand ready.",  # a title after the capitals
    "Washington - the Senate voted on Monday.",  # only capitals open a dateline
    "KENYA votes - and the count is slow.",  # the dash is followed by no clause start
])
def test_datelines_leave_other_openings_alone(blank, text):
    assert first_word_after(blank, text) == []


def test_datelines_are_found_at_every_line_start(blank):
    text = "Headline of the day\nSANAA, Yemen -- Rebels seized the port."
    assert first_word_after(blank, text) == ["Rebels"]


def test_datelines_let_the_first_clause_keep_its_subject(nlp):
    # Parsed whole, "BAMAKO" would be the subject of "attacked" and the troops its apposition.
    article = pipeline.code_text(
        nlp, "BAMAKO, Mali -- French troops attacked a jihadist camp near Gao on Sunday.",
        published="2021-03-24")
    assert [(e.type, [a.code for a in e.actor]) for e in article.events] == [("ASSAULT", ["FRA"])]


def names(blank, text: str) -> list[str]:
    doc = blank(text)
    return [doc[d["start"]:d["end"]].text for d in datelines.find(doc)]


@pytest.mark.parametrize("text, place", [
    ("BONN 1996-08-30", "BONN"),  # Reuters: a place in capitals and a date, no mark
    ("WASHINGTON (AP) The Latest on the campaign", "WASHINGTON"),  # the agency, no mark
    ("Nairobi - The minister resigned on Monday.", "Nairobi"),  # title case at a line's start
    ("Barn burns down. HUDSON -- Officials said ...", "HUDSON"),  # after the headline's stop
    ("By Kim Lee, March 15, 2009 NEWARK -- The council met.", "NEWARK"),  # after a byline
    ("ST. PARIS — Scott Randall said ...", "ST. PARIS"),  # an abbreviation in the place
    ("COLUMBIA --- South Carolina's governor said ...", "COLUMBIA"),  # a triple dash
    ("LOUISVILLE, KY--(Marketwire - December 23, 2010) - The company ...", "LOUISVILLE"),
    ("Storm overturns rigs. SALINA, Kan. Strong winds toppled ...", "SALINA"),  # AP, no mark
    ("BIRMINGHAM, England 1996-08-31", "BIRMINGHAM"),  # Reuters, with the region
])
def test_datelines_are_recorded_with_their_place(blank, text, place):
    assert names(blank, text) == [place]


@pytest.mark.parametrize("text", [
    "US-backed fighters retook the town.",  # a hyphen joining words is no mark
    "The Sudanese Armed Forces (SAF), led by General Burhan, said ...",  # a body's acronym
    "A 5-5 ruling would leave the decision standing.",  # one letter is no place
])
def test_datelines_are_not_hyphenated_words_or_brackets(blank, text):
    """Regression (issue 14): the actors stage's own detector took "US-backed", "(SAF)" and the
    entity ruler's "A 5-5" for datelines, so US, SAF and A were no actors or a GPE."""
    assert names(blank, text) == []


def test_datelines_region_and_agency_are_a_datelines_names(blank):
    doc = blank("LIMA, Peru (AP) -- A judge ordered the arrest of the mayor.")
    [found] = datelines.find(doc)
    assert [doc[s:e].text for s, e in found["parts"]] == ["Peru", "AP"]
    assert doc[found["body"]].text == "A" and found["upper"] and not found["dated"]


@pytest.mark.parametrize("text, cities", [
    ("MOGADISHU/NAIROBI: Clashes between rival militias killed eight.", ["NAIROBI"]),
    ("ISLAMABAD / WASHINGTON: The two governments signed a trade deal.", ["WASHINGTON"]),
    ("BEIRUT/GAZA/JERUSALEM: Air strikes hit the south.", ["GAZA", "JERUSALEM"]),
])
def test_datelines_of_cities_joined_by_slashes_name_every_city(blank, text, cities):
    doc = blank(text)
    [found] = datelines.find(doc)
    assert [doc[s:e].text for s, e in found["parts"]] == cities
    assert first_word_after(blank, text) == [text.split(": ")[1].split()[0]]


@pytest.mark.parametrize("text", [
    "US/China: trade talks resume on Monday",  # two acronyms are no cities
    "The Israel/Gaza war: what we know",  # no capitals
])
def test_datelines_slashes_outside_capital_cities_open_none(blank, text):
    assert names(blank, text) == []


@pytest.mark.parametrize("text, actors", [
    # the second city's state (Kenya) is no actor of a story filed from it
    ("MOGADISHU/NAIROBI: Clashes between rival militias in Puntland killed eight people.", []),
    ("KHARTOUM/OMDURMAN: Shelling by the paramilitary Rapid Support Forces killed six "
     "civilians.", ["Rapid Support Forces"]),
])
def test_datelines_joined_cities_are_no_actors(nlp, text, actors):
    article = pipeline.code_text(nlp, text, published="2025-03-10")
    assert {a.name for e in article.events for a in e.actor} <= set(actors)
    assert not any(a.code == "KEN" for e in article.events for a in e.actor)


def test_nlp_datelines_a_name_opening_a_bullet_item_is_no_dateline(nlp):
    doc = nlp("Summary\n\n• NATO: Allies agreed to send more troops to Poland.\n\nMore text.")
    assert "NATO" in [m["text"] for m in doc._.mentions]
