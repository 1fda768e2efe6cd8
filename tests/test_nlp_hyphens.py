"""A prefixed word stays one token (nlp/hyphens.py): the parse of "launched a counter - attack"
loses the act, while "counter-ISIS" and "Iran-backed" must keep their names apart for the
actors stage."""

from __future__ import annotations

import pytest

from faultlines.nlp.hyphens import infix_pattern


@pytest.mark.parametrize("text, tokens", [
    ("Iraq launched a counter-attack.", ["Iraq", "launched", "a", "counter-attack", "."]),
    ("A Cease-fire holds.", ["A", "Cease-fire", "holds", "."]),
    ("closer co-operation", ["closer", "co-operation"]),
    ("they re-imposed sanctions", ["they", "re-imposed", "sanctions"]),
    # a name after the prefix, another prefix, a dash of two hyphens: split as spaCy does
    ("counter-ISIS forces", ["counter", "-", "ISIS", "forces"]),
    ("Iran-backed militias", ["Iran", "-", "backed", "militias"]),
    ("anti-government protests", ["anti", "-", "government", "protests"]),
    ("a counter--attack", ["a", "counter", "--", "attack"]),
    ("encounter-based", ["encounter", "-", "based"]),
])
def test_nlp_hyphens_keep_a_prefixed_word_whole(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_nlp_hyphens_refuse_a_tokenizer_without_spacys_hyphen_rule():
    with pytest.raises(ValueError, match="hyphen infix rule"):
        infix_pattern(r"(?<=[a-z])[,;](?=[a-z])", frozenset({"counter"}))


@pytest.mark.parametrize("text, word, lemma", [
    ("Kenya and Uganda are co-hosting the summit.", "co-hosting", "co-host"),
    ("Kenyan troops counter-attacked at dawn.", "counter-attacked", "counter-attack"),
    ("Kenya re-imposed sanctions.", "re-imposed", "re-impose"),
])
def test_nlp_hyphens_a_prefixed_word_takes_the_lemma_of_the_word_it_joins(nlp, text, word, lemma):
    assert [t.lemma_ for t in nlp(text) if t.text == word] == [lemma]
