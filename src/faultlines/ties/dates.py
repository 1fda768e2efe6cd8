"""The date a sentence gives a tie's clause: "in 1992", "in February 2022", "last year"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

_CLAUSES = {"relcl", "advcl", "acl", "ccomp", "csubj", "conj", "parataxis"}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTHS = ("january february march april may june july august september october november "
           "december").split()


def date_of(anchor: Token, sentence: Span, published: str | None) -> str | None:
    """The date the sentence gives the tie's clause, or None.

    A date inside a clause of its own ("which recaptured Karabakh last year") dates that clause,
    not the tie.
    """
    clause = anchor.head if anchor.head.pos_ in ("VERB", "AUX") else anchor
    while clause.dep_ in ("dobj", "pobj", "prep", "attr") and clause.head.i != clause.i:
        clause = clause.head
    for ent in sentence.ents:
        if ent.label_ == "DATE" and _dates_clause(ent.root, clause):
            found = _explicit(ent.text, published)
            if found:
                return found
    return None


def _dates_clause(token: Token, clause: Token) -> bool:
    """True when the path from a date word up to the clause crosses no clause boundary."""
    for _ in range(12):
        if token.i == clause.i:
            return True
        if token.dep_ in _CLAUSES or token.head.i == token.i:
            return False
        token = token.head
    return False


def _explicit(text: str, published: str | None) -> str | None:
    lower = text.lower()
    year = _YEAR.search(text)
    if year:
        month = next((i for i, m in enumerate(_MONTHS, 1) if m in lower), None)
        return f"{year.group(1)}-{month:02d}" if month else year.group(1)
    if published and "last year" in lower:
        return str(int(published[:4]) - 1)
    if published and "this year" in lower:
        return published[:4]
    return None
