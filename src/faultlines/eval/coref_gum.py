"""The GUM half of the coref suite: does a third-person pronoun's chosen antecedent belong to the
pronoun's gold entity?

GUM (Zeldes 2017; ../shared/data/coref/gum) marks every mention and entity of its documents. We
take its news documents (Wikinews), run our pipeline on their text as rebuilt from the words, and
for every third-person personal or possessive pronoun that GUM marks as a mention and whose entity
was mentioned before it, ask the system for the antecedent it chose. The choice is right when the
smallest gold mention holding the antecedent's head word is a mention of the pronoun's entity
and comes before the pronoun. No choice is wrong. Pronouns whose entity is a person or an
organisation (the actors we resolve) are also counted apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc

from faultlines.eval.corefud import Document, Mention

ACTOR_TYPES = frozenset(("person", "organization"))

# A system's answer for the pronoun at a Doc token: the Doc token heading its antecedent, or None.
Chooser = Callable[[int], "int | None"]


@dataclass(frozen=True)
class Case:
    word: int  # the pronoun's word index in the GUM document
    entity: str
    etype: str
    before: tuple[Mention, ...]  # the entity's mentions before the pronoun


def cases(gold: Document) -> list[Case]:
    """The pronouns to score: third person, a one-word gold mention, entity mentioned before."""
    single = {m.start: m for m in gold.mentions if m.end - m.start == 1}
    out = []
    for i, word in enumerate(gold.words):
        mention = single.get(i)
        if not word.third_person_pronoun or mention is None:
            continue
        before = tuple(m for m in gold.mentions if m.entity == mention.entity and m.end <= i)
        if before:
            out.append(Case(i, mention.entity, mention.etype, before))
    return out


def word_at(gold: Document, char: int) -> int | None:
    """The gold word covering a character offset of the rebuilt text."""
    for i, word in enumerate(gold.words):
        if word.start <= char < word.end:
            return i
    return None


def right(gold: Document, case: Case, head_word: int | None) -> bool:
    """Is the antecedent's head word inside a mention of the pronoun's entity, as the smallest
    gold mention that holds it, and before the pronoun?"""
    if head_word is None or head_word >= case.word:
        return False
    holding = [m for m in gold.mentions if m.start <= head_word < m.end and m.end <= case.word]
    if not holding:
        return False
    return min(holding, key=lambda m: m.end - m.start).entity == case.entity


def score(gold: Document, doc: Doc, choose: Chooser) -> list[dict]:
    """One row per scored pronoun: its words, entity type, and whether the choice was right."""
    rows = []
    for case in cases(gold):
        word = gold.words[case.word]
        token = _token_at(doc, word.start)
        head = choose(token) if token is not None else None
        head_word = word_at(gold, doc[head].idx) if head is not None else None
        rows.append({"document": gold.id, "pronoun": word.form, "etype": case.etype,
                     "chosen": gold.words[head_word].form if head_word is not None else None,
                     "right": right(gold, case, head_word)})
    return rows


def _token_at(doc: Doc, char: int) -> int | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else None
