"""Plural officials owned by a list of actors: "the leaders of Britain, France and Canada",
"the foreign ministers of China, Iran, Pakistan and Russia". Each listed actor acts through its
own official, so the phrase stands for all of them, as "the two countries" stands for its pair.

The actors stage reads such a phrase by its first owner at most ("the leaders of [Britain]"); a
link from the plural noun to every listed actor lets the mention view carry them all as
`members` (annotate.py), which the events stage reads as coordinated actors. Only nouns of
words.yaml's `listed_officials` are read, and only where their "of" phrase lists two or more
actors the actors stage resolved: "the interests of Iran and Iraq" or "the leaders of both
houses" name no such list.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from faultlines.coref.lexicon import Lexicon
from faultlines.nlp.parse import tokens_where


def links(doc: Doc, mentions: list[dict], lexicon: Lexicon) -> list[tuple[int, int, int, list]]:
    """(start, end, head, listed mentions) of each plural official a list of two or more actors
    owns, in text order; the phrase runs from its first word to the noun."""
    by_head = {m["head"]: m for m in mentions if m.get("actor") and _known(m["actor"])}
    out = []
    for t in tokens_where(doc, LOWER, lexicon.listed_officials):
        if t.tag_ != "NNS":
            continue
        listed = [by_head[p.i] for p in _listed(t) if p.i in by_head]
        if len(listed) >= 2 and not _placed(t, mentions):
            out.append((t.left_edge.i, t.i + 1, t.i, listed))
    return out


def _listed(t: Token) -> list[Token]:
    """The heads of the "of" phrase's list: "of [China], [Iran], [Pakistan] and [Russia]"."""
    pobjs = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    return [q for p in pobjs[:1] for q in (p, *p.conjuncts)]


def _placed(t: Token, mentions: list[dict]) -> bool:
    """Does the noun's own mention already name a state ("Iran's leaders of ...")? Then the
    actors stage read its owner from its own words."""
    own = next((m for m in mentions if m["start"] <= t.i < m["end"] and m.get("actor")), None)
    return own is not None and own["head"] == t.i and bool(own["actor"].get("country"))


def _known(actor: dict) -> bool:
    return bool(actor.get("country") or actor.get("code") or actor.get("id"))
