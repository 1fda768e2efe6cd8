"""Chains within a story: a later surname, a pronoun or "the country" names an actor resolved
before it.

`Memory` keeps, in text order, what each mention resolved to and in which paragraph; a pronoun
looks back only within its own paragraph (paragraphs are separated by blank lines), to the
nearest actor of a fitting kind: he/she to a person, it to a singular state or organisation,
they to a plural group, "the country" to a state, "the group" to an armed group or party.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

PERSONAL = frozenset("he him his himself she her hers herself".split())
NEUTER = frozenset("it its itself".split())
PLURAL = frozenset("they them their themselves".split())
# "the country", "the group": a definite noun that points back to an actor of these kinds.
ANAPHORS = {"country": ("state",), "nation": ("state",), "government": ("state",),
            "group": ("armed_group", "party", "organization"),
            "organization": ("igo", "organization"), "organisation": ("igo", "organization"),
            "alliance": ("igo",), "bloc": ("igo",), "militia": ("armed_group",),
            "ministry": ("ministry",)}
ANAPHOR_WORDS = PERSONAL | NEUTER | PLURAL | frozenset(ANAPHORS)


@dataclass
class Memory:
    """What earlier mentions of the story resolved to, for surnames and pronouns."""

    titles: frozenset[str] = frozenset()  # head nouns of one person's titles (kb.title_heads)
    surnames: dict[str, dict] = field(default_factory=dict)
    # paragraph, actor, plural, and where it stood: (sentence root, is a subject)
    recent: list[tuple[int, dict, bool]] = field(default_factory=list)
    places: list[tuple[int, bool]] = field(default_factory=list)
    heads: dict[int, dict] = field(default_factory=dict)  # a mention's head token → its actor

    def remember(self, paragraph: int, found: dict, plural: bool,
                 person: Span | None = None, name: str | None = None,
                 place: tuple[int, bool] = (-1, False)) -> None:
        """Keep an actor; a person named in full also answers to their surname later.
        place: (the index of its sentence's root, whether it is a subject)."""
        self.recent.append((paragraph, found, plural))
        self.places.append(place)
        if person is not None and len(person) > 1:
            if person[-1].is_title:
                self.surnames[person[-1].text] = found
            self.surnames[name or person.text] = found

    def titled(self, title: str, paragraph: int) -> dict | None:
        """The nearest earlier person in the paragraph whose role is `title` ("president"
        for "President", "Vice President" is not "president")."""
        for para, found, _ in reversed(self.recent):
            if para != paragraph:
                return None
            role = (found.get("role") or "").casefold()
            if found.get("kind") == "person" and role == title:
                return found
        return None

    def antecedent(self, word: str, paragraph: int, subject_of: int | None = None,
                   not_: dict | None = None) -> dict | None:
        """The nearest earlier actor in the same paragraph that `word` can point to.

        subject_of: for a pronoun that is itself a subject, the root of its sentence: a
            subject earlier in that sentence comes first, as a reader continues the topic
            ("The army is striking rebel targets in the north, it said": the army).
        not_: an actor the pronoun cannot be: the subject of its own clause, for an object
            pronoun ("Kiir pardoned [him]": not Kiir, who would be "himself")."""
        if subject_of is not None and word not in ANAPHORS:
            for (para, found, plural), (root, subject) in zip(reversed(self.recent),
                                                               reversed(self.places)):
                if para != paragraph or root != subject_of:
                    break
                if subject and fits(word, found, plural, self.titles) \
                        and not _same(found, not_):
                    return found
        for para, found, plural in reversed(self.recent):
            if para != paragraph:
                return None
            if fits(word, found, plural, self.titles) and not _same(found, not_):
                return found
        return None


def _same(found: dict, other: dict | None) -> bool:
    if other is None:
        return False
    return (found.get("id") or found.get("name")) == (other.get("id") or other.get("name"))


def fits(word: str, found: dict, plural: bool, titles: frozenset[str] = frozenset()) -> bool:
    """Can `word` point to the actor? he/she to a person, and to one holder of a person's
    title named by a common noun ("the Syrian president and his allies"); it to a singular
    body or state, or to such a title's holder speaking for its state; they to a plural or a
    group."""
    kind = found.get("kind")
    one_person = kind == "person" or (not plural and title_holder(found, titles))
    if word in PERSONAL:
        return one_person
    if word in NEUTER:  # "Turkey's president says it will ...": the title stands for its state
        return kind != "person" and not plural
    if word in PLURAL:
        return plural or kind in ("armed_group", "party")
    if word == "ministry":
        return "ministry" in (found.get("name") or "").casefold()
    if word in ("country", "nation", "government"):
        return kind == "state" and found.get("country") is not None
    return kind in ANAPHORS[word]


def title_holder(found: dict, titles: frozenset[str]) -> bool:
    """Is the actor a state organ named by a person's title ("Syria president": its id ends
    in "/president")?"""
    kb_id = found.get("id") or ""
    if found.get("kind") != "state" or "/" not in kb_id:
        return False
    words = kb_id.rsplit("/", 1)[1].split()
    return bool(words) and words[-1] in titles


@functools.lru_cache(maxsize=64)
def word_hashes(words: frozenset[str]) -> numpy.ndarray:
    """The string ids of `words`, as a Doc's arrays hold them (spaCy's ids are the hashes of the
    strings, the same in every vocabulary): computed once per word list."""
    return numpy.array([hash_string(w) for w in words], dtype="uint64")


def words_at(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-case form is one of `words` (a numpy pass over the
    word ids, not a Python loop over every token)."""
    lower = doc.to_array([LOWER]).astype("uint64")
    return numpy.flatnonzero(numpy.isin(lower, word_hashes(words))).tolist()


def anaphor_spans(doc: Doc) -> list[tuple[Span, str]]:
    """(span, "PRON" or "NOUN") for each pronoun and "the country"-style phrase."""
    out = []
    for i in words_at(doc, ANAPHOR_WORDS):
        t = doc[i]
        low = t.lower_
        if t.pos_ == "PRON" and low not in ANAPHORS and t.dep_ != "expl":
            out.append((doc[i:i + 1], "PRON"))
        elif low in ANAPHORS and t.pos_ == "NOUN" and i > 0 and doc[i - 1].lower_ == "the" \
                and t.tag_ == "NN" and t.ent_type_ == "":
            out.append((doc[i - 1:i + 1], "NOUN"))
    return out
