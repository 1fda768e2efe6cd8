"""The quote stage inside the full pipeline: records of OUTPUT.md, speakers via the actors stage."""

from __future__ import annotations

import pytest

from faultlines.eval.seed import load_gold, score_quotes
from tests.conftest import code

STORY = ("Georgian Foreign Minister Anna Petrova visited Brussels on Monday.\n\n"
         "“Our door to Europe stays open,” Petrova said. “No one will close it.”\n\n"
         "“We expect an answer this year,” she told reporters.\n\n"
         "The army began “counter-terrorist operations” in the south.")


def test_quotes_stage_writes_quote_records_with_resolved_speakers(nlp) -> None:
    article = code(nlp, STORY, published="2024-03-04")
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["Our door to Europe stays open,", "No one will close it.",
                                        "We expect an answer this year,"]
    # the surname and, a paragraph later, the pronoun are the minister named first
    assert [q.speaker.name if q.speaker else None for q in direct] == ["Anna Petrova"] * 3
    assert [q.cue for q in direct] == ["said", "said", "told"]
    assert all(STORY[q.start:q.end] == q.text for q in direct)
    assert not any("counter-terrorist" in q.text for q in article.quotes)


def test_quotes_stage_is_declared_in_the_pipeline(nlp) -> None:
    assert "faultlines_quotes" in nlp.pipe_names
    analysis = nlp.analyze_pipes()
    assert not analysis["problems"]["faultlines_quotes"]


@pytest.mark.gold
def test_quotes_stage_seed_required_quotes_found_none_from_boilerplate(seed_article,
                                                                       shared) -> None:
    gold = load_gold(shared / "eval" / "seed")
    metrics = score_quotes([q.to_dict() for q in seed_article.quotes], gold)
    assert metrics["quotes_required_found"] == metrics["quotes_required"] == 9
    assert metrics["quotes_from_boilerplate"] == 0



def test_quotes_stage_an_empty_span_after_the_quoted_words_is_no_stage_error(nlp) -> None:
    """The quoted words are stripped, so what follows them can be a space between tokens;
    reading the cue there indexed an empty span ([E1002]); found by fuzzing (issue 18)."""
    doc = nlp("\t‘according toRussia—— ’–'‘")
    assert doc._.errors == []
    assert [q["text"] for q in doc._.quotes] == ["according toRussia——"]
