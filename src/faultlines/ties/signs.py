"""The sign of a link: what its modifiers, its verb and its head say of it ("frosty
relations", "relations soured", "strengthened ties", "a new low in relations")."""

from __future__ import annotations

from spacy.tokens import Token

from faultlines.nlp.parse import child
from faultlines.ties.claim import governor
from faultlines.ties.patterns import Pattern, Patterns


def _head_of(noun: Token, p: Patterns) -> Pattern | None:
    """"a new low in relations", "the deterioration of ties", "ties hit a new low"."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") and noun.head.head.pos_ == "NOUN":
        return p.link_heads.get(noun.head.head.lemma_.lower())
    if noun.dep_ in ("nsubj", "nsubjpass"):
        reached = child(noun.head, "dobj") or child(noun.head, "attr")
        if reached is not None:
            return p.link_heads.get(reached.lemma_.lower())
    return None


def link_sign(noun: Token, p: Patterns) -> tuple[str, int] | None:
    """The link's type and polarity after its modifiers, governing verb and head; None where
    it is cancelled or stays neutral. A cold word turns any link hostile ("frosty ties"); a
    warm one makes a neutral link friendly and leaves a hostile one hostile ("deep
    mistrust"); a word of a kind ("trade relations") makes a neutral link friendly."""
    pattern = p.links[noun.lemma_.lower()]
    kind, sign = pattern.type, pattern.polarity
    for mod in _modifiers(noun):
        found = p.modifiers.get(mod.lemma_.lower()) or p.modifiers.get(mod.lower_)
        if found is not None:
            kind = found.type or kind
            sign = -1 if -1 in (found.polarity, sign) else 1
    verb = governor(noun)
    for effect in (p.link_verbs.get(verb.lemma_.lower()) if verb is not None else None,
                   _head_of(noun, p)):
        if effect is None or effect.effect == "keep":
            continue
        if effect.effect == "cancel":
            return None
        if effect.effect == "turn" and pattern.one_sided:
            return None  # "withdrew its support for Y", "ended its occupation of Y": one
            # side's act stopped states neither the act nor its opposite
        if effect.effect == "turn":  # "severed ties"; a war that "broke out" stays a war
            kind, sign = (kind if pattern.polarity == -1 else "frayed"), -1
        else:  # warm: a neutral link becomes friendly, a hostile one stays hostile
            sign = sign or 1
    return (kind, sign) if sign else None


def _modifiers(noun: Token) -> list[Token]:
    """The words that qualify a link: "frosty relations", "relations have been frosty", each of
    a list ("the unique, time-tested and special relationship"), and a first noun the parser
    coordinated with it ("trade, educational and cultural relations")."""
    found = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        found += [c for c in noun.head.children if c.dep_ == "acomp"]
    if noun.dep_ == "conj" and noun.head.i < noun.i and noun.head.pos_ == "NOUN":
        found.append(noun.head)
    return [m for word in found for m in (word, *word.conjuncts)]
