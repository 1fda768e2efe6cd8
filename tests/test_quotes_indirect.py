"""Indirect speech: a speech verb and the clause it reports, with the verb's subject speaking."""

from __future__ import annotations

import pytest

from tests.test_quotes_speakers import PETROVA, quotes, speaker


@pytest.mark.parametrize("text, clause, cue", [
    ("Petrova said the ceasefire had collapsed.", "the ceasefire had collapsed", "said"),
    ("Petrova warned that the talks could fail.", "the talks could fail", "warned"),
    ("Petrova urged Moscow to withdraw its troops.", "Moscow to withdraw its troops", "urged"),
    ("Petrova accused Baku of shelling border villages.", "shelling border villages",
     "accused"),
    ("Petrova announced that Georgia would reopen the crossing.",
     "Georgia would reopen the crossing", "announced"),
    # the parser hangs the "that" clause on the document
    ("Petrova said in a press release that Georgia had closed the crossing.",
     "Georgia had closed the crossing", "said"),
])
def test_quotes_indirect_reported_clause_and_speaker(bare_nlp, text: str, clause: str,
                                                     cue: str) -> None:
    (found,) = quotes(bare_nlp, text, [("Petrova", PETROVA)])
    assert (found["kind"], found["text"], found["cue"], speaker(found)) == \
        ("indirect", clause, cue, "Anna Petrova")


def test_quotes_indirect_negated_cue_reports_nothing(bare_nlp) -> None:
    assert quotes(bare_nlp, "Petrova did not say that the talks had failed.",
                  [("Petrova", PETROVA)]) == []


def test_quotes_indirect_clause_holding_a_quote_is_left_to_the_quote(bare_nlp) -> None:
    found = quotes(bare_nlp, "Petrova said Tbilisi was “deeply alarmed” by the shelling.",
                   [("Petrova", PETROVA)])
    assert [q["kind"] for q in found] == ["partial"]


def test_quotes_indirect_no_speech_verb_no_quote(bare_nlp) -> None:
    assert quotes(bare_nlp, "Petrova visited the border and met the soldiers there.",
                  [("Petrova", PETROVA)]) == []


@pytest.mark.parametrize("text, kinds", [
    # the cue of a direct quote: what the parse hangs on it after is who spoke, not a clause
    ("“We will not surrender,” said Petrova speaking at the summit.", ["direct"]),
    # a participle after a partial quote is a cue of its own
    ("Petrova called the plan “deeply wrong”, saying the talks could fail.",
     ["partial", "indirect"]),
    # a "that" clause of a document is reported only when said in it
    ("Responding to reports that Petrova had resigned, the ministry closed the office.", []),
])
def test_quotes_indirect_after_a_closing_mark(bare_nlp, text: str, kinds: list) -> None:
    found = quotes(bare_nlp, text, [("Petrova", PETROVA)])
    assert [q["kind"] for q in found] == kinds
