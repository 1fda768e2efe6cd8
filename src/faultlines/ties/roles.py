"""Roles: nouns for what one party is to another ("X is an ally of Y", "X, Y's rival")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import child, pobj, subject_of
from faultlines.ties.claim import Claim
from faultlines.ties.parties import actors_of
from faultlines.ties.patterns import Patterns


def roles(noun: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """X is/has been an ally of Y; X, a longtime ally of Y; X, Y's ally; X and Y are allies."""
    pattern = p.roles[noun.lemma_.lower()]
    other = pobj(child(noun, "prep", "of")) or child(noun, "poss")
    if other is None and noun.dep_ in ("compound", "amod"):
        other = child(noun.head, "poss")  # "Russia's rival Ukraine"
    if noun.dep_ == "attr":
        holder = subject_of(noun.head)
    elif noun.dep_ == "appos" or (noun.dep_ in ("compound", "amod")
                                  and noun.head.pos_ == "PROPN"):
        holder = noun.head
    else:
        return
    a, b = actors_of(holder, index, p), actors_of(other, index, p)
    if pattern.direction == "reverse":
        a, b = b, a
    if b:
        yield Claim(a, b, pattern.type, pattern.polarity, noun)
    elif noun.tag_ == "NNS" and len(a) > 1:
        yield Claim(a, a, pattern.type, pattern.polarity, noun, pairwise=True)
