"""Lookups over `doc._.mentions` for the stages that read actors (events, quotes, ties, places).

Mentions are in text order and never overlap, so a binary search over their starts finds the
one covering a token.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc


def mention_at(doc: Doc, token_i: int) -> dict | None:
    """The actor mention covering token `token_i`, or None."""
    mentions = doc._.mentions or []
    starts = [m["start"] for m in mentions]
    pos = bisect.bisect_right(starts, token_i) - 1
    if pos >= 0 and mentions[pos]["start"] <= token_i < mentions[pos]["end"]:
        return mentions[pos]
    return None


def mentions_in(doc: Doc, start: int, end: int) -> list[dict]:
    """The mentions that lie inside tokens [start, end) (a clause, a sentence)."""
    return [m for m in doc._.mentions or [] if start <= m["start"] and m["end"] <= end]


def actor_at(doc: Doc, token_i: int) -> dict | None:
    """The ACTOR dict of the mention covering the token, or None."""
    mention = mention_at(doc, token_i)
    return mention["actor"] if mention else None
