"""Long texts in windows of paragraphs: nothing lost at the cuts, every offset into the whole."""

from __future__ import annotations

from faultlines import pipeline, windows
from faultlines.ingest.draft import Draft
from faultlines.options import CodingOptions

PARAGRAPHS = [
    "Azerbaijan attacked Armenian positions near Lachin on Tuesday, the ministry said.",
    "“We will not stop,” Azerbaijan said in a statement on Wednesday.",
    "Russia urged both sides to return to talks in Moscow.",
    "Turkey sent its foreign minister to Baku on Thursday.",
    "Iran accused Israel of stoking the conflict.",
]


def test_windows_split_pieces_join_back_to_the_text_and_end_at_paragraphs():
    text = "\n\n".join(PARAGRAPHS)
    pieces = windows.split(text, 150)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 150 for _, piece in pieces)
    assert [start for start, _ in pieces] == [text.index(p[:20]) for _, p in pieces]
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])


def test_windows_split_a_text_without_breaks_anywhere():
    text = "x" * 2500
    assert [len(piece) for _, piece in windows.split(text, 1000)] == [1000, 1000, 500]


def test_windows_a_text_coded_in_windows_finds_what_one_pass_finds(nlp):
    """Cut at paragraph breaks, the paragraphs code as they do in one pass, and every offset
    is moved into the whole text."""
    text = "\n\n".join(PARAGRAPHS)
    draft = Draft(text=text, origin="x", published="2023-09-19")
    (whole, whole_errors), = pipeline.code_drafts(nlp, [draft])
    (cut, cut_errors), = pipeline.code_drafts(nlp, [draft], CodingOptions(window_chars=150))
    assert whole_errors == cut_errors == []
    assert cut.text == whole.text == text

    def spans(article):
        return ([(e.text, e.start) for e in article.entities],
                [(e.type, e.trigger.start) for e in article.events],
                [(q.text, q.start) for q in article.quotes],
                [(p.name, p.start) for p in article.places])

    assert spans(cut) == spans(whole)
    assert len(cut.events) >= 3


def test_windows_a_text_longer_than_spacy_takes_is_coded_with_offsets_into_it(nlp):
    """Over 1,000,000 characters, spaCy's E088 used to stop the run (issue 18)."""
    story = "Russia urged Armenia and Azerbaijan to resume talks on Friday."
    text = "\n\n".join(f"{story}\n\n{'x' * 9000}" for _ in range(120))
    assert len(text) > nlp.max_length
    (article, errors), = pipeline.code_drafts(nlp, [Draft(text=text, origin="x")])
    assert errors == [] and len(article.events) == 120
    assert all(article.text[e.start:e.end] == e.text for e in article.entities)
    assert all(article.text[e.trigger.start:e.trigger.end] == e.trigger.text
               for e in article.events)
    assert len({e.trigger.start for e in article.events}) == 120
