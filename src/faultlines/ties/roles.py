"""Roles: nouns for what one party is to another ("X is an ally of Y", "NATO member X", "X, one
of Y's closest allies", "Z sees X as a partner")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from faultlines.identity import node_of
from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import child, pobj, subject_of
from faultlines.ties.claim import Claim
from faultlines.ties.parties import actors_of
from faultlines.ties.patterns import Pattern, Patterns

_NAMING = ("compound", "amod")  # "a NATO member", "US trading partners", "a Russian ally"
_SOME = ("one", "some", "many", "several")  # "X, one of Y's closest allies"
_NOT = ("non", "anti")  # "a non-NATO ally"


_INCLUDING = ("including", "like")  # "its allies, including X", "backers such as X"


def _double_subject(noun: Token, index: MentionView) -> Token | None:
    """The name right after a role noun that the parser made a second subject of the role's
    verb ("[Israel's closest ally] [the United States] vetoed", "[Hamas and its ally]
    [Hezbollah] fired"): the name the role is set beside."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return None
    mention = index.resolved_at(doc[noun.i + 1]) or (
        index.resolved_at(doc[noun.i + 2]) if doc[noun.i + 1].dep_ == "det" else None)
    if mention is None:
        return None
    name = doc[mention["head"]]
    subject = noun.head if noun.dep_ == "conj" else noun
    if name.dep_ in ("nsubj", "nsubjpass") and subject.dep_ == name.dep_ \
            and subject.head.i == name.head.i:
        return name
    return None


def _included(noun: Token, index: MentionView) -> Token | None:
    """"its allies, including X", "Y's backers such as X": a name the plural role includes."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        if prep.lower_ in _INCLUDING or (prep.lower_ == "as" and prep.i > 0
                                         and noun.doc[prep.i - 1].lower_ == "such"):
            named = pobj(prep)
            if named is not None and index.resolved_at(named):
                return named
    return None


def _is_included(holder: Token) -> bool:
    """Did the holder come from "including X" / "such as X" (one of a plural role's)?"""
    return holder.dep_ == "pobj" and (holder.head.lower_ in _INCLUDING or holder.head.lower_ == "as")


def _apposed(noun: Token, index: MentionView) -> Token | None:
    """The name set beside a role noun: "its ally Belarus" (an apposition of the noun), or,
    where the parser hangs both on one verb, "Russia's ally Belarus hosted ..." and "Egypt,
    once an ally of Libya, objected"; or a name the role includes ("its allies, including
    X")."""
    named = child(noun, "appos")
    if named is not None and index.resolved_at(named):
        return named
    comma = noun.left_edge.i - 1
    for sibling in noun.head.children:
        if sibling.i == noun.i or sibling.dep_ != noun.dep_ or not index.resolved_at(sibling):
            continue
        if sibling.left_edge.i == noun.i + 1 or sibling.i == noun.i + 1:
            return sibling
        if comma > 0 and noun.doc[comma].text == "," and sibling.right_edge.i == comma - 1:
            return sibling
    return _double_subject(noun, index) or _included(noun, index)


def position(noun: Token) -> Token:
    """The word that stands in the role's place: the noun, or "one" in "X, one of Y's closest
    allies"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _SOME:
        return noun.head.head
    return noun


def _framed(place: Token) -> tuple[Token | None, Token | None] | None:
    """"X is among Y's allies"; "Z considers X as a partner", "X's role as a partner of Y": the
    holder, and the party the frame's subject makes the other one ("Z considers X as a
    partner": Z); None where the role stands in no such frame."""
    prep = place.head if place.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("among", "as"):
        return None
    frame = prep.head
    if prep.lower_ == "among":
        return (subject_of(frame), None) if frame.pos_ in ("VERB", "AUX") else None
    if frame.pos_ in ("NOUN", "PROPN"):
        return child(frame, "poss"), None  # "its role as a key partner of Y"
    seen = child(frame, "dobj")
    if seen is None:
        return subject_of(frame), None  # "X emerged as a key ally of Y"
    owner = child(seen, "poss")
    if owner is not None:
        return owner, None  # "praised the UAE's role as a key partner of Pakistan"
    return seen, subject_of(frame)


def _holder(noun: Token, index: MentionView) -> tuple[Token | None, Token | None]:
    """Who holds the role: the subject of "X is an ally of Y", the head of an apposition ("X, an
    ally of Y", "X, one of Y's allies") or of a title ("NATO member X"), a name set beside the
    noun, or the one a frame names ("Z sees X as a partner"); and the other party a frame
    gives, if any."""
    place = position(noun)
    if place.dep_ == "attr":
        return subject_of(place.head), None
    named = child(place.head, "attr") if place.dep_ == "nsubj" else None
    if named is not None and place.head.lemma_ == "be" and index.resolved_at(named):
        return named, None  # "Jakarta, whose biggest trading partner is China"
    framed = _framed(place)
    if framed is not None:
        return framed
    named = _apposed(place, index)
    if named is not None and named.i > place.i:
        return named, None  # "NATO member Turkiye" set as an apposition of the list it stands in
    if place.dep_ == "appos" or (place.dep_ in _NAMING and place.head.pos_ == "PROPN"):
        head = place.head
        while place.tag_ == "NNS" and place.dep_ == "appos" and head.dep_ == "conj":
            head = head.head  # "Japan and the United States, close allies": the whole pair
        return head, None
    return named, None


def _holders(place: Token, holder: Token, index: MentionView, p: Patterns) -> list[dict]:
    """The holder's actors. A singular role is one actor's: the nearest name before it ("the EU
    and China, a close ally of Cambodia": China) or the one after it ("NATO member Turkiye and
    Russia": Turkiye); a plural one is each named ("X and Y, both members of Z")."""
    if place.tag_ in ("NNS", "NNPS"):
        return actors_of(holder, index, p)
    if holder.i < place.i:
        holder = max((c for c in (holder, *holder.conjuncts) if c.i < place.i), key=lambda c: c.i)
    mention = index.resolved_at(holder)
    return [mention["actor"]] if mention is not None else actors_of(holder, index, p)[:1]


def _named_on(noun: Token, index: MentionView) -> list[dict]:
    """The actors named on the noun itself: "a NATO member", "US trading partners"; not one
    negated by a prefix ("a major non-NATO ally")."""
    found = (index.resolved_at(c) for c in noun.children if c.dep_ in _NAMING
             and not (c.i > 1 and c.doc[c.i - 1].text == "-" and c.doc[c.i - 2].lower_ in _NOT))
    return [m["actor"] for m in found if m is not None and node_of(m["actor"])]


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


def _title_owner(place: Token, holder: Token) -> Token | None:
    """The subject of the verb whose object is a bare title before a name ("Washington pressed
    close ally Japan", "Beijing warned longtime rival India", "the US skipped key partners
    Israel and Egypt"): a title with no owner is the acting subject's; None for anything else
    ("an ally, Japan", "the ally Japan", "key ally Israel was skipped")."""
    if holder.i <= place.i:
        return None
    phrase = holder if place.head.i == holder.i else place  # "rival" read as India's modifier
    if any(c.dep_ == "det" for t in (place, phrase) for c in t.children):
        return None
    verb = phrase.head if phrase.dep_ == "dobj" else None
    if phrase.dep_ == "pobj" and phrase.head.head.pos_ == "VERB":
        verb = phrase.head.head  # "talks were held with close ally Japan"
    return subject_of(verb) if verb is not None and verb.pos_ == "VERB" else None


def roles(noun: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """X is/has been an ally of Y; X, a longtime ally of Y; X, Y's ally; Y's ally X; NATO member
    X; X and Y are allies (each a tie); X and Y are members of Z (each tied to Z, not to each
    other); Y's NATO allies (Y is a member of NATO)."""
    pattern = p.roles[noun.lemma_.lower()]
    yield from _fellow_members(noun, pattern, index, p)
    holder, framer = _holder(noun, index)
    if holder is None:
        return
    place = position(noun)
    a, b = _holders(place, holder, index, p), _other(noun, index, p)
    if not b and framer is not None and not child(noun, "prep", "of"):
        b = actors_of(framer, index, p)
    if not b and framer is None and child(noun, "poss") is None:
        b = actors_of(_title_owner(place, holder), index, p)  # "Washington pressed close ally Japan"
    if pattern.direction == "reverse":
        a, b = b, a
    kind = pattern.type
    if pattern.polarity == 1 and b and all(x.get("kind") == "igo" for x in b) \
            and b == _named_on(noun, index):
        kind = "member"  # "G7 allies Britain and Canada", "a NATO ally": fellow members
    if b:
        yield Claim(a, b, kind, pattern.polarity, noun)
    elif place.tag_ == "NNS" and len(a) > 1 and pattern.type != "member" \
            and not _is_included(holder):  # "adversaries such as X and Y": not each other's
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
