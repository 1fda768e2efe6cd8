"""The words that point back: third-person pronouns and descriptions ("the group", "the two
countries", "the US president").

A description is a noun phrase opened by "the", "this", "both" or "neither" whose head is a word
of words.yaml's `descriptions`, and which does not name its own actor: no person's or
organisation's name inside it ("the Kremlin's spokesman" is the spokesman of a named seat, which
the actors stage resolves), no "of X" after it ("the government of Uganda"), and not a predicate
or an apposition ("Rahman, the chief of ..."). A state's name or demonym inside a person's title
("the US president") is kept as a constraint on the person it stands for. Pronouns that stand for
nothing ("it is unclear whether", "made it clear that") are marked `expletive`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from faultlines.actors.chains import hits
from faultlines.coref.lexicon import Description, Lexicon, Pronoun

NAMING_ENTITIES = frozenset(("PERSON", "ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"))
STATE_ENTITIES = frozenset(("GPE", "NORP"))
# Prepositions that seat a description where it governs ("the regime in Tehran"); the actors
# stage places such a phrase by its own words, and nothing later in the story is it.
SEATED = frozenset(("in", "from"))
PLACES = frozenset(("GPE", "LOC", "FAC"))  # "the authorities in Port Sudan" (a FAC to the parser)
EXTRAPOSING = frozenset(("be", "seem", "appear", "remain", "make", "take", "become"))
SMALL_CLAUSE = frozenset(("make", "find", "consider", "deem", "keep"))
NOT_REFERRING = frozenset(("attr", "appos", "compound", "npadvmod", "acomp", "oprd"))
PAIR_OPENERS = frozenset(("two", "both", "neither", "warring", "rival"))
# how many sides a description names ("the three nations", "all four leaders"); one without a
# number ("the two countries", "both sides", "the countries") is read as a pair
COUNTS = {"two": 2, "both": 2, "neither": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# where a word tagged as an adjective stands as a noun ("since [the military] seized power")
NOMINAL = frozenset(("nsubj", "nsubjpass", "dobj", "pobj"))


@dataclass(frozen=True)
class Anaphor:
    start: int  # token span, end exclusive
    end: int
    head: int
    word: str  # the pronoun, or the description's head noun, lower-cased
    pronoun: Pronoun | None = None
    description: Description | None = None
    expletive: bool = False
    named_state: bool = False  # a state's name inside the description ("the US president")
    owner: int | None = None  # the possessive of "its neighbour" (token)
    count: int = 2  # the sides a plural description names: 3 for "the three nations"

    @property
    def possessive(self) -> bool:
        return self.pronoun is not None and self.pronoun.form == "possessive"


def find(doc: Doc, lexicon: Lexicon) -> list[Anaphor]:
    """Every pronoun and description of the Doc, in text order. Only the tokens whose word is
    in the lexicon are looked at (one numpy pass over the Doc's word ids)."""
    lower = doc.to_array([LOWER]).astype("uint64")
    out = []
    for i in numpy.flatnonzero(hits(lower, _hashes(lexicon))).tolist():
        t = doc[i]
        found = _pronoun(t, lexicon) or _description(t, lexicon)
        if found is not None:
            out.append(found)
    return sorted(out, key=lambda a: a.start)


@functools.lru_cache(maxsize=4)
def _hashes(lexicon: Lexicon) -> numpy.ndarray:
    """The string ids of every pronoun and description head (spaCy's ids are the strings'
    hashes, the same in every vocabulary), sorted for `hits`."""
    words = set(lexicon.pronouns) | set(lexicon.descriptions)
    return numpy.unique(numpy.array([hash_string(w) for w in words], dtype="uint64"))


def _pronoun(t: Token, lexicon: Lexicon) -> Anaphor | None:
    word = t.lower_
    entry = lexicon.pronouns.get(word)
    if entry is None or t.pos_ != "PRON":
        return None
    if word == "her" and t.tag_ == "PRP$":
        entry = lexicon.pronouns["hers"]
    elif word == "her" and t.dep_ == "poss":
        entry = lexicon.pronouns["hers"]
    return Anaphor(t.i, t.i + 1, t.i, word, pronoun=entry, expletive=_expletive(t))


def _expletive(t: Token) -> bool:
    """"It is unclear whether ...", "made it clear that ...", "it is America that ...": an
    "it" that stands for the clause after it, not for anything named."""
    if t.lower_ != "it":
        return False
    if t.dep_ == "expl":
        return True
    verb = t.head
    if verb.pos_ == "ADJ" and verb.head.lemma_ in SMALL_CLAUSE and t.dep_ == "nsubj":
        # "made it clear that ...", parsed as a small clause "it clear"
        return any(c.i > verb.i and c.dep_ in ("ccomp", "advcl", "xcomp")
                   for c in verb.children)
    if verb.lemma_ not in EXTRAPOSING:
        return False
    clauses = [c for c in verb.children if c.i > t.i and c.dep_ in ("ccomp", "xcomp", "csubj")]
    if t.dep_ in ("nsubj", "nsubjpass") and clauses:
        return True
    # "made it clear that", "makes it a crime to": the object "it" with a predicate after it
    return t.dep_ == "dobj" and any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children
                                    if c.i > t.i)


