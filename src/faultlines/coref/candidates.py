"""What an anaphor can point back to: the actor mentions the actors stage found, the names
inside them, pairs joined by "and", and the things a story talks about.

Each candidate carries what agreement and salience read: its class (person, state, group,
party, igo, org, company, unknown, thing), whether it is plural, its sentence and paragraph, its
grammatical role, and whether it speaks ("X said"). Things (noun phrases that are no actor's
mention, and place names that are no actor) compete for "it" and "they", so that "it" for a
canal next to a state is not taken for the state.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from faultlines.coref import layout as lay
from faultlines.coref.layout import Layout
from faultlines.coref.lexicon import Lexicon

# sectors of crowds and professions: no "group", no side, no attacker ("residents", "doctors")
PEOPLE = frozenset(("CVL", "REF", "LAB", "AGR", "HLH", "EDU", "MED", "JRN", "BUS"))
NOT_THINGS = frozenset(("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"))
THING_PLACES = frozenset(("GPE", "LOC", "FAC"))
PERSON_TITLES = frozenset(("president", "minister", "premier", "chancellor", "king", "queen",
                           "emir", "leader", "chief", "spokesperson", "spokesman", "spokeswoman",
                           "envoy", "ambassador", "secretary", "governor", "mayor", "general",
                           "commander", "prosecutor", "judge", "adviser", "advisor", "head",
                           "director", "speaker"))


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    head: int
    actor: dict | None  # None: a thing
    cls: str
    plural: bool
    sentence: int
    paragraph: int
    role: str
    speaker: bool = False
    part: bool = False  # a name inside a wider mention ("[Russia]'s civil aviation authority")
    members: tuple[Candidate, ...] = field(default=(), compare=False)

    @functools.cached_property
    def key(self) -> tuple:
        """What two mentions of one actor share (or, for a thing, its own position); read for
        every pair of an anaphor and a candidate, so made once (a changed candidate is a new
        one: `dataclasses.replace`)."""
        if self.members:
            # members' keys mix names, None and positions: ordered by their text, not compared
            return tuple(sorted((m.key for m in self.members), key=repr))
        if self.actor is None:
            return ("thing", self.head)
        return (self.actor.get("id") or self.actor.get("name"), self.actor.get("country"))

    titled: bool = False  # named by a person's title ("the premier", "UAE president")

def actor_class(actor: dict) -> str:
    kind = actor.get("kind")
    if kind == "person":
        return "person"
    if kind == "state":
        return "state"
    if kind == "armed_group":
        return "group"
    if kind == "party" or actor.get("sector") in ("PTY",):
        return "party"
    if kind == "igo":
        return "igo"
    if actor.get("sector") == "BUS":
        return "company"
    if kind == "unknown":
        return "unknown"
    return "org"


def of_mentions(doc: Doc, mentions: list[dict], where: Layout, words: Lexicon,
                skip: set[int]) -> list[Candidate]:
    """Actor candidates from the pipeline's mentions (those whose head is in `skip`, the
    anaphors the resolver decides itself, left out), the names inside wider mentions, and
    pairs of candidates joined by "and"."""
    out = []
    for m in mentions:
        actor = m.get("actor")
        if not actor or m["head"] in skip or m.get("label") == "PRON":
            continue
        out.append(_candidate(doc, m["start"], m["end"], m["head"], actor, where, words))
        out += _parts(doc, m, where, words)
    return sorted(out + _pairs(doc, out), key=lambda c: (c.start, c.end))


def _candidate(doc: Doc, start: int, end: int, head: int, actor: dict | None, where: Layout,
               words: Lexicon, part: bool = False) -> Candidate:
    token = doc[head]
    cls = actor_class(actor) if actor else "thing"
    plural = token.tag_ == "NNS" or (token.tag_ == "NNPS" and cls in ("group", "party", "org"))
    if cls == "person":
        plural = False
    r = lay.role(token)
    verb = lay.clause_verb(token)
    speaker = r == "subj" and verb.lemma_ in words.speech_verbs
    return Candidate(start, end, head, actor, cls, plural, where.sentence[head],
                     where.paragraph[head], "poss" if part else r, speaker, part,
                     titled=cls != "person" and _titled(token, actor))


def _titled(token, actor: dict | None) -> bool:
    """Is a mention that is no person named by a person's title ("the premier", "UAE
    president": a state organ whose id ends in the title)?"""
    kb_id = (actor or {}).get("id") or ""
    last = kb_id.rsplit("/", 1)[1].split()[-1:] if "/" in kb_id else []
    return token.lower_ in PERSON_TITLES or bool(last and last[0] in PERSON_TITLES)


