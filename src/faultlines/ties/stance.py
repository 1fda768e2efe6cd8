"""Whether a construction states a tie that holds now: not denied, wished, asked for or past.

"is not an ally of", "never backed", "can no longer afford to have relations" deny the tie;
"could become allies", "wants to join NATO", "urged Damascus to normalise ties with Israel",
"denies supporting the rebels" wish it, ask for it or deny it; "a former ally", "were once
allies" put it in the past; "its alleged support for" makes it an allegation. None of them
states a tie that holds.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from faultlines import words
from faultlines.ties.claim import governor
from faultlines.ties.patterns import Patterns

NEGATORS = words.load().negation  # "not", "never", "no", "nor" ...
_MODALS = {"could", "might", "may", "would", "should"}
# Clauses whose verb stands under the one above it: "wants to join", "denies supporting".
_GOVERNED = ("xcomp", "ccomp", "pcomp")
# Words set on a name, whose tie is not the clause's: "NATO member X", "the Iran-backed X".
_ATTRIBUTIVE = ("compound", "amod", "appos", "npadvmod", "nmod")
# Where a role noun is said of its holder ("X is an ally", "X became an ally", "sees X as an
# ally", "X is among its allies"): there the clause's mood is the role's.
_PREDICATIVE = ("attr", "oprd", "acomp")
_FRAMES = ("as", "among")


def _describes(anchor: Token, p: Patterns) -> bool:
    """Is the anchor a role noun that names a party by what it is to another, as an argument
    of the clause ("rebels tried to reach Syria's backer, Russia", "did not invite its ally
    Belarus")? The role holds whatever the clause says of that party: it is not wished or
    denied with the clause, as a word set on a name is not ("NATO member Turkey"). A role said
    of its holder ("could become an ally", "is not among its allies") is the clause's."""
    if anchor.lemma_.lower() not in p.roles or anchor.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    place = anchor
    if place.dep_ == "pobj" and place.head.lower_ == "of":
        place = place.head.head  # "one of Y's allies": the role stands where "one" does
    if place.dep_ in _PREDICATIVE:
        return False
    return not (place.dep_ == "pobj" and place.head.lower_ in _FRAMES)


def _verb_of(anchor: Token) -> Token | None:
    """The verb a tie's word belongs to: itself, or the verb its noun is object or subject of."""
    return anchor if anchor.pos_ in ("VERB", "AUX") else governor(anchor)


def _governing(verb: Token) -> list[Token]:
    """The verb and those it stands under through infinitive and clausal complements
    ("afford" above "to have relations", "urged" above "to normalise ties")."""
    chain = [verb]
    while chain[-1].dep_ in _GOVERNED and chain[-1].head.i != chain[-1].i and len(chain) < 5:
        chain.append(chain[-1].head)
    return chain


def hypothetical(anchor: Token, p: Patterns) -> bool:
    """"could become allies", "wants to join NATO", "urged X to normalise ties with Y", "denied
    supporting Y", "refused any alliance with Y": a tie wished, asked for, possible or denied."""
    verb = _verb_of(anchor)
    if verb is None or anchor.dep_ in _ATTRIBUTIVE or _describes(anchor, p):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return True
    return any(v.lemma_.lower() in p.unstated for v in _governing(verb))


def _denies(token: Token) -> bool:
    """Does a negation stand on the word: "not", "never", or "no" in "no longer"?"""
    return any(c.dep_ == "neg" or c.lower_ in NEGATORS or
               (c.dep_ == "advmod" and _denies(c)) for c in token.children)


def negated(anchor: Token, p: Patterns) -> bool:
    """"is not an ally", "never backed", "no longer allies", "can no longer afford to have
    relations with". A word set on a name ("NATO member Turkey", "the Iran-backed Houthis")
    or a role naming an argument ("did not meet Syria's backer, Russia") is negated only by
    its own words, not by the clause the name stands in."""
    if anchor.dep_ in _ATTRIBUTIVE or _describes(anchor, p):
        return _denies(anchor)
    for token in (anchor, anchor.head, anchor.head.head):
        if _denies(token):
            return True
        if token.pos_ in ("VERB", "AUX") and token.i != anchor.i:
            return any(_denies(v) for v in _governing(token)[1:])
    return False


def _marked(anchor: Token, marks: frozenset[str]) -> bool:
    """Does one of these words stand before the tie's noun ("a former ally", "its alleged
    support") or on its word or verb ("were once allies", "allegedly backed")?"""
    if anchor.pos_ not in ("VERB", "AUX"):  # the words before a noun are its own
        phrase = anchor.doc[anchor.left_edge.i:anchor.i].text.lower()
        if any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", phrase) for w in marks):
            return True
    verb = _verb_of(anchor)
    near = [anchor, verb] if verb is not None else [anchor]
    return any(c.dep_ == "advmod" and c.lower_ in marks for t in near for c in t.children)


def past(anchor: Token, p: Patterns) -> bool:
    """"a former ally", "Kyiv's one-time ally", "past ties", "were once allies", "X once
    backed Y": a tie that held, not one that holds."""
    return _marked(anchor, p.past)


def hedged(anchor: Token, p: Patterns) -> bool:
    """"its alleged support for the RSF", "allegedly backed": someone's allegation, not a tie the
    story states."""
    return _marked(anchor, p.hedges)
