"""Chains within a story: a later surname, title or organ names an actor resolved before it.

`Memory` keeps, in text order, what each mention resolved to and in which paragraph: a surname
("Katz") answers to the person named in full before it, "the president" to the latest person of
that title in the paragraph, and an organ named without its state ("the Senate Foreign Relations
Committee") takes the state of the paragraph's latest actor of its sector (resolve.py).
Pronouns and descriptions ("it", "their", "the country", "the group") are no business of this
stage: the coreference stage (coref/) links them once every actor mention is known.

`words_at` finds the tokens of a word list in one numpy pass, for the stage's word lookups.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span


@dataclass
class Memory:
    """What earlier mentions of the story resolved to, for surnames, titles and organs."""

    surnames: dict[str, dict] = field(default_factory=dict)
    recent: list[tuple[int, dict]] = field(default_factory=list)  # (paragraph, actor)
    # first words of known people's names, for names written family name first ("Wang" after
    # "Wang Yi", "Kim" after "Kim Jong Un"); None where two people of the story share one
    first_words: dict[str, dict | None] = field(default_factory=dict)

    def remember(self, paragraph: int, found: dict, person: Span | None = None,
                 name: str | None = None) -> None:
        """Keep an actor; a person named in full also answers to their surname later, and a
        person the KB knows to the first word of their name, where no other person of the
        story has it."""
        self.recent.append((paragraph, found))
        if person is not None and len(person) > 1:
            if person[-1].is_title:
                self.surnames[person[-1].text] = found
            self.surnames[name or person.text] = found
            first = person[0].text
            if found.get("id") and person[0].is_title and person[0].is_alpha:
                earlier = self.first_words.get(first, found)
                self.first_words[first] = found if earlier == found else None

    def named(self, word: str) -> dict | None:
        """The person a lone name stands for: a surname, else the first word of one known
        person's name."""
        return self.surnames.get(word) or self.first_words.get(word)

    def titled(self, title: str, paragraph: int) -> dict | None:
        """The nearest earlier person in the paragraph whose role is `title` ("president"
        for "President", "Vice President" is not "president")."""
        for para, found in reversed(self.recent):
            if para != paragraph:
                return None
            role = (found.get("role") or "").casefold()
            if found.get("kind") == "person" and role == title:
                return found
        return None


@functools.lru_cache(maxsize=64)
def word_hashes(words: frozenset[str]) -> numpy.ndarray:
    """The string ids of `words`, as a Doc's arrays hold them (spaCy's ids are the hashes of the
    strings, the same in every vocabulary), sorted: computed once per word list."""
    return numpy.unique(numpy.array([hash_string(w) for w in words], dtype="uint64"))


def hits(ids: numpy.ndarray, hashes: numpy.ndarray) -> numpy.ndarray:
    """Which of `ids` are in `hashes` (sorted, as `word_hashes` gives them): `numpy.isin`'s
    answer by binary search, without sorting the whole word list again on every call."""
    if not len(hashes):
        return numpy.zeros(len(ids), dtype=bool)
    at = numpy.searchsorted(hashes, ids)
    at[at == len(hashes)] = 0
    return hashes[at] == ids


def words_at(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-case form is one of `words` (a numpy pass over the
    word ids, not a Python loop over every token)."""
    lower = doc.to_array([LOWER]).astype("uint64")
    return numpy.flatnonzero(hits(lower, word_hashes(words))).tolist()
