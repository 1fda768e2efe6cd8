"""Members an organisation is said to have, beside its name: "the G20, a grouping of 19
countries as well as the EU and the AU", "the G7 — Britain, Canada, France ... —"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import child, pobj
from faultlines.ties.claim import ORGANISATIONS, Claim
from faultlines.ties.parties import actors_of
from faultlines.ties.patterns import Patterns

_EXAMPLES = ("including", "like", "such")  # "a group of democracies including Japan"
_LIST_MARKS = ("—", "–", "-", "(", ":")  # "the G7 — Britain, Canada, ... —"


def groupings(noun: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """"the G20, a grouping of 19 countries as well as the EU and the AU", "the G7, a group of
    democracies including Japan": the named members of the organisation set beside the noun."""
    if noun.dep_ != "appos":
        return
    orgs = [a for a in actors_of(noun.head, index, p) if a.get("kind") in ORGANISATIONS][:1]
    listed = pobj(child(noun, "prep", "of"))
    if not orgs or listed is None:
        return
    members = actors_of(listed, index, p)
    for example in (c for c in listed.children if c.lower_ in _EXAMPLES):
        members += actors_of(pobj(example) or pobj(child(example, "prep", "as")), index, p)
    if members:
        yield Claim(members, orgs, "member", 1, noun)


def listed(name: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """"the G7 — Britain, Canada, France and Japan —": states listed beside an international
    organisation are its members."""
    opening = name.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    if name.dep_ != "appos" or not name.conjuncts or opening is None \
            or opening.text not in _LIST_MARKS:
        return  # "the EU, NATO member Turkey and Russia" is no list of the EU's members
    orgs = [a for a in actors_of(name.head, index, p) if a.get("kind") == "igo"][:1]
    members = actors_of(name, index, p)
    if orgs and len(members) > 1 and all(a.get("kind") == "state" for a in members):
        yield Claim(members, orgs, "member", 1, name)
