"""The mention view: the one reading of `doc._.mentions` that every stage after the actors
stage uses (places, events, quotes, ties), and the one place that writes it.

The actors stage finds the story's actor mentions (names, titles, demonyms, metonyms, pronouns,
common-noun phrases) and stores them with `write(doc, mentions)`: the list in text order in
`doc._.mentions` (its shape: nlp/records.py, `Mention`), and a table from each token
to the mention covering it in `doc._.mention_table`, built once per Doc (with a fingerprint of
the spans it was built from, so that a list set by hand is never read with an old table). Both are plain lists,
so a Doc still travels between processes. Later stages ask `view(doc)` (a `MentionView`, cheap
to make: it wraps the stored table) with lookups named for what they return:

- `mention_at(token)`: the mention covering a token, resolved or not;
- `resolved_at(token)`: that mention only when it names an actor;
- `actor_at(token)`: the ACTOR dict it names;
- `mentions_in(start, end)`: the mentions inside a token span; `before(char)`: the resolved
  mentions ending before a character, nearest first;
- `antecedent_of(mention)`: the mention a pronoun or description stands for, where known.

One overlap rule: the actors stage writes mentions that do not overlap, but where two ever do
(a later stage adding a mention inside another), a token belongs to the shortest mention that
covers it, since that is the one whose head the parse points at ("Armenia" inside "the Foreign
Ministry of Armenia" stays Armenia when asked about its own token); between two of one length,
the earlier.

How a coreference stage plugs in: a component placed after `faultlines_actors` and before
`faultlines_places` (options.ALL_STAGES), declared with `requires=["doc._.mentions"]` and
`assigns=["doc._.mentions"]`. It reads `view(doc)` like any stage, and for each pronoun or
description it resolves ("it", "the group", "the Kremlin's spokesman") calls
`link(doc, mention, antecedent)`: the mention keeps its words and span, takes the antecedent's
actor, records the antecedent's token span under "antecedent" and `via` "coreference". A
description the actors stage did not find is added with `write(doc, doc._.mentions + [new])`,
which sorts the list and rebuilds the table. Every later stage then reads the resolved actor at
the pronoun's token, with no change of its own.
"""

from __future__ import annotations

import functools
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from faultlines.nlp.doctext import doc_text
from faultlines.nlp.records import Mention

NONE = -1  # a token no mention covers, in the stored table


def write(doc: Doc, mentions: list[Mention]) -> None:
    """Store the Doc's mentions (sorted into text order) and their token table."""
    doc._.mentions = sorted(mentions, key=lambda m: m["start"])
    doc._.mention_table = _table(doc, doc._.mentions)


def view(doc: Doc) -> MentionView:
    """The Doc's mention view. Its token table is the one `write` stored; it is built again only
    where the mentions were set some other way (a test that sets `doc._.mentions` by hand)."""
    return MentionView(doc)


def link(doc: Doc, mention: Mention, antecedent: Mention) -> None:
    """Resolve a pronoun or description to the mention it stands for: it takes the antecedent's
    actor (in its own words) and records where the antecedent is. For a coreference stage."""
    actor = antecedent.get("actor")
    mention["actor"] = dict(actor, text=mention["text"]) if actor else None
    mention["antecedent"] = [antecedent["start"], antecedent["end"]]
    mention["via"] = "coreference"


def _fingerprint(mentions: list[Mention]) -> int:
    """What the table was built from: the mentions' spans, in order (ints hash the same in
    every process)."""
    return hash(tuple((m["start"], m["end"]) for m in mentions))


def _table(doc: Doc, mentions: list[Mention]) -> list[int]:
    """Token → position of the mention covering it in `mentions` (NONE where none does), then
    the mentions' fingerprint, so that a list replaced by hand is never read with an old table.
    The longer mentions are written first so that the shortest covering one is left."""
    table = [NONE] * len(doc)
    order = sorted(range(len(mentions)),
                   key=lambda k: (mentions[k]["start"] - mentions[k]["end"], -mentions[k]["start"]))
    for k in order:
        for i in range(mentions[k]["start"], min(mentions[k]["end"], len(doc))):
            table[i] = k
    return table + [_fingerprint(mentions)]


class MentionView:
    """Lookups over one Doc's mentions; see the module docstring for what each returns."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.mentions: list[Mention] = doc._.mentions or []
        table = doc._.mention_table
        if table is None or len(table) != len(doc) + 1 or table[-1] != _fingerprint(self.mentions):
            table = doc._.mention_table = _table(doc, self.mentions)
        self._table: list[int] = table

    def mention_at(self, token: Token | int) -> Mention | None:
        """The mention covering a token (or token index), resolved or not."""
        i = token if isinstance(token, int) else token.i
        k = self._table[i] if 0 <= i < len(self.doc) else NONE
        return self.mentions[k] if k != NONE else None

    def resolved_at(self, token: Token | int) -> Mention | None:
        """The mention covering a token when it names an actor, else None."""
        mention = self.mention_at(token)
        return mention if mention is not None and mention.get("actor") else None

    def actor_at(self, token: Token | int) -> dict | None:
        """The ACTOR dict of the mention covering a token, or None."""
        mention = self.mention_at(token)
        return mention.get("actor") if mention is not None else None

    @property
    def by_token(self) -> dict[int, Mention]:
        """Token index → the mention covering it, for every covered token (empty: no mention)."""
        return {i: self.mentions[k] for i, k in enumerate(self._table[:-1]) if k != NONE}

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions lying inside tokens [start, end) (a clause, a sentence)."""
        return [m for m in self.mentions if start <= m["start"] and m["end"] <= end]

    def before(self, char: int, limit: int = 0) -> list[Mention]:
        """Resolved mentions ending before a character offset (from `limit`), nearest first."""
        return [m for m in reversed(self.mentions)
                if m.get("actor") and limit <= m["start_char"] and m["end_char"] <= char]

    def antecedent_of(self, mention: Mention) -> Mention | None:
        """The mention a linked pronoun or description stands for (see `link`), or None."""
        span = mention.get("antecedent")
        found = self.mention_at(span[0]) if span else None
        return found if found is not None and [found["start"], found["end"]] == span else None

    @functools.cached_property
    def text(self) -> str:
        """The Doc's text, joined once (spaCy's `Doc.text` joins every token anew on each
        access, which made the quote stage cost a sixth of the parse)."""
        return doc_text(self.doc)

    @functools.cached_property
    def _sent_starts(self) -> list[int]:
        return [s.start for s in self.doc.sents] if len(self.doc) else [0]

    def sentence(self, i: int) -> Span:
        """The sentence holding token i (`Token.sent` walks the Doc on every access)."""
        starts = self._sent_starts
        pos = bisect_right(starts, i) - 1
        end = starts[pos + 1] if pos + 1 < len(starts) else len(self.doc)
        return self.doc[starts[pos]:end]
