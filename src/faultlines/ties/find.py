"""The constructions that state a tie, read from the dependency parse, turned into RELATIONs.

Each finder looks at one token whose lemma the patterns know and returns the parties it links:
roles ("X is an ally of Y", roles.py), links ("X's ties with Y", "war between X and Y",
links.py), verbs ("X backs Y against Z"), membership ("pull X out of Y", "X joined Y") and
leadership ("the Moscow-led CSTO", verbs.py). `stated_ties` keeps the claims that state a tie
(stance.py) and turns them into RELATION dicts, one per pair, type and sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from faultlines.nlp.mentions import view
from faultlines.nlp.records import RelationDict
from faultlines.ties.claim import pairs
from faultlines.ties.dates import date_of
from faultlines.ties.links import links
from faultlines.ties.parties import key
from faultlines.ties.patterns import Patterns
from faultlines.ties.roles import roles
from faultlines.ties.stance import hypothetical, negated
from faultlines.ties.verbs import led, membership, verbs


def _finders(token: Token, p: Patterns):
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ" and token.dep_ == "amod" and lemma in p.roles:
        yield roles  # "Russia's rival Ukraine", where the tagger reads the noun as adjective
    elif token.pos_ in ("NOUN", "PROPN"):
        if lemma in p.roles:
            yield roles
        if lemma in p.links:
            yield links
    elif token.pos_ == "VERB":
        if lemma in p.verbs:
            yield verbs
        if lemma in p.out_of or lemma in p.join:
            yield membership
        if lemma in p.lead:
            yield led


def evidence(sentence: Span, anchor: Token) -> str:
    """The sentence, cut to the anchor's paragraph (the splitter may run across a blank line)."""
    offset = anchor.idx - sentence.start_char
    text = sentence.text
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)].strip()


def _distinct_ends(a: dict, b: dict) -> bool:
    if key(a) == key(b):
        return False
    return not (a.get("country") and a.get("country") == b.get("country"))


def stated_ties(doc: Doc, p: Patterns) -> list[RelationDict]:
    """Every stated tie of the Doc as RELATION dicts."""
    index = view(doc)
    published = (doc._.meta or {}).get("published")
    out, seen = [], set()
    for token in doc:
        for finder in _finders(token, p):
            for claim in finder(token, p, index):
                if negated(claim.anchor) or (claim.type != "member" and
                                             hypothetical(claim.anchor)):
                    continue
                sentence = index.sentence(claim.anchor.i)
                for a, b in pairs(claim):
                    ident = (key(a), key(b), claim.type, sentence.start)
                    if _distinct_ends(a, b) and ident not in seen:
                        seen.add(ident)
                        out.append({"a": a, "b": b, "polarity": claim.polarity,
                                    "type": claim.type,
                                    "evidence": evidence(sentence, claim.anchor),
                                    "basis": "stated",
                                    "date": date_of(claim.anchor, sentence, published)})
    return out
