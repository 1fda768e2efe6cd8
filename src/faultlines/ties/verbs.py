"""Verbs that state a tie: "X backs Y against Z", "pull X out of Y", "X joined Y", "the
Iran-backed Houthis", "the Moscow-led CSTO"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from faultlines.actors.context import PRO
from faultlines.identity import node_of
from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import child, pobj, subject_of
from faultlines.ties.claim import ORGANISATIONS, Claim
from faultlines.ties.parties import actors_of, named_within
from faultlines.ties.patterns import Patterns
from faultlines.ties.stance import hypothetical


def verbs(verb: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """X backs Y; X has sided with Y against Z; Y, backed by X; X, fighting (against) Y."""
    pattern = p.verbs[verb.lemma_.lower()]
    agent = pobj(child(verb, "agent"))
    if agent is not None:
        doer = agent
        done = child(verb, "nsubjpass") or (verb.head if verb.dep_ == "acl" else None)
    else:
        doer = subject_of(verb)
        if doer is None and verb.dep_ == "acl" and pattern.prep:
            doer = verb.head  # "M23 fighters allied with Rwandan troops"
        done = pobj(child(verb, "prep", pattern.prep)) if pattern.prep \
            else child(verb, "dobj")
        if done is None and pattern.polarity == -1:
            done = pobj(child(verb, "prep", "against"))  # "fighting against the RSF"
    a, b = actors_of(doer, index, p), actors_of(done, index, p)
    if a and b:
        yield Claim(a, b, pattern.type, pattern.polarity, verb)
    against = pobj(child(verb, "prep", "against"))
    if pattern.against and b and against is not None:
        yield Claim(b, actors_of(against, index, p), pattern.against, -1, verb)
    beside = pobj(child(verb, "prep", "alongside"))
    if pattern.alongside and a and beside is not None:
        yield Claim(a, actors_of(beside, index, p), pattern.alongside, 1, verb)


def membership(verb: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """pull X out of Y (X is a member of Y); X joined Y; Y, which comprises X; Y is made up
    of X."""
    lemma = verb.lemma_.lower()
    if lemma in p.out_of:
        out = child(verb, "prep", "out") or child(verb, "prt", "out")
        org = pobj(child(out, "prep", "of")) if out is not None else None
        member = child(verb, "dobj")
    elif lemma in p.join and not hypothetical(verb, p):
        org, member = child(verb, "dobj"), subject_of(verb)
    elif lemma in p.comprise or lemma in p.made_of:
        org = subject_of(verb) or (verb.head if verb.dep_ == "acl" else None)
        member = _members_of(verb, lemma in p.comprise)
    else:
        return
    orgs = [a for a in actors_of(org, index, p) if a.get("kind") in ORGANISATIONS]
    if orgs:
        yield Claim(actors_of(member, index, p), orgs, "member", 1, verb)


def _members_of(verb: Token, by_object: bool) -> Token | None:
    """The members a verb lists: its object ("comprises X"), or "of X" ("made up of X"). An
    object placed in something ("included X in the talks") is no member."""
    if by_object:
        return child(verb, "dobj") if child(verb, "prep", "in") is None else None
    up = child(verb, "prt")
    return pobj(child(verb, "prep", "of") or (child(up, "prep", "of") if up is not None else None))


def _participle(word: Token, p: Patterns) -> str | None:
    """The lemma of a participle after a hyphen ("Iran-backed", "Moscow-led"), which the
    tagger may read as an adjective; None where the word is not one."""
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].text not in ("-", "–"):
        return None
    lower = word.lower_
    if lower in p.adjectives:
        return lower  # "a Kremlin-friendly government", "Iran-allied militias"
    if not lower.endswith("ed"):
        return None
    for lemma in (word.lemma_.lower(), lower[:-2], lower[:-1], "lead" if lower == "led" else ""):
        if lemma in p.verbs or lemma in p.hyphen_verbs or lemma in p.lead:
            return lemma
    return None


def _hyphen_doer(word: Token, index: MentionView, p: Patterns) -> list[dict]:
    """Who does it in "X-backed": X's own mention, or, where the actors stage took X into the
    description it qualifies ("Rwanda-backed armed group"), the name the KB finds at X."""
    token = word.doc[word.i - 2]
    mention = index.mention_at(token)
    if mention is not None and mention["end"] > word.i:
        return named_within(token)
    return actors_of(token, index, p)


def _hyphen_done(word: Token, index: MentionView) -> list[dict]:
    """Whom it is done to: the noun's own mention (not its conjuncts: "the X-led army and the
    RSF"), or the name set beside the noun ("Rwanda-backed armed group M23")."""
    if word.head.i == word.i:
        return []
    for token in (word.head, child(word.head, "appos")):
        mention = index.resolved_at(token) if token is not None else None
        if mention is not None and node_of(mention["actor"]):
            return [mention["actor"]]
    return []


def hyphenated(word: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """the Moscow-led CSTO (Moscow leads the CSTO); the Iran-backed Houthis (Iran backs them)."""
    lemma = _participle(word, p)
    if lemma is None:
        return
    doer = _hyphen_doer(word, index, p)
    done = _hyphen_done(word, index)
    if lemma in p.lead:
        done = [a for a in done if a.get("kind") in ORGANISATIONS]
        if doer and done:
            yield Claim(doer, done, "leads", 1, word)
    elif doer and done:
        pattern = p.adjectives.get(lemma) or p.verbs.get(lemma) or p.hyphen_verbs[lemma]
        yield Claim(doer, done, pattern.type, pattern.polarity, word)


def pro_prefix(word: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """"the pro-Iranian Hezbollah militia", "pro-Russian separatists": the group the phrase
    names sides with the party after "pro-"."""
    doc = word.doc
    if word.lower_ not in PRO or word.i + 2 >= len(doc) or doc[word.i + 1].text not in ("-", "–"):
        return
    named = doc[word.i + 2]
    mention = index.mention_at(named)
    inside = mention is not None and mention["end"] > named.i + 1  # the phrase's own mention
    sided = [a for a in (named_within(named) if inside else actors_of(named, index, p))
             if node_of(a)]
    noun = doc[word.i + 2].head if doc[word.i + 2].head.i != word.i else word.head
    mention = index.resolved_at(noun)
    if sided and mention is not None and node_of(mention["actor"]):
        yield Claim([mention["actor"]], sided, "siding", 1, word)

