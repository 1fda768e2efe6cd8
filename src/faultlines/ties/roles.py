"""Roles: nouns for what one party is to another ("X is an ally of Y", "NATO member X"), and
groupings that name an organisation's members ("the G20, a grouping of ... the EU")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import child, pobj, subject_of
from faultlines.ties.claim import ORGANISATIONS, Claim
from faultlines.ties.parties import actors_of
from faultlines.ties.patterns import Pattern, Patterns

_NAMING = ("compound", "amod")  # "a NATO member", "US trading partners", "a Russian ally"
_EXAMPLES = ("including", "like", "such")  # "a group of democracies including Japan"


def _apposed(noun: Token, index: MentionView) -> Token | None:
    """The name set beside a role noun: "its ally Belarus" (an apposition of the noun), or,
    where the parser hangs both on one verb, "Russia's ally Belarus hosted ..." and "Egypt,
    once an ally of Libya, objected"."""
    named = child(noun, "appos")
    if named is not None and index.resolved_at(named):
        return named
    comma = noun.left_edge.i - 1
    for sibling in noun.head.children:
        if sibling.i == noun.i or sibling.dep_ != noun.dep_ or not index.resolved_at(sibling):
            continue
        if sibling.i == noun.i + 1:
            return sibling
        if comma > 0 and noun.doc[comma].text == "," and sibling.right_edge.i == comma - 1:
            return sibling
    return None


def _holder(noun: Token, index: MentionView) -> Token | None:
    """Who holds the role: the subject of "X is an ally of Y", the head of an apposition ("X, an
    ally of Y") or of a title ("NATO member X"), or a name set beside the noun."""
    if noun.dep_ == "attr":
        return subject_of(noun.head)
    named = _apposed(noun, index)
    if named is not None and named.i > noun.i:
        return named  # "NATO member Turkiye" set as an apposition of the list it stands in
    if noun.dep_ == "appos" or (noun.dep_ in _NAMING and noun.head.pos_ == "PROPN"):
        return noun.head
    return named


def _holders(noun: Token, holder: Token, index: MentionView, p: Patterns) -> list[dict]:
    """The holder's actors. A singular role is one actor's: the nearest name before it ("the EU
    and China, a close ally of Cambodia": China) or the one after it ("NATO member Turkiye and
    Russia": Turkiye); a plural one is each named ("X and Y, both members of Z")."""
    if noun.tag_ in ("NNS", "NNPS"):
        return actors_of(holder, index, p)
    if holder.i < noun.i:
        holder = max((c for c in (holder, *holder.conjuncts) if c.i < noun.i), key=lambda c: c.i)
    mention = index.resolved_at(holder)
    return [mention["actor"]] if mention is not None else actors_of(holder, index, p)[:1]


def _named_on(noun: Token, index: MentionView) -> list[dict]:
    """The actors named on the noun itself: "a NATO member", "US trading partners"."""
    found = (index.resolved_at(c) for c in noun.children if c.dep_ in _NAMING)
    return [m["actor"] for m in found if m is not None]


def _other(noun: Token, index: MentionView, p: Patterns) -> list[dict]:
    """The party the role is relative to: "of Y", "Y's", else one named on the noun ("a NATO
    member", "a key Russian ally"). A stated "of"/"Y's" that names no actor is kept to: "the
    Pakistani member of the committee" is no tie with Pakistan."""
    owner = child(noun, "poss")
    if owner is None and noun.dep_ in _NAMING:
        owner = child(noun.head, "poss")  # "Russia's rival Ukraine"
    stated = pobj(child(noun, "prep", "of")) or owner
    if stated is not None:
        return actors_of(stated, index, p)
    return _named_on(noun, index)


def roles(noun: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """X is/has been an ally of Y; X, a longtime ally of Y; X, Y's ally; Y's ally X; NATO member
    X; X and Y are allies (each a tie); X and Y are members of Z (each tied to Z, not to each
    other); Y's NATO allies (Y is a member of NATO)."""
    pattern = p.roles[noun.lemma_.lower()]
    yield from _fellow_members(noun, pattern, index, p)
    holder = _holder(noun, index)
    if holder is None:
        return
    a, b = _holders(noun, holder, index, p), _other(noun, index, p)
    if pattern.direction == "reverse":
        a, b = b, a
    if b:
        yield Claim(a, b, pattern.type, pattern.polarity, noun)
    elif noun.tag_ == "NNS" and len(a) > 1 and pattern.type != "member":
        yield Claim(a, a, pattern.type, pattern.polarity, noun, pairwise=True)


def _fellow_members(noun: Token, pattern: Pattern, index: MentionView,
                    p: Patterns) -> Iterator[Claim]:
    """"Turkey's NATO allies", "France's EU partners": the owner is a member of the
    international organisation named on the noun; "Tehran's Hezbollah allies": any other
    actor named on it holds the role."""
    owner = child(noun, "poss")
    if owner is None:
        return
    named = [a for c in noun.children if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN")
             for a in actors_of(c, index, p)]
    owners = actors_of(owner, index, p)
    igos = [a for a in named if a.get("kind") == "igo"]
    if igos:
        yield Claim(owners, igos, "member", 1, noun)
    others = [a for a in named if a.get("kind") != "igo"]
    if others:
        a, b = (owners, others) if pattern.direction == "reverse" else (others, owners)
        yield Claim(a, b, pattern.type, pattern.polarity, noun)


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
