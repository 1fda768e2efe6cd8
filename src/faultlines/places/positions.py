"""Place or actor? Where a name stands in its sentence decides (data: places/data/positions.yaml).

A country or capital that acts is an actor, not a place: "Moscow said", "Azerbaijan and
Armenia have gone to war", "the Moscow-led CSTO", "by Moscow".
The same name is a place where it locates something: "in Moscow", "to Armenia", "the
Nagorno-Karabakh region", "Azerbaijan's territory", "Alexandria woman", "Paris, Texas".

The rule for other positions ("Pelosi visited Armenia"): the name is kept as a place. The
object of a visit is a place and an actor at once; as a place it costs nothing and puts the
story on the map. So a name is dropped only when it is the subject of a verb that is not a
verb of being or having (`place_verbs`), the agent of a passive, the possessor of something
other than a place noun, or the modifier of a participle ("Moscow-led") or of a named person
("U.S. President Joe Biden"); a mention the actors stage resolved `via: metonym` is dropped
too, unless it stands after a locative preposition.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span, Token

from faultlines import words
from faultlines.datafiles import Source
from faultlines.nlp.parse import climb

DATA = Path(__file__).with_name("data") / "positions.yaml"
KEYS = ("place_nouns", "place_verbs", "ordinary_words", "institution_nouns", "municipal_nouns",
        "resident_nouns")


@dataclass(frozen=True)
class Positions:
    place_nouns: frozenset[str]
    place_verbs: frozenset[str]
    ordinary_words: frozenset[str]
    institution_nouns: frozenset[str]
    municipal_nouns: frozenset[str]
    resident_nouns: frozenset[str]
    # prepositions that make their object a place even where it also names an actor ("in
    # Moscow", "to Armenia"): every preposition of place of faultlines/words
    locative_prepositions: frozenset[str] = words.load().locative.any


@functools.lru_cache(maxsize=1)
def load(path: Path = DATA) -> Positions:
    src = Source(path)
    data = src.sections(src.yaml(dict), KEYS)
    missing = [key for key in KEYS if key not in data]
    if missing:
        src.fail(missing[0], "missing: expected a list of words")
    lists = [src.words(key, data[key], lower=False) for key in KEYS]
    return Positions(*(frozenset(w.casefold() for w in words) for words in lists))


def governing(token: Token) -> Token:
    """The token whose role the name plays: "Armenia" in "Azerbaijan and Armenia" plays
    the role of "Azerbaijan"."""
    return climb(token, ("conj",))


def after_locative(span: Span, words: Positions) -> bool:
    """True for "in Moscow", "to Armenia", "of Nagorno-Karabakh"."""
    root = governing(span.root)
    return root.dep_ == "pobj" and root.head.lower_ in words.locative_prepositions \
        and root.head.dep_ != "agent"


def locates(span: Span, words: Positions) -> bool:
    """True where the name says where a place is: "Pretoria's city centre" (the possessor of a
    place noun), "the town of Kwale", "the governorate of Kebili" (a place noun's "of"),
    "Highfields, Harare" (in apposition after a name)."""
    root = governing(span.root)
    head = root.head
    if root.dep_ == "appos" and head.i < root.i and (head.pos_ == "PROPN" or head.ent_type_):
        return True  # "Highfields, Harare", "the Ministry of Finance, Abuja": where it is
    if root.dep_ == "poss":
        return head.lower_ in words.place_nouns or any(
            c.dep_ == "compound" and c.lower_ in words.place_nouns for c in head.children)
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in words.place_nouns


def acts(span: Span, words: Positions) -> bool:
    """True where the name is an actor rather than a place (see the module docstring)."""
    root = governing(span.root)
    head, dep = root.head, root.dep_
    if dep == "nsubj":
        return head.pos_ in ("VERB", "AUX") and head.lemma_.casefold() not in words.place_verbs
    if dep == "pobj":
        return head.dep_ == "agent"
    if dep in ("compound", "amod", "npadvmod", "nmod"):
        if head.lemma_.casefold() == "base":
            return False  # "a London-based firm": where it is, not who acts
        return head.tag_ in ("VBN", "VBD") or head.ent_type_ in ("PERSON", "ORG") \
            or _titles_person(head)
    return False


def modifies_institution(span: Span) -> bool:
    """"Arizona Sen. John McCain", "the Kentucky Attorney General's Office": the name modifies
    a title of a person, or an organisation's name."""
    root = governing(span.root)
    return root.dep_ in ("compound", "amod", "nmod") and (
        _titles_person(root.head) or root.head.ent_type_ in ("ORG", "PERSON"))


def _titles_person(token: Token) -> bool:
    """"U.S. President Joe Biden", "Oakland police Sgt. Mark Schmid": the name modifies a
    title (of one to three words) that itself modifies a person."""
    for _ in range(3):
        if token.dep_ != "compound" or token.head is token:
            return False
        token = token.head
        if token.ent_type_ == "PERSON":
            return True
    return False
