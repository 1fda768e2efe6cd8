"""The constructions that state a tie, read from the dependency parse, turned into RELATIONs.

Each finder looks at one token whose lemma the patterns know and returns the parties it links:
roles ("X is an ally of Y", "NATO member X") and groupings ("the G20, a grouping of ...",
roles.py), links ("X's ties with Y", "war between X and Y", "the X-Y war", links.py), verbs
("X backs Y against Z"), membership ("pull X out of Y", "X joined Y", "Y comprises X"),
hyphenated participles ("the Iran-backed Houthis", "the Moscow-led CSTO") and "pro-" ("the
pro-Iranian Hezbollah militia", verbs.py).
`stated_ties` keeps the claims that state a tie that holds (stance.py) and turns them into
RELATION dicts, one per pair, type and sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from faultlines.actors.context import PRO
from faultlines.nlp.mentions import view
from faultlines.nlp.records import RelationDict
from faultlines.identity import node_of
from faultlines.ties.claim import Claim, pairs
from faultlines.ties.adjectives import adjectives, word_of
from faultlines.ties.dates import date_of
from faultlines.ties.links import links
from faultlines.ties.parties import key
from faultlines.ties.patterns import Patterns
from faultlines.ties.members import groupings, listed
from faultlines.ties.roles import roles
from faultlines.ties.stance import hedged, hypothetical, negated, past
from faultlines.ties.verbs import hyphenated, membership, pro_prefix, verbs

_MEMBERSHIP_VERBS = ("out_of", "join", "comprise", "made_of")
# The parts of speech `_finders` reads a tie's anchor from; any other word anchors a tie only
# as the "pro" of "pro-Iranian" (half the tokens of a story are skipped with one look).
_ANCHOR_POS = frozenset(("ADJ", "NOUN", "PROPN", "VERB"))


def _finders(token: Token, p: Patterns):
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ" and token.dep_ == "amod" and lemma in p.roles:
        yield roles  # "Russia's rival Ukraine", where the tagger reads the noun as adjective
    elif token.pos_ in ("NOUN", "PROPN"):
        if lemma in p.roles:
            yield roles
        if lemma in p.links:
            yield links
        if lemma in p.groupings:
            yield groupings
        if token.dep_ == "appos" and token.pos_ == "PROPN":
            yield listed  # "the G7 — Britain, Canada, France ... —"
    elif token.pos_ == "VERB":
        if lemma in p.verbs:
            yield verbs
        if any(lemma in getattr(p, words) for words in _MEMBERSHIP_VERBS):
            yield membership
    if token.pos_ in ("ADJ", "VERB") and word_of(token, p) and not (
            token.i > 1 and token.doc[token.i - 1].text in "-–"):
        yield adjectives  # "Hungary, which is friendly to Moscow", "forces loyal to Y"
    if token.pos_ in ("VERB", "ADJ") and token.i > 1 and token.doc[token.i - 1].text in "-–":
        yield hyphenated  # "the Iran-backed Houthis", "the Moscow-led CSTO"
    if token.lower_ in PRO:
        yield pro_prefix  # "the pro-Iranian Hezbollah militia"


def _holds(claim: Claim, p: Patterns) -> bool:
    """Does the claim state a tie that holds now? Not denied, not wished or asked for (a
    membership is read whatever the mood: "threatened to pull X out of NATO" says X is in
    it), not past, and not only alleged."""
    if negated(claim.anchor, p) or past(claim.anchor, p) or hedged(claim.anchor, p):
        return False
    return claim.type in ("member", "leads") or not hypothetical(claim.anchor, p)


def evidence(sentence: Span, anchor: Token) -> str:
    """The sentence, cut to the anchor's paragraph (the splitter may run across a blank line)."""
    offset = anchor.idx - sentence.start_char
    text = sentence.text
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)].strip()


def _two_parties(a: dict, b: dict) -> bool:
    """Two ends that are two parties of the network: each a node (a state, an organisation, a
    placed person; not "countries" or "reporters"), and not one node (a state and its
    minister). A state and its own armed group or opposition are two ("the army's war with
    the RSF")."""
    node_a, node_b = node_of(a), node_of(b)
    return bool(node_a and node_b) and node_a != node_b and key(a) != key(b)


def stated_ties(doc: Doc, p: Patterns) -> list[RelationDict]:
    """Every stated tie of the Doc as RELATION dicts."""
    index = view(doc)
    published = (doc._.meta or {}).get("published")
    out, seen = [], set()
    for token in doc:
        if token.pos_ not in _ANCHOR_POS and token.lower_ not in PRO:
            continue
        for finder in _finders(token, p):
            for claim in finder(token, p, index):
                if not _holds(claim, p):
                    continue
                sentence = index.sentence(claim.anchor.i)
                for a, b in pairs(claim):
                    ident = (key(a), key(b), claim.type, sentence.start)
                    if _two_parties(a, b) and ident not in seen:
                        seen.add(ident)
                        out.append({"a": a, "b": b, "polarity": claim.polarity,
                                    "type": claim.type,
                                    "evidence": evidence(sentence, claim.anchor),
                                    "basis": "stated",
                                    "date": date_of(claim.anchor, sentence, published)})
    return out