def _parts(doc: Doc, mention: dict, where: Layout, words: Lexicon) -> list[Candidate]:
    out = []
    for part in mention.get("entities") or []:
        actor = part.get("actor")
        if not actor or actor is mention.get("actor") or actor == mention.get("actor"):
            continue
        span = doc.char_span(part["start_char"], part["end_char"], alignment_mode="expand")
        if span is None or span.root.i == mention["head"]:
            continue
        out.append(_candidate(doc, span.start, span.end, span.root.i, actor, where, words,
                              part=True))
    return out


def _pairs(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"Thailand and Cambodia", "Iran, Turkey and Russia": one plural candidate for every actor
    a coordination joins, for "their" and "the two countries". spaCy hangs each conjunct on
    the one before it, so the coordination is read from its first conjunct down: a list of
    three is one candidate of three, never the pair of its last two."""
    by_head = {c.head: c for c in cands if not c.part}
    # a conjunct may hang on a name inside the first mention rather than on its head ("[Vice
    # Premier He Lifeng] and [Scott Bessent]": "Bessent" is a conjunct of "Lifeng")
    by_token = {i: c for c in by_head.values() for i in range(c.start, c.end)}
    joined: dict[int, list[Candidate]] = {}
    for c in by_head.values():
        token = doc[c.head]
        first = c
        while token.dep_ == "conj" and token.head.i in by_token:
            token = token.head
            first = by_token[token.i]
            if first.head != token.i:  # a name inside the first mention: its head is the root
                token = doc[first.head]
        if first is not c and first.end <= c.start:
            joined.setdefault(first.head, [first]).append(c)
    out = []
    for members in joined.values():
        members = sorted({m.head: m for m in members}.values(), key=lambda m: m.start)
        first, last = members[0], members[-1]
        out.append(replace(first, end=last.end, plural=True, members=tuple(members),
                           cls="pair", actor=None))
    return out


def things(doc: Doc, taken: set[int], where: Layout, words: Lexicon | None = None,
           actors: list[Candidate] = ()) -> list[Candidate]:
    """Noun phrases that name no actor (the canal, the sanctions, "Ocalan's [call]") and places
    that are none (a city): what "it" and "they" also stand for. A text that speaks ("the
    statement said", words.yaml `documents`) is a speaker, which "it said" may name; where its
    phrase names its author ("a statement released by the foreign office", "the ministry's
    statement"), or an earlier phrase of the same text did ("a State Department notice ... the
    notice said"), it stands for that author."""
    out = []
    authors: dict[str, Candidate] = {}  # each kind of text's latest named author
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.i in taken or root.pos_ == "PRON" or root.ent_type_ in NOT_THINGS \
                or root.dep_ in ("attr", "appos"):  # "are the ones who": the subject again
            continue
        if root.pos_ == "PROPN" and root.ent_type_ not in THING_PLACES:
            continue
        start = max([chunk.start] + [t.i + 1 for t in chunk if t.i in taken])
        thing = Candidate(start, chunk.end, root.i, None, "thing",
                          root.tag_ in ("NNS", "NNPS"), where.sentence[root.i],
                          where.paragraph[root.i], lay.role(root))
        text = root.lemma_.lower()
        if words is not None and text in words.documents:
            named = _author(root, actors, words.issuing_verbs)
            if named is not None:
                authors[text] = named
        if words is not None and _speaks(root, words):
            author = authors.get(text)
            thing = replace(thing, speaker=True) if author is None else \
                replace(thing, actor=author.actor, cls=author.cls, plural=author.plural,
                        speaker=True)
        out.append(thing)
    return out


def _speaks(root, words: Lexicon) -> bool:
    """Is the noun a text that is the subject of a verb of saying ("the statement said")?"""
    return root.lemma_.lower() in words.documents and lay.role(root) == "subj" \
        and lay.clause_verb(root).lemma_ in words.speech_verbs


AUTHOR_PREPS = frozenset(("by", "from", "of"))


def _author(root, actors: list[Candidate], issuing: frozenset[str]) -> Candidate | None:
    """The actor a text's phrase names as its author: its owner or modifier ("the ministry's
    statement", "a Foreign Office statement"), or who issued it ("a statement released by the
    government", "a statement from the army"; not "a notice seen by Reuters")."""
    heads = [t for t in root.children if t.dep_ in ("poss", "compound", "nmod")]
    for t in root.children:
        if t.dep_ == "prep" and t.lower_ in AUTHOR_PREPS:
            heads += [o for o in t.children if o.dep_ == "pobj"]
        if t.dep_ == "acl" and t.lemma_ in issuing:
            heads += [o for p in t.children if p.dep_ == "agent"
                      for o in p.children if o.dep_ == "pobj"]
    for h in heads:
        found = next((c for c in actors if c.start <= h.i < c.end and not c.part
                      and not c.members), None)
        if found is not None:
            return found
    return None
