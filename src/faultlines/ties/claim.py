"""What a construction finds: the parties of a tie, its type and sign, and the word stating it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

# The actor kinds that can have members or be led ("the Moscow-led CSTO", "joined NATO").
ORGANISATIONS = ("igo", "organization", "party", "armed_group")


@dataclass(frozen=True)
class Claim:
    """Parties (lists of ACTOR dicts), the tie's type and polarity, and the word stating it."""

    a: list[dict]
    b: list[dict]
    type: str
    polarity: int
    anchor: Token
    pairwise: bool = False  # a and b are one list whose members are tied to each other


def pairs(claim: Claim) -> Iterator[tuple[dict, dict]]:
    """Every pair of parties a claim ties: a × b, or every two of a when pairwise."""
    if claim.pairwise:
        for i, a in enumerate(claim.a):
            for b in claim.a[i + 1:]:
                yield a, b
        return
    for a in claim.a:
        for b in claim.b:
            yield a, b


def governor(noun: Token) -> Token | None:
    """The verb a noun is the object of: "established relations", "gone to war"."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != noun.i else None
