"""Phrases that stand against their own state: "rebel forces", "opposition lawmakers",
"anti-Assad fighters", "anti-government militias".

A state organ's noun ("forces", "commanders", "lawmakers") takes the state's sector (MIL, LEG)
and the story's state; but a modifier that puts the phrase against the state makes it the
state's opposition, as CAMEO and PLOVER code it (SYRREB, KENOPP): an armed phrase is REB, any
other OPP. Two kinds of modifier do so:
- a word whose own sector (sectors.tsv) is REB or OPP: "[rebel] forces", "[opposition]
  lawmakers", "[insurgent] commanders";
- "anti-" before the state, its capital or demonym, a listed person or a government word:
  "anti-[Assad] forces", "anti-[government] fighters".
And a people no state is named for (parts.yaml `peoples`) makes an armed phrase REB:
"[Kurdish] forces", "Syrian [Kurdish] fighters" are not the Syrian army.
"anti-" or "counter-" before anything else keeps the state's side: "anti-riot police",
"counter-insurgency forces", "anti-terrorist units" serve the state.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from faultlines.actors.context import Context
from faultlines.identity import STATE_ORGANS

# Sectors that an opposing modifier turns into the opposition: a state's organs, and armed
# forces of no state (UAF), which "anti-government" sets against the government too.
TURNED = STATE_ORGANS | {"UAF"}
ARMED = frozenset(("MIL", "COP", "SPY", "UAF"))
OPPOSING = frozenset(("REB", "OPP"))
NEGATING = frozenset(("anti", "counter"))
# KB matches that name a state or its leader: "anti-[Assad]", "anti-[Kremlin]".
STATE_KEYS = ("person:", "country:", "demonym:", "capital:", "seat:")


def opposed_sector(span: Span, sector: str | None, ctx: Context) -> str | None:
    """REB or OPP where the phrase's modifiers set it against its state, else None."""
    if sector not in TURNED:
        return None
    for t in span[:-1]:
        if _negated(t, span):
            if _names_the_state(t, ctx):
                return _turned(sector)
            continue  # "anti-terrorist police": against the rebels, so for the state
        if _own_sector(t, ctx) in OPPOSING and not _opens_longer(t, ctx):
            return _turned(sector)
        if sector in ARMED and t.lower_ in ctx.kb.peoples:
            return "REB"
    return None


def _turned(sector: str) -> str:
    return "REB" if sector in ARMED else "OPP"


def _negated(token: Token, span: Span) -> bool:
    """Is the token the X of "anti-X" or "counter-X"?"""
    doc = token.doc
    return token.i - 2 >= span.start and doc[token.i - 1].text in ("-", "–") \
        and doc[token.i - 2].lower_ in NEGATING


def _names_the_state(token: Token, ctx: Context) -> bool:
    key = ctx.kb_tokens.get(token.i, "")
    return key.startswith(STATE_KEYS) or _own_sector(token, ctx) == "GOV"


def _opens_longer(token: Token, ctx: Context) -> bool:
    """Does the modifier open a longer sector entry with the next word ("[fighter] jets": a
    "fighter jet" is the army's, no rebel)?"""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    nxt = doc[token.i + 1]
    return f"{token.lower_} {nxt.lemma_.lower()}" in ctx.kb.sectors \
        or f"{token.lower_} {nxt.lower_}" in ctx.kb.sectors


def _own_sector(token: Token, ctx: Context) -> str | None:
    sectors = ctx.kb.sectors
    return sectors.get(token.lower_) or sectors.get(token.lemma_.lower())
