"""Links: nouns for a tie between two parties ("ties between X and Y", "X's war with Y")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import child, pobj, subject_of
from faultlines.ties.claim import Claim, governor
from faultlines.ties.parties import actors_of, key
from faultlines.ties.patterns import Patterns


def _link_sign(noun: Token, p: Patterns) -> tuple[str, int] | None:
    """The link's type and polarity after its modifiers and governing verb; None if cancelled."""
    pattern = p.links[noun.lemma_.lower()]
    kind, sign = pattern.type, pattern.polarity
    for mod in _modifiers(noun):
        found = p.modifiers.get(mod.lemma_.lower()) or p.modifiers.get(mod.lower_)
        if found:
            kind, sign = found.type or kind, found.polarity or sign
    verb = governor(noun)
    effect = p.link_verbs.get(verb.lemma_.lower()) if verb is not None else None
    if effect is not None and effect.effect == "cancel":
        return None
    if effect is not None and effect.effect == "turn":
        return "frayed", -1
    return kind, sign


def _modifiers(noun: Token) -> list[Token]:
    """The words that qualify a link: "frosty relations", "relations have been frosty"."""
    found = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        found += [c for c in noun.head.children if c.dep_ == "acomp"]
    return found


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


def links(noun: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """ties between X and Y; X's ties with Y; X established relations with Y; X and Y went to war."""
    sign = _link_sign(noun, p)
    if sign is None:
        return
    kind, polarity = sign
    between = pobj(child(noun, "prep", "between"))
    if between is not None:
        claim = _between(between, kind, polarity, noun, p, index)
        if claim is not None:
            yield claim
        return
    verb = governor(noun)
    with_ = child(noun, "prep", "with") or (child(verb, "prep", "with") if verb else None)
    owner = child(noun, "poss")
    subject = subject_of(verb) if verb is not None else None
    if owner is not None and owner.lower_ not in ("their",):
        holders = actors_of(owner, index, p)
    else:
        holders = actors_of(subject, index, p)
    if with_ is not None:
        yield Claim(holders, actors_of(pobj(with_), index, p), kind, polarity, noun)
    elif len(holders) > 1 and (owner is None or owner.lower_ == "their"):
        yield Claim(holders, holders, kind, polarity, noun, pairwise=True)
