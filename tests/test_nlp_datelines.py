"""Datelines end a sentence before the parser reads the story's first clause."""

from __future__ import annotations

import pytest
import spacy

from faultlines import pipeline
from faultlines.nlp.datelines import DatelineSplitter


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def first_word_after(blank, text: str) -> list[str]:
    doc = blank(text)
    return [doc[i].text for i in DatelineSplitter().find(doc)]


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
