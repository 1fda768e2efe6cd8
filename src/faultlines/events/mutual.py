"""Mutual events: acts two sides do together, each to the other.

"Egypt and Jordan met", "US and Ukrainian officials were meeting", "Serbia and Kosovo signed the
agreement", "talks between India and Pakistan", "the clashes between X and Y": a meeting, an
agreement or a fight between two sides names no recipient of its own, because each side is the
other's. PLOVER codes such an event once, with each actor the recipient of the others (the
gold's "actor: [A, B], recipient: [B, A]"; the analysis pairs every actor with every recipient
and skips a side paired with itself). The acts are those of `mutual_words` (frames.yaml).

Two people of one state meeting ("Trump and Vance met") are one side: no recipient. And when
anyone else is named ("Egypt and Jordan met Israeli officials"), they are the recipient, and
the event is not mutual.
"""

from __future__ import annotations

from spacy.tokens import Token

from faultlines import identity
from faultlines.events.lexicon import Lexicon
from faultlines.nlp.records import Mention

_MEDIATING = "mediate"
_OWNERS = ("amod", "compound", "poss", "nmod")  # "mediation between X and Y": the mediator's, not the sides' own act


def word(lemma: str, lexicon: Lexicon) -> bool:
    """Is the trigger's lemma an act two sides do together (mutual_words of frames.yaml)? The
    word "mutual" stands for a noun marked as such (`marked`)."""
    return lemma.lower() in lexicon.words("mutual_words") or lemma == "mutual"


# the pronoun's head word and its partner ("one another" may be parsed with "one" as the head)
_RECIPROCALS = {"other": ("each", "the"), "another": ("one",), "one": ("another",)}


def reciprocal(objects: list[Token]) -> bool:
    """"accused *each other*", "blame *one another*", "both sides blamed *the other*": an act
    whose object is the reciprocal pronoun is done by each side to the other, whatever its
    word (with two sides among its actors, `is_mutual`)."""
    return any(t.lower_ in _RECIPROCALS and any(c.lower_ in _RECIPROCALS[t.lower_]
                                                for c in t.children) for t in objects)


def marked(noun: Token, lexicon: Lexicon) -> bool:
    """"reaffirmed their *mutual* support", "a *joint* exercise": a noun that says it is done
    together (mutual_modifiers of frames.yaml) is mutual whatever its word."""
    return any(c.dep_ == "amod" and c.lower_ in lexicon.words("mutual_modifiers")
               for c in noun.children)


def side(actor: dict) -> str | None:
    """The side an actor stands on: its node in the network (a state for its organs, an armed
    group or IGO for itself, "NPL:CVL" for a country's protesters), else its own key."""
    return identity.node_of(actor) or identity.key(actor) or None


def sides(mentions: list[Mention]) -> int:
    """How many sides the actor mentions stand on."""
    return len({s for m in mentions if (s := side(m.get("actor") or {}))})


def between(noun: Token, mode: str | None) -> Token | None:
    """"talks between India and Pakistan", "fighting between X and Y": the first side named
    after "between" (its conjuncts are the others), for a noun (or a gerund standing as one)
    with no agent of its own. Mediation between two sides
    is the mediator's act, and the sides are its recipients, never its actors."""
    if mode == _MEDIATING:
        return None
    # the parser may hang "between" on the noun's "of" phrase: "the exchange of 150 prisoners
    # between X and Y"
    inner = [p for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
             for p in of.children if p.dep_ == "pobj"]
    # ... or on the noun the act is "of": "two months of war between X and Y"
    outer = [noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.pos_ == "NOUN" else []
    for prep in (c for head in (noun, *inner, *outer) for c in head.children):
        if prep.dep_ == "prep" and prep.lower_ == "between":
            found = next((c for c in prep.children if c.dep_ == "pobj"), None)
            # "between India and Pakistan", "between Armenian and Azerbaijani troops"
            if found is not None and (found.conjuncts or any(
                    m.conjuncts for m in found.children if m.dep_ in _OWNERS)):
                return found
    return None


def is_mutual(lemma: str, mode: str | None, actors: list[Mention], other_named: bool,
              lexicon: Lexicon) -> bool:
    """Is a candidate a mutual act: a mutual word, two sides or more among its actors, and no
    one else named as its recipient (`other_named`)? Mediation never is (its sides are its
    recipients)."""
    return mode != _MEDIATING and not other_named and word(lemma, lexicon) and sides(actors) >= 2


def each_others(actors: list[dict]) -> list[dict]:
    """The recipients of a mutual act: every actor, the first one last, so that the first
    actor's recipient comes first ("Egypt and Jordan met": Jordan, then Egypt)."""
    return [dict(a) for a in actors[1:] + actors[:1]]
