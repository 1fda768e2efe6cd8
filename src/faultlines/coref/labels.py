"""Which of a pronoun's candidates GUM says it stands for: the training labels of the ranker.

The ranker is trained on what it sees at run time: our pipeline's own candidates (actor
mentions, names inside them, pairs, things, pronouns resolved before) on GUM's text, each
aligned to GUM's gold entities through its head word, as eval/coref_gum.py scores a choice. A
candidate is right when the smallest gold mention that holds its head word (both heads, for a
pair) belongs to the pronoun's entity and ends before the pronoun. A pronoun that GUM does not
mark, or none of whose candidates is right, teaches nothing and is left out.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from faultlines.coref.candidates import Candidate

if TYPE_CHECKING:  # GUM's reader belongs to eval, a layer above; labels only read its records
    from faultlines.eval.corefud import Document, Mention


class Aligned:
    """A GUM document beside our Doc of its text: gold words by character, mentions by word."""

    def __init__(self, gold: Document, doc: Doc) -> None:
        self.gold = gold
        self.doc = doc
        self.starts = [w.start for w in gold.words]
        self.single = {m.start: m for m in gold.mentions if m.end - m.start == 1}
        self.by_word: dict[int, list[Mention]] = {}  # the mentions holding a word, smallest first
        for m in sorted(gold.mentions, key=lambda m: m.end - m.start):
            for i in range(m.start, m.end):
                self.by_word.setdefault(i, []).append(m)

    def word(self, token: int) -> int | None:
        """The gold word under a Doc token's first character."""
        char = self.doc[token].idx
        i = bisect.bisect_right(self.starts, char) - 1
        if i < 0 or char >= self.gold.words[i].end:
            return None
        return i

    def holding(self, words: list[int], before: int) -> Mention | None:
        """The smallest gold mention that holds all the words and ends before a word."""
        return next((m for m in self.by_word.get(words[0], ()) if m.end <= before
                     and all(m.start <= w < m.end for w in words)), None)


def right(aligned: Aligned, anaphor_head: int, pool: list[Candidate]) -> frozenset[int]:
    """The indices of the pool's candidates that are mentions of the pronoun's gold entity
    (none where GUM marks no mention at the pronoun)."""
    word = aligned.word(anaphor_head)
    mention = aligned.single.get(word) if word is not None else None
    if mention is None:
        return frozenset()
    out = set()
    for i, c in enumerate(pool):
        words = [aligned.word(m.head) for m in (c.members or (c,))]
        if None in words:
            continue
        held = aligned.holding(words, word)
        if held is not None and held.entity == mention.entity:
            out.add(i)
    return frozenset(out)
