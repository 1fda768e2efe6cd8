"""Whether a construction states a tie that holds: not negated, not only wished or possible.

"is not an ally of", "never backed", "no longer allies" deny the tie; "could become allies",
"wants to join NATO" wish it or think it possible. Neither is a stated tie.
"""

from __future__ import annotations

from spacy.tokens import Token

from faultlines import words
from faultlines.ties.claim import governor

NEGATORS = words.load().negation  # "not", "never", "no", "nor" ...
_MODALS = {"could", "might", "may", "would", "should"}
_WISHES = {"want", "seek", "hope", "plan", "aim", "wish", "intend", "try", "apply", "consider",
           "like", "need"}


def hypothetical(anchor: Token) -> bool:
    """"could become allies", "wants to join NATO": a tie wished for or possible, not stated."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else governor(anchor)
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WISHES


def negated(anchor: Token) -> bool:
    """"is not an ally", "never backed", "no longer allies"."""
    for token in (anchor, anchor.head, anchor.head.head):
        if any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in token.children):
            return True
        if token.pos_ in ("VERB", "AUX") and token.i != anchor.i:
            break
    return False
