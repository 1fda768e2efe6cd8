"""The constructions that state a tie, read from the dependency parse.

Each finder looks at one token whose lemma the patterns know and returns the parties it links:
roles ("X is an ally of Y"), links ("X's ties with Y", "war between X and Y"), verbs ("X backs Y
against Z"), membership ("pull X out of Y", "X joined Y") and leadership ("the Moscow-led CSTO").
`stated_ties` turns those into RELATION dicts, one per pair, type and sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from faultlines import words
from faultlines.nlp.mentions import MentionView, view
from faultlines.nlp.parse import child, pobj, subject_of
from faultlines.nlp.records import RelationDict
from faultlines.ties.parties import actors_of, key
from faultlines.ties.patterns import Patterns

_ORGANISATIONS = ("igo", "organization", "party", "armed_group")
_NEGATORS = words.load().negation  # "not", "never", "no", "nor" ...
_CLAUSES = {"relcl", "advcl", "acl", "ccomp", "csubj", "conj", "parataxis"}
_MODALS = {"could", "might", "may", "would", "should"}
_WISHES = {"want", "seek", "hope", "plan", "aim", "wish", "intend", "try", "apply", "consider",
           "like", "need"}


@dataclass(frozen=True)
class Claim:
    """Parties (lists of ACTOR dicts), the tie's type and polarity, and the word stating it."""

    a: list[dict]
    b: list[dict]
    type: str
    polarity: int
    anchor: Token
    pairwise: bool = False  # a and b are one list whose members are tied to each other


def _governor(noun: Token) -> Token | None:
    """The verb a noun is the object of: "established relations", "gone to war"."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != noun.i else None


def roles(noun: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """X is/has been an ally of Y; X, a longtime ally of Y; X, Y's ally; X and Y are allies."""
    pattern = p.roles[noun.lemma_.lower()]
    other = pobj(child(noun, "prep", "of")) or child(noun, "poss")
    if other is None and noun.dep_ in ("compound", "amod"):
        other = child(noun.head, "poss")  # "Russia's rival Ukraine"
    if noun.dep_ == "attr":
        holder = subject_of(noun.head)
    elif noun.dep_ == "appos" or (noun.dep_ in ("compound", "amod")
                                  and noun.head.pos_ == "PROPN"):
        holder = noun.head
    else:
        return
    a, b = actors_of(holder, index, p), actors_of(other, index, p)
    if pattern.direction == "reverse":
        a, b = b, a
    if b:
        yield Claim(a, b, pattern.type, pattern.polarity, noun)
    elif noun.tag_ == "NNS" and len(a) > 1:
        yield Claim(a, a, pattern.type, pattern.polarity, noun, pairwise=True)


def _link_sign(noun: Token, p: Patterns) -> tuple[str, int] | None:
    """The link's type and polarity after its modifiers and governing verb; None if cancelled."""
    pattern = p.links[noun.lemma_.lower()]
    kind, sign = pattern.type, pattern.polarity
    for mod in _modifiers(noun):
        found = p.modifiers.get(mod.lemma_.lower()) or p.modifiers.get(mod.lower_)
        if found:
            kind, sign = found.type or kind, found.polarity or sign
    verb = _governor(noun)
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
    verb = _governor(noun)
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
    elif lemma in p.join and not _hypothetical(verb):
        org, member = child(verb, "dobj"), subject_of(verb)
    else:
        return
    orgs = [a for a in actors_of(org, index, p) if a.get("kind") in _ORGANISATIONS]
    if orgs:
        yield Claim(actors_of(member, index, p), orgs, "member", 1, verb)


def led(word: Token, p: Patterns, index: MentionView) -> Iterator[Claim]:
    """the Moscow-led CSTO: Moscow leads the CSTO."""
    doc = word.doc
    if word.tag_ != "VBN" or word.i < 2 or doc[word.i - 1].text not in ("-", "–"):
        return
    leader = actors_of(doc[word.i - 2], index, p)
    led_by = [a for a in actors_of(word.head, index, p) if a.get("kind") in _ORGANISATIONS]
    if leader and led_by:
        yield Claim(leader, led_by, "leads", 1, word)


def _hypothetical(anchor: Token) -> bool:
    """"could become allies", "wants to join NATO": a tie wished for or possible, not stated."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else _governor(anchor)
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WISHES


def _negated(anchor: Token) -> bool:
    """"is not an ally", "never backed", "no longer allies"."""
    for token in (anchor, anchor.head, anchor.head.head):
        if any(c.dep_ == "neg" or c.lower_ in _NEGATORS for c in token.children):
            return True
        if token.pos_ in ("VERB", "AUX") and token.i != anchor.i:
            break
    return False


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


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTHS = ("january february march april may june july august september october november "
           "december").split()


def date_of(anchor: Token, sentence: Span, published: str | None) -> str | None:
    """The date the sentence gives the tie's clause: "in 1992", "in February 2022", "last year".

    A date inside a clause of its own ("which recaptured Karabakh last year") dates that clause,
    not the tie.
    """
    clause = anchor.head if anchor.head.pos_ in ("VERB", "AUX") else anchor
    while clause.dep_ in ("dobj", "pobj", "prep", "attr") and clause.head.i != clause.i:
        clause = clause.head
    for ent in sentence.ents:
        if ent.label_ == "DATE" and _dates_clause(ent.root, clause):
            found = _explicit(ent.text, published)
            if found:
                return found
    return None


def _dates_clause(token: Token, clause: Token) -> bool:
    """True when the path from a date word up to the clause crosses no clause boundary."""
    for _ in range(12):
        if token.i == clause.i:
            return True
        if token.dep_ in _CLAUSES or token.head.i == token.i:
            return False
        token = token.head
    return False


def _explicit(text: str, published: str | None) -> str | None:
    lower = text.lower()
    year = _YEAR.search(text)
    if year:
        month = next((i for i, m in enumerate(_MONTHS, 1) if m in lower), None)
        return f"{year.group(1)}-{month:02d}" if month else year.group(1)
    if published and "last year" in lower:
        return str(int(published[:4]) - 1)
    if published and "this year" in lower:
        return published[:4]
    return None


def evidence(sentence: Span, anchor: Token) -> str:
    """The sentence, cut to the anchor's paragraph (the splitter may run across a blank line)."""
    offset = anchor.idx - sentence.start_char
    text = sentence.text
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)].strip()


def _pairs(claim: Claim) -> Iterator[tuple[dict, dict]]:
    if claim.pairwise:
        for i, a in enumerate(claim.a):
            for b in claim.a[i + 1:]:
                yield a, b
        return
    for a in claim.a:
        for b in claim.b:
            yield a, b


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
                if _negated(claim.anchor) or (claim.type != "member" and
                                              _hypothetical(claim.anchor)):
                    continue
                sentence = index.sentence(claim.anchor.i)
                for a, b in _pairs(claim):
                    ident = (key(a), key(b), claim.type, sentence.start)
                    if _distinct_ends(a, b) and ident not in seen:
                        seen.add(ident)
                        out.append({"a": a, "b": b, "polarity": claim.polarity,
                                    "type": claim.type,
                                    "evidence": evidence(sentence, claim.anchor),
                                    "basis": "stated",
                                    "date": date_of(claim.anchor, sentence, published)})
    return out
