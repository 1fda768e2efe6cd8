"""Links: nouns for a tie between two parties ("ties between X and Y", "X's war with Y", "the
Russia-Ukraine war", "X's support for Y"), and who their parties are (their sign: signs.py)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from faultlines import words
from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import child, pobj, subject_of
from faultlines.ties.claim import Claim, governor
from faultlines.ties.parties import actors_of, key, place_party
from faultlines.ties.patterns import Pattern, Patterns

# Verbs that report a clause ("said", "believes"): their subject speaks for the clause.
REPORTING = words.load().reporting
from faultlines.ties.signs import link_sign

# "the Israel-Palestine conflict", "the US-China trade war", "the US-Israeli war on Iran"
_NAMING = ("compound", "amod", "nmod", "npadvmod")


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


def _other(noun: Token, verb: Token | None, pattern: Pattern, hostile: bool,
           index: MentionView, p: Patterns) -> list[dict] | None:
    """The other party: "ties with/to Y", "war on/against Y" (hostile links), "support for Y"
    (a one-sided link's own prepositions; "support for Y's war": Y), or "with Y" on the verb of which the link is object
    ("X is at war with Y", not "the conflict strained the framework, with Nato"); None where
    the story names none."""
    preps = frozenset(pattern.preps) or (p.link_preps | (p.hostile_preps if hostile
                                                         else frozenset()))
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is None and verb is not None and noun.dep_ not in ("nsubj", "nsubjpass") \
            and not pattern.one_sided:
        prep = child(verb, "prep", "with")
    target = pobj(prep)
    if target is None:
        return None
    found = _party(target, hostile, index, p)
    if not found and pattern.one_sided and target.lemma_.lower() in p.links:
        # "support for [Israel]'s war in Gaza": backing one side's war backs that side
        found = _party(child(target, "poss"), hostile, index, p)
    return found


def _scene(noun: Token, index: MentionView, p: Patterns) -> list[dict] | None:
    """The country a side wages a hostile link in ("Russia's war in Ukraine", "Israel's
    offensive in Gaza"): a state named there, or a place standing for one; None for any
    other ("its war in the mountains")."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in p.scene_preps),
                None)
    target = pobj(prep)
    if target is None:
        return None
    found = [a for a in actors_of(target, index, p) if a.get("kind") == "state"]
    return found or place_party(target) or None


def _subject_holds(noun: Token, verb: Token, index: MentionView, pairwise: bool) -> bool:
    """Does the verb's subject hold the link? "X went to war with Y", "X seized the palace in a
    conflict with Y", "X and Y are locked in a conflict": yes; "X supported Y in the conflict
    with Z" (the link may be the object's): no; nor, for a pair of subjects, "X and Y declared
    victory over Z in a conflict" (the link is neither's with the other)."""
    if noun.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") or noun.head.head.i != verb.i:
        return True
    done = child(verb, "dobj")
    return done is None or (not pairwise and index.resolved_at(done) is None)


def _between_of(noun: Token) -> Token | None:
    """The first party of "between X and Y": on the link, or on the verb the link breaks out or
    rises in ("war broke out between X and Y", "the conflict which erupted between X and Y")."""
    found = pobj(child(noun, "prep", "between"))
    if found is None and noun.dep_ in ("nsubj", "nsubjpass"):
        rising = [noun.head, *(c for c in noun.head.children if c.dep_ == "xcomp")]
        found = next((pobj(child(v, "prep", "between")) for v in rising
                      if child(v, "prep", "between") is not None), None)  # "began rising between"
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        found = found or pobj(child(clause, "prep", "between"))
    return found


def _holders(noun: Token, verb: Token | None, named: list[dict], other: list[dict] | None,
             pattern: Pattern, index: MentionView, p: Patterns) -> list[dict]:
    """Who holds the link: its owner ("X's ties"), the names on it ("the X-Y war", "the Russian
    war on Y"; two of them are one side of a one-sided link), the subject of its verb ("X
    established relations with Y"), or the name it is said of ("X, at war with Y")."""
    owner = child(noun, "poss")
    if owner is not None and owner.lower_ != "their":
        return actors_of(owner, index, p)
    if named and (other is not None or len(named) > 1 and not pattern.one_sided):
        return named
    if verb is not None and pattern.made_by_sides and not _made_by(verb, p):
        return []  # "the US, Qatar and Egypt brokered a ceasefire": no side of it
    if verb is not None:
        if noun.dep_ in ("nsubj", "nsubjpass") and other is not None:
            return _speaker(verb, index, p)
        held = _subject_holds(noun, verb, index, pairwise=other is None)
        return actors_of(subject_of(verb), index, p) if held else []
    if noun.dep_ == "pobj" and noun.head.lower_ == "at" and other is not None:
        return actors_of(noun.head.head, index, p)  # not "both sides in the war"
    return []


def _made_by(verb: Token, p: Patterns) -> bool:
    """Is the verb's subject a side of a link its sides make ("agreed a truce"), not a
    mediator's ("brokered a truce") nor "both sides" (which a mediator's story muddles)?"""
    subject = subject_of(verb)
    return verb.lemma_.lower() in p.side_verbs and subject is not None \
        and subject.lemma_.lower() not in p.groups


def _speaker(verb: Token, index: MentionView, p: Patterns) -> list[dict]:
    """Who holds a link that is the subject of its clause, with its other party only ("X said
    relations with Y remained tense"): the one who reports the clause, where it is reported;
    no one else."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
        return []
    return actors_of(subject_of(verb.head), index, p)


def links(noun: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """ties between X and Y; X's ties with Y; X established relations with Y; X and Y went to
    war; the X-Y war; X's war on Y; the US-Israeli war on Z (both against Z); X's support for
    Y. A link its sides make (a ceasefire) has two sides: three or more named on it are its
    sponsors ("the Turkish-Iranian-Russian truce", "a ceasefire between Russia, the US and
    Jordan"), and tie nothing."""
    pattern = p.links.get(noun.lemma_.lower())
    for claim in _links(noun, p, index):
        if pattern is None or not pattern.made_by_sides or len(_sides(claim)) == 2:
            yield claim


def _sides(claim: Claim) -> set[str]:
    return {key(a) for a in (*claim.a, *claim.b)}


def _links(noun: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    sign = link_sign(noun, p)
    if sign is None:
        return
    kind, polarity = sign
    pattern = p.links[noun.lemma_.lower()]
    between = _between_of(noun)
    if between is not None:
        claim = _between(between, kind, polarity, noun, p, index)
        if claim is not None:
            yield claim
        return
    verb = governor(noun)
    other = _other(noun, verb, pattern, polarity == -1, index, p)
    named = _named_on(noun, polarity == -1, index, p)
    owner = child(noun, "poss")
    # a named owner: "its war in Ukraine" is left alone, where a wrong antecedent of "its"
    # would make a wrong war
    owned = owner is not None and owner.pos_ != "PRON"
    if other is None and polarity == -1 and (owned and not named or not owned and len(named) == 1):
        other = _scene(noun, index, p)  # "Russia's war in Ukraine", "the Russian war in Ukraine"
    holders = _holders(noun, verb, named, other, pattern, index, p)
    if other is not None:
        yield Claim(holders, other, kind, polarity, noun)
    elif pattern.one_sided:
        return
    elif owner is not None and owner.lower_ != "their" and len(named) == 1:
        yield Claim(holders, named, kind, polarity, noun)  # "Russia's Ukraine war"
    elif len(holders) > 1 and (owner is None or owner.lower_ == "their"):
        yield Claim(holders, holders, kind, polarity, noun, pairwise=True)