def _description(t: Token, lexicon: Lexicon) -> Anaphor | None:
    entry = lexicon.descriptions.get(t.lower_)
    if entry is None or t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") or t.dep_ in NOT_REFERRING:
        return None
    if entry.wants == "other_state":
        return _relational(t, entry)
    start = t.left_edge.i
    words = t.doc[start:t.i + 1]
    if words[0].lower_ not in lexicon.determiners or len(words) > 6:
        return None
    if any(w.ent_type_ in NAMING_ENTITIES or w.dep_ == "poss" and w.i != t.i
           and w.pos_ != "PRON" and w.ent_type_ == "" for w in words[1:]):
        return None  # "the Kremlin's spokesman", "the country's president": named by an owner
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.ent_type_ for g in c.subtree)
           for c in t.children):
        return None  # "the government of Uganda", "the chief of Jamaat-e-Islami"
    if any(c.dep_ == "prep" and c.lower_ in SEATED and any(g.ent_type_ in PLACES
                                                              for g in c.subtree)
           for c in t.children):
        return None  # "the government in Kabul", "the authorities in Damascus": placed there
    if not _fits(t, words, entry):
        return None
    if t.lower_ == "minister" and any(w.lower_ == "prime" for w in words):
        entry = Description("person", roles=("prime minister", "premier"))
    named = any(w.ent_type_ in STATE_ENTITIES for w in words[1:])
    if named and entry.wants != "person":
        return None  # "the Lebanese army" names its own state
    count = next((COUNTS[w.lower_] for w in words if w.lower_ in COUNTS), 2)
    return Anaphor(start, t.i + 1, t.i, t.lower_, description=entry, named_state=named,
                   count=count)


def _relational(t: Token, entry: Description) -> Anaphor | None:
    """"its neighbour", "Russia's neighbour", "his northern neighbour": a noun naming a state by
    its relation to an owner, which must be there (a possessive before it, no "of" after it:
    "a neighbour of Iraq" names its owner, not the state)."""
    owner = next((c for c in t.children if c.dep_ == "poss"), None)
    if owner is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return None
    return Anaphor(t.left_edge.i, t.i + 1, t.i, t.lower_, description=entry, owner=owner.i)


def _fits(t: Token, words, entry: Description) -> bool:
    """Words that point back only in some phrases: "the 53-year-old", "both sides", "the two
    held talks", "the warring parties", "the two foreign ministers" (words.yaml `opened`), "the
    state" (not "Rakhine state"), "the military" as a subject or object (not "the military
    operation")."""
    lowers = {w.lower_ for w in words}
    if t.lower_ == "old":
        return "year" in lowers
    if entry.opened:
        return bool(lowers & (PAIR_OPENERS | COUNTS.keys()))
    if t.pos_ == "ADJ":  # "the military seized power", tagged as an adjective, is a noun there
        return t.dep_ in NOMINAL
    return t.pos_ != "NUM"
