"""A token → actor-mention lookup over `doc._.mentions`, built once per Doc.

The actors stage writes the mentions (see nlp/extensions.py for the contract); the quote and tie
stages only read them. When a token is covered by several mentions the shortest wins, since the
shortest is the one whose head the parse points at ("Armenia" inside "the Foreign Ministry of
Armenia" stays Armenia when asked about its own token).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token


class MentionIndex:
    """Mentions and sentences by token, for one Doc the actors stage has annotated.

    The text and sentence bounds are kept here too: spaCy's `Doc.text` and `Token.sent` walk the
    whole Doc on every access, which made the quote stage cost a sixth of the parse.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token anew on each access
        self._sent_starts = [s.start for s in doc.sents] if len(doc) else [0]
        self.mentions: list[dict] = list(doc._.mentions or [])
        self._at: list[dict | None] = [None] * len(doc)
        for mention in sorted(self.mentions, key=lambda m: m["start"] - m["end"]):
            for i in range(mention["start"], min(mention["end"], len(doc))):
                self._at[i] = mention

    def at(self, i: int) -> dict | None:
        """The mention covering token i, or None."""
        return self._at[i] if 0 <= i < len(self._at) else None

    def actor_at(self, token: Token) -> dict | None:
        mention = self.at(token.i)
        return mention.get("actor") if mention else None

    def resolved(self, token: Token) -> dict | None:
        """The mention covering the token when it names an actor, else None."""
        mention = self.at(token.i)
        return mention if mention and mention.get("actor") else None

    def before(self, char: int, limit: int = 0) -> list[dict]:
        """Resolved mentions ending before a character offset, nearest first."""
        return [m for m in reversed(self.mentions)
                if m.get("actor") and limit <= m["start_char"] and m["end_char"] <= char]

    def sentence(self, i: int) -> Span:
        """The sentence holding token i."""
        pos = bisect_right(self._sent_starts, i) - 1
        end = self._sent_starts[pos + 1] if pos + 1 < len(self._sent_starts) else len(self.doc)
        return self.doc[self._sent_starts[pos]:end]
