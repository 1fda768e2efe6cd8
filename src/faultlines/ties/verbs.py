"""Verbs that state a tie: "X backs Y against Z", "pull X out of Y", "X joined Y", "Moscow-led"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import child, pobj, subject_of
from faultlines.ties.claim import ORGANISATIONS, Claim
from faultlines.ties.parties import actors_of
from faultlines.ties.patterns import Patterns
from faultlines.ties.stance import hypothetical


def verbs(verb: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """X backs Y; X has sided with Y against Z; Y, backed by X."""
    pattern = p.verbs[verb.lemma_.lower()]
    agent = pobj(child(verb, "agent"))
    if agent is not None:
        doer = agent
        done = child(verb, "nsubjpass") or (verb.head if verb.dep_ == "acl" else None)
    else:
        doer = subject_of(verb)
        done = pobj(child(verb, "prep", pattern.prep)) if pattern.prep \
            else child(verb, "dobj")
    a, b = actors_of(doer, index, p), actors_of(done, index, p)
    if a and b:
        yield Claim(a, b, pattern.type, pattern.polarity, verb)
    against = pobj(child(verb, "prep", "against"))
    if pattern.against and b and against is not None:
        yield Claim(b, actors_of(against, index, p), pattern.against, -1, verb)


def membership(verb: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """pull X out of Y (X is a member of Y); X joined Y."""
    lemma = verb.lemma_.lower()
    if lemma in p.out_of:
        out = child(verb, "prep", "out") or child(verb, "prt", "out")
        org = pobj(child(out, "prep", "of")) if out is not None else None
        member = child(verb, "dobj")
    elif lemma in p.join and not hypothetical(verb):
        org, member = child(verb, "dobj"), subject_of(verb)
    else:
        return
    orgs = [a for a in actors_of(org, index, p) if a.get("kind") in ORGANISATIONS]
    if orgs:
        yield Claim(actors_of(member, index, p), orgs, "member", 1, verb)


def led(word: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """the Moscow-led CSTO: Moscow leads the CSTO."""
    doc = word.doc
    if word.tag_ != "VBN" or word.i < 2 or doc[word.i - 1].text not in ("-", "–"):
        return
    leader = actors_of(doc[word.i - 2], index, p)
    led_by = [a for a in actors_of(word.head, index, p) if a.get("kind") in ORGANISATIONS]
    if leader and led_by:
        yield Claim(leader, led_by, "leads", 1, word)
