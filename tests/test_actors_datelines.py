"""Wire datelines ("KABUL —", "WASHINGTON (Reuters) -") say where a story was filed: they are
no actor mentions, and a title never reaches back across their dash. Team-written lines."""

from __future__ import annotations

import pytest

from faultlines import pipeline
from faultlines.ingest.draft import Draft


def texts(nlp, text: str) -> list[str]:
    doc = nlp(pipeline.make_doc(nlp, Draft(text=text, origin="<test>", published="2023-09-19")))
    return [m["text"] for m in doc._.mentions]


@pytest.mark.parametrize("text", [
    "NAIROBI — The minister resigned on Monday.",
    "NAIROBI (AFP) - The minister resigned on Monday.",
    "NAIROBI (Capital FM): The minister resigned on Monday.",
    'NAIROBI (AP) " The minister resigned on Monday.',
    "Nairobi - The minister resigned on Monday.",
])
def test_actors_datelines_are_no_mentions(nlp, text):
    assert not any("airobi" in t.lower() for t in texts(nlp, text))


def test_actors_datelines_state_after_the_city_is_no_mention(nlp):
    found = texts(nlp, "LIMA, Peru -- A judge ordered the arrest of the mayor.")
    assert "Peru" not in found and "LIMA" not in found


def test_actors_datelines_title_stops_at_the_dash(nlp):
    found = texts(nlp, "Ottawa - Canadian Prime Minister Justin Trudeau met the envoy.")
    assert "Canadian Prime Minister Justin Trudeau" in found


def test_actors_datelines_a_headline_of_two_states_keeps_both(nlp):
    found = texts(nlp, "Russia - Ukraine talks resumed on Monday.")
    assert "Russia" in found and "Ukraine" in found


def test_actors_datelines_give_the_story_state_to_a_bare_organ(nlp):
    doc = nlp(pipeline.make_doc(nlp, Draft(text="MANILA — The army said two soldiers died.",
                                           origin="<test>", published="2023-09-19")))
    army = next(m for m in doc._.mentions if m["text"] == "The army")
    assert army["actor"]["country"] == "PHL"


def test_actors_datelines_the_filing_agency_is_no_mention(nlp):
    found = texts(nlp, "LIMA, Peru (AP) -- A judge ordered the arrest of the mayor.")
    assert "AP" not in found


@pytest.mark.parametrize("text, name", [
    ("UN-sponsored talks in Geneva began on Monday.", "UN"),
    ("The Sudanese Armed Forces (SAF) said they had retaken the bridge.", "SAF"),
])
def test_actors_datelines_a_hyphen_or_a_bracket_makes_no_dateline(nlp, text, name):
    """Regression (issue 14): the actors stage's own dateline test read "UN-sponsored" and "(SAF)"
    as datelines; it now reads the dateline stage's record, which has none here."""
    assert name in texts(nlp, text)


def test_actors_datelines_a_place_of_common_words_is_no_body(nlp):
    found = texts(nlp, "UNITED NATIONS: Pakistan called for a conference on Gaza.")
    assert found == ["Pakistan"]
