"""A story's layout ends sentences its punctuation leaves open: paragraphs and list bullets."""

from __future__ import annotations

import pytest
import spacy

from faultlines import pipeline
from faultlines.nlp import breaks, extensions
from faultlines.nlp.datelines import DatelineSplitter


@pytest.fixture(scope="module")
def blank():
    extensions.register()
    return spacy.blank("en")


def opening_words(blank, text: str) -> list[str]:
    doc = blank(text)
    return [doc[i].text for i in breaks.sentence_starts(doc)]


@pytest.mark.parametrize("text, starts", [
    # a paragraph ends at the blank line, though it has no full stop: a heading in the story
    ("Talks resume in Doha\n\nQatar said on Sunday ...", ["Qatar"]),
    ("Scholz rebukes Vance\n\nAt the conference, Scholz spoke.\n\n‘Escalation’\n\nMen fled.",
     ["At", "‘", "Men"]),
    # a paragraph that closes a quotation starts the next one too
    ('"We will respond."\n\nQuestioned about it, he said no.', ["Questioned"]),
    # a list item's paragraph ends at the blank line, though it has no full stop
    ("• Talks resume in Doha\n\nQatar said on Sunday ...", ["Talks", "Qatar"]),
    # bullets opening lines: each bullet, and the summary after it
    ("• Evacuation ordered in Gaza\n\n• UN condemns the move\n\nGAZA: Air strikes ...",
     ["Evacuation", "•", "UN", "GAZA"]),
    # several bullets in one paragraph split the same
    ("• Hits US with tariffs • Fed official warns • Senators ask for a probe",
     ["Hits", "•", "Fed", "•", "Senators"]),
])
def test_breaks_open_sentences_at_paragraphs_and_bullets(blank, text, starts):
    assert opening_words(blank, text) == starts


@pytest.mark.parametrize("text", [
    "The minister said on Monday\nthat talks would resume.",  # a wrapped line is no paragraph
    # a paragraph opening in lower case goes on with the sentence before: the page's markup
    # broke it, not its writer
    "Calls for a de-escalation and\n\nceasefire went unheard.",
    # a story printed on one line (paragraphs joined by spaces) is the parser's, as before
    "Talks resume in Doha. Qatar said on Sunday that the talks would go on.",
    "Turnout was 55•2 per cent, officials said.",  # a bullet inside a word is no list
    "Syria's army retook the town on Sunday.",
])
def test_breaks_leave_running_text_alone(blank, text):
    assert opening_words(blank, text) == []


def test_breaks_are_written_by_the_stage_before_the_parser(blank):
    doc = DatelineSplitter()(blank("• UN condemns the move\n\nBEIJING: China raised tariffs."))
    assert [t.text for t in doc[1:] if t.is_sent_start] == ["UN", "BEIJING", "China"]
    colon = next(t for t in doc if t.text == ":")
    assert colon.is_sent_start is False  # the dateline is one sentence, "BEIJING:"


def test_breaks_keep_a_bullet_out_of_names_and_lines_apart(nlp):
    text = ("• Torch rally held in Muzaffarabad on eve of Kashmir Day\n\n"
            "• US senators ask the SEC for an insider trading probe against Trump\n\n"
            "BEIJING: China increased its tariffs on US imports to 125pc on Friday.")
    article = pipeline.code_text(nlp, text, published="2025-04-11")
    assert not [e.text for e in article.entities if "•" in e.text]
    recipients = [a.text for e in article.events for a in e.recipient]
    assert not [r for r in recipients if "BEIJING" in r]


def test_breaks_a_dateline_after_bullets_joined_into_one_line_is_found(blank):
    """A bullet summary with its paragraphs joined (a scraped page on one line): the dateline
    after the last item still opens the story, and the item ends before it."""
    from faultlines.nlp import datelines

    text = ("• Hits US with a tariff hike • US senators ask for a probe against Trump "
            "BEIJING: China increased its tariffs on Friday.")
    doc = DatelineSplitter()(blank(text))
    assert [doc[d["start"]].text for d in datelines.recorded(doc)] == ["BEIJING"]
    assert [t.text for t in doc[1:] if t.is_sent_start] == ["Hits", "•", "US", "BEIJING",
                                                          "China"]
