"""Descriptions that name a state by their words: "the Baltic nation", "the Gulf kingdom", "the
poor Himalayan nation", "the Southeast Asian country".

News names a state once and then describes it, and the description's words say which state it
can be: after "Lithuania filed a case against Belarus", "the Baltic nation" is Lithuania, since
Belarus is no Baltic state. A description names the one state named earlier in the story that
its noun and every narrowing word fit (kb/epithets.yaml); where none or several fit, or no word
narrows it ("the country"), it is no mention here, and a coreference stage may still link it.
A description with a state's own name or demonym in it ("the Lebanese state") is that name's.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from faultlines.actors.context import Context
from faultlines.actors.kb import Epithets
from faultlines.nlp.parse import tokens_where


def spans(doc: Doc, ctx: Context, taken: set[int]) -> list[Span]:
    """The phrases "the [words] NOUN" whose noun stands for a state and whose words or noun
    narrow it (a kingdom, an island, a Baltic nation), none of their tokens `taken`."""
    epithets = ctx.kb.epithets
    out = []
    for t in tokens_where(doc, LOWER, epithets.heads):
        if t.tag_ != "NN" or t.i in taken:
            continue
        start = _determiner(t)
        if start is None or any(i in taken for i in range(start, t.i)) or _named_after(t):
            continue
        span = doc[start:t.i + 1]
        words, rest = narrowing(span, epithets)
        if (words or epithets.heads[t.lower_] is not None) \
                and not any(ctx.kb_tokens.get(r.i) for r in rest):
            out.append(span)
    return out


def state_of(span: Span, ctx: Context) -> str | None:
    """The one state named before the description that it fits, or None."""
    epithets = ctx.kb.epithets
    words, _ = narrowing(span, epithets)
    head = epithets.heads[span[-1].lower_]
    fits = ctx.story().named_before(span.start)
    for states in [*(epithets.words[w] for w in words), head]:
        if states is not None:
            fits &= states
    return fits.pop() if len(fits) == 1 else None


def narrowing(span: Span, epithets: Epithets) -> tuple[list[str], list[Token]]:
    """The narrowing words of a description (longest first: "south asian" before "asian"),
    and its other modifier tokens."""
    modifiers = span[1:-1]
    text = " " + " ".join(t.lower_ for t in modifiers).replace(" - ", "-") + " "
    found = []
    for key in sorted(epithets.words, key=len, reverse=True):
        if f" {key} " in text:
            found.append(key)
            text = text.replace(f" {key} ", " | ")
    rest = [t for t in modifiers if t.lower_ in re.split(r"[\s|]+", text)]
    return found, rest


def _determiner(head: Token) -> int | None:
    """The index of "the" opening the head's phrase, where its other words all modify it."""
    left = head.left_edge.i
    doc = head.doc
    if doc[left].lower_ != "the" or head.i - left > 5:
        return None
    if any(t.pos_ not in ("ADJ", "PROPN", "NOUN", "ADV", "PUNCT", "DET") for t in doc[left:head.i]):
        return None
    return left


def _named_after(head: Token) -> bool:
    """"the state of Israel", "the Kingdom of Bahrain": the name after it says which."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
