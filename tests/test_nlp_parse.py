"""Shared parse predicates, on hand-built parses (no model: spaCy's tests' way)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from faultlines.nlp import parse

VOCAB = spacy.blank("en").vocab


def parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str] | None = None,
           pos: list[str] | None = None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_nlp_parse_subject_of_a_coordinated_verb_is_the_first_verbs():
    # "Peskov addressed reporters and said ..."
    doc = parsed(["Peskov", "addressed", "reporters", "and", "said"], [1, 1, 1, 1, 1],
                 ["nsubj", "ROOT", "dobj", "cc", "conj"], pos=["PROPN", "VERB", "NOUN", "CCONJ",
                                                               "VERB"])
    assert parse.subject_of(doc[4]).text == "Peskov"


def test_nlp_parse_subject_of_a_relative_clause_is_its_noun():
    # "the ministry, which said ..."
    doc = parsed(["the", "ministry", "which", "said"], [1, 1, 3, 1],
                 ["det", "ROOT", "nsubj", "relcl"])
    assert parse.subject_of(doc[3]).text == "ministry"


def test_nlp_parse_a_reported_clause_keeps_no_subject_of_its_speaker():
    # "said attacked" (a clause after its verb without a subject of its own)
    doc = parsed(["Kyiv", "said", "attacked"], [1, 1, 1], ["nsubj", "ROOT", "ccomp"],
                 pos=["PROPN", "VERB", "VERB"])
    assert parse.subject_of(doc[2]) is None


def test_nlp_parse_climb_reaches_the_word_a_conjunct_stands_in_for():
    # "in Azerbaijan and Armenia"
    doc = parsed(["in", "Azerbaijan", "and", "Armenia"], [0, 0, 1, 1],
                 ["ROOT", "pobj", "cc", "conj"])
    assert parse.climb(doc[3], ("conj",)).text == "Azerbaijan"
    assert parse.pobj(parse.child(doc[0], "pobj").head).text == "Azerbaijan"
    assert [t.text for t in parse.conjuncts(doc[1])] == ["Azerbaijan", "Armenia"]
    assert [t.text for t in parse.conjuncts(doc[3])] == ["Armenia"]


def test_nlp_parse_negated_passive_and_infinitive():
    # "was not attacked", "to act"
    doc = parsed(["was", "not", "attacked", "to", "act"], [2, 2, 2, 4, 2],
                 ["auxpass", "neg", "ROOT", "aux", "advcl"], tags=["VBD", "RB", "VBN", "TO", "VB"])
    assert parse.negated(doc[2]) and parse.is_passive(doc[2]) and not parse.negated(doc[4])
    assert parse.infinitive(doc[4]) and not parse.infinitive(doc[2])


def test_nlp_parse_line_start_is_the_first_token_or_one_after_a_break():
    doc = Doc(VOCAB, words=["KABUL", "\n", "Talks", "began"], spaces=[False, False, True, False])
    assert parse.line_start(doc, 0) and parse.line_start(doc, 2) and not parse.line_start(doc, 3)
