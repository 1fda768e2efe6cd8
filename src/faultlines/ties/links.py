"""Links: nouns for a tie between two parties ("ties between X and Y", "X's war with Y", "the
Russia-Ukraine war"), and what qualifies them ("frosty relations", "relations soured", "a new
low in relations")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import child, pobj, subject_of
from faultlines.ties.claim import Claim, governor
from faultlines.ties.parties import actors_of, key, place_party
from faultlines.ties.patterns import Pattern, Patterns

# "the Israel-Palestine conflict", "the US-China trade war", "the US-Israeli war on Iran"
_NAMING = ("compound", "amod", "nmod", "npadvmod")


def _head_of(noun: Token, p: Patterns) -> Pattern | None:
    """"a new low in relations", "the deterioration of ties", "ties hit a new low"."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") and noun.head.head.pos_ == "NOUN":
        return p.link_heads.get(noun.head.head.lemma_.lower())
    if noun.dep_ in ("nsubj", "nsubjpass"):
        reached = child(noun.head, "dobj") or child(noun.head, "attr")
        if reached is not None:
            return p.link_heads.get(reached.lemma_.lower())
    return None


def link_sign(noun: Token, p: Patterns) -> tuple[str, int] | None:
    """The link's type and polarity after its modifiers, governing verb and head; None where
    it is cancelled or stays neutral. A cold word turns any link hostile ("frosty ties"); a
    warm one makes a neutral link friendly and leaves a hostile one hostile ("deep
    mistrust"); a word of a kind ("trade relations") makes a neutral link friendly."""
    pattern = p.links[noun.lemma_.lower()]
    kind, sign = pattern.type, pattern.polarity
    for mod in _modifiers(noun):
        found = p.modifiers.get(mod.lemma_.lower()) or p.modifiers.get(mod.lower_)
        if found is not None:
            kind = found.type or kind
            sign = -1 if -1 in (found.polarity, sign) else 1
    verb = governor(noun)
    for effect in (p.link_verbs.get(verb.lemma_.lower()) if verb is not None else None,
                   _head_of(noun, p)):
        if effect is None or effect.effect == "keep":
            continue
        if effect.effect == "cancel":
            return None
        if effect.effect == "turn":  # "severed ties"; a war that "broke out" stays a war
            kind, sign = (kind if pattern.polarity == -1 else "frayed"), -1
        else:  # warm: a neutral link becomes friendly, a hostile one stays hostile
            sign = sign or 1
    return (kind, sign) if sign else None


def _modifiers(noun: Token) -> list[Token]:
    """The words that qualify a link: "frosty relations", "relations have been frosty", each of
    a list ("the unique, time-tested and special relationship"), and a first noun the parser
    coordinated with it ("trade, educational and cultural relations")."""
    found = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        found += [c for c in noun.head.children if c.dep_ == "acomp"]
    if noun.dep_ == "conj" and noun.head.i < noun.i and noun.head.pos_ == "NOUN":
        found.append(noun.head)
    return [m for word in found for m in (word, *word.conjuncts)]


def _between(obj: Token, kind: str, polarity: int, noun: Token, p: Patterns,
             index: MentionView) -> Claim | None:
    """"between X and Y" and "between X, Y and Z" tie every two of them; "between X and Y and
    Z" (a second "and") sets X apart from Y and from Z, and ties Y and Z to nothing."""
    both = actors_of(obj, index, p)
    last = max((c.i for c in obj.conjuncts), default=obj.i)
    ands = [t for t in obj.doc[obj.i:last] if t.dep_ == "cc" and t.lower_ in ("and", "&")]
    if len(ands) < 2:
        return Claim(both, both, kind, polarity, noun, pairwise=True)
    first = index.resolved_at(obj)
    if first is None:
        return None
    rest = [a for a in both if key(a) != key(first["actor"])]
    return Claim([first["actor"]], rest, kind, polarity, noun)


def _party(token: Token, hostile: bool, index: MentionView, p: Patterns) -> list[dict]:
    """The actors a token of a link stands for; a side of a conflict may be a place ("the
    Israel-Gaza war", "war on Gaza")."""
    return actors_of(token, index, p) or (place_party(token) if hostile else [])


def _named_on(noun: Token, hostile: bool, index: MentionView, p: Patterns) -> list[dict]:
    """The actors named on the link itself: "the Israel-Palestine conflict", "the US-China
    trade war", "the Russian war on Ukraine"."""
    found, seen, stack = [], set(), [c for c in noun.children if c.dep_ in _NAMING]
    while stack:
        token = stack.pop()
        for actor in _party(token, hostile, index, p)[:1]:
            if key(actor) not in seen:
                seen.add(key(actor))
                found.append((token.i, actor))
        stack += [c for c in token.children if c.dep_ in _NAMING]
    return [actor for _, actor in sorted(found, key=lambda f: f[0])]


def _other(noun: Token, verb: Token | None, hostile: bool, index: MentionView,
           p: Patterns) -> list[dict] | None:
    """The other party: "ties with/to Y", "war on/against Y" (hostile links), or "with Y" on the
    verb of which the link is object ("X is at war with Y", not "the conflict strained the
    framework, with Nato"); None where the story names none."""
    preps = p.link_preps | (p.hostile_preps if hostile else frozenset())
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is None and verb is not None and noun.dep_ not in ("nsubj", "nsubjpass"):
        prep = child(verb, "prep", "with")
    return _party(pobj(prep), hostile, index, p) if pobj(prep) is not None else None


def _subject_holds(noun: Token, verb: Token, index: MentionView) -> bool:
    """Does the verb's subject hold the link? "X went to war with Y", "X and Y are locked in a
    conflict": yes; "X supported Y in the conflict with Z", "X and Y declared victory over Z
    in a conflict": not (the link belongs to the act's object, or to neither subject)."""
    if noun.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") or noun.head.head.i != verb.i:
        return True
    return child(verb, "dobj") is None


def links(noun: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """ties between X and Y; X's ties with Y; X established relations with Y; X and Y went to
    war; the X-Y war; X's war on Y; the US-Israeli war on Z (both against Z)."""
    sign = link_sign(noun, p)
    if sign is None:
        return
    kind, polarity = sign
    pattern = p.links[noun.lemma_.lower()]
    between = pobj(child(noun, "prep", "between"))
    if between is not None:
        claim = _between(between, kind, polarity, noun, p, index)
        if claim is not None:
            yield claim
        return
    verb = governor(noun)
    other = _other(noun, verb, polarity == -1, index, p)
    named = _named_on(noun, polarity == -1, index, p)
    owner = child(noun, "poss")
    if owner is not None and owner.lower_ != "their":
        holders = actors_of(owner, index, p)
    elif named and (other is not None or len(named) > 1 and not pattern.one_sided):
        holders = named
    elif verb is not None and _subject_holds(noun, verb, index):
        holders = actors_of(subject_of(verb), index, p)
    else:
        holders = []
    if other is not None:
        yield Claim(holders, other, kind, polarity, noun)
    elif owner is not None and owner.lower_ != "their" and len(named) == 1:
        yield Claim(holders, named, kind, polarity, noun)  # "Russia's Ukraine war"
    elif len(holders) > 1 and (owner is None or owner.lower_ == "their"):
        yield Claim(holders, holders, kind, polarity, noun, pairwise=True)
