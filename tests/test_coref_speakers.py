"""First-person pronouns inside a quotation stand for its speaker, where one speaker outside the
quotation marks cues it; team-written sentences, some of which must link nothing."""

from __future__ import annotations

import pytest

from faultlines.coref import layout, lexicon, speakers
from tests.test_coref_stage import at, coded


@pytest.mark.parametrize("text, pronoun, name", [
    ("“We arrested them during fighting,” the Arakan Army said in a post.", "We", "Arakan Army"),
    ("Trump wrote on social media: “I have just spoken to the prime minister of Thailand.”",
     "I", "Donald Trump"),
    ("“Our forces will not withdraw,” the Russian defence ministry said on Monday.", "Our",
     "RUS"),
])
def test_coref_speakers_first_person_in_a_quote_is_its_speaker(nlp, text, pronoun, name):
    actor = at(coded(nlp, text), pronoun)
    assert actor is not None and name in (actor.get("name"), actor.get("country"))


@pytest.mark.parametrize("text, pronoun", [
    ("We arrested them during fighting, the Arakan Army said in a post.", "We"),  # no quote
    ("“We will never give up,” the crowd chanted outside the ministry.", "We"),  # no actor
    ("“We want peace,” Zelensky said, before Putin told reporters: “We want it too.”", "We"),
    ("“I will resign,” the Arakan Army said.", "I"),  # "I" is a person speaking
])
def test_coref_speakers_links_nothing_without_one_fitting_speaker(nlp, text, pronoun):
    assert at(coded(nlp, text), pronoun) is None


def test_coref_speakers_a_private_persons_we_is_no_one_named(nlp):
    doc = coded(nlp, "“We are marching against police brutality,” said Anthony, a student.")
    assert at(doc, "We") is None


def test_coref_speakers_a_private_persons_i_is_no_one_named(nlp):
    doc = coded(nlp, "Asked why he came, the man says: “I came here to help people.”")
    assert at(doc, "I") is None


def test_coref_speakers_finds_the_cue_in_the_sentence_after_headings(nlp):
    """Headings share the number of the sentence after them (layout.py), so the quotation's
    sentence is found by its number, not as the parse's n-th sentence."""
    doc = nlp("Moscow answers\n\nThe ministry spoke on Monday.\n\nA reply\n\n“Our forces will "
              "not withdraw,” the Russian defence ministry said.")
    cues = speakers.speakers(doc, layout.Layout.of(doc), lexicon.load().speech_verbs)
    assert [(doc[i].text, doc[s].text) for i, s in cues.items()] == [("Our", "ministry")]
