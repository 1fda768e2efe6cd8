"""Adjectives that state a tie: "Hungary, which is friendly to Moscow", "forces loyal to the
government", "the Houthis, allied to Iran", "a Kremlin-friendly government"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from faultlines.nlp.parse import pobj, subject_of
from faultlines.ties.claim import Claim
from faultlines.ties.parties import actors_of
from faultlines.ties.patterns import Patterns

# Where the adjective is said of a clause's subject: "X is friendly to Y", "X remains allied
# to Y", "X is the most friendly to Y".
_PREDICATE = ("acomp", "attr", "oprd", "ROOT", "conj")
# Where it qualifies a noun: "forces loyal to Y", "militias allied to Y", "X, hostile to Y".
_QUALIFIER = ("amod", "acl", "appos")


def word_of(token: Token, p: Patterns) -> str | None:
    """The adjective's entry ("friendly", or "allied" read as a verb), else None."""
    for form in (token.lower_, token.lemma_.lower()):
        if form in p.adjectives:
            return form
    return None


def _holder(word: Token) -> Token | None:
    """Who the adjective is said of: the subject of its clause, or the noun it qualifies."""
    if word.pos_ == "VERB" and word.dep_ not in ("amod", "acl"):
        return subject_of(word)  # "the Houthis, who are allied to Iran"
    if word.dep_ in _QUALIFIER and word.head.i != word.i:
        return word.head
    if word.dep_ in _PREDICATE:
        verb = word.head if word.dep_ != "ROOT" else word
        return subject_of(verb) if verb.pos_ in ("AUX", "VERB") else None
    return None


def adjectives(word: Token, p: Patterns, index) -> Iterator[Claim]:
    """X is friendly to Y; forces loyal to Y; X, allied to Y (hyphenated: hyphen.py reads
    "a Kremlin-friendly government")."""
    form = word_of(word, p)
    if form is None:
        return
    prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ in p.adjective_preps),
                None)
    other = actors_of(pobj(prep), index, p)
    holder = actors_of(_holder(word), index, p) if other else []
    if holder:
        pattern = p.adjectives[form]
        yield Claim(holder, other, pattern.type, pattern.polarity, word)
