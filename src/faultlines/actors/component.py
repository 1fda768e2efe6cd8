"""The actors stage: resolve every actor mention of a story and write `doc._.mentions`.

A thin spaCy component over `resolve.find_mentions` (compute), then one write through the
mention view (annotate: nlp/mentions.py, which every later stage reads). The knowledge base is
loaded once per process (`kb.load()` is cached).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from faultlines.actors import kb as kb_module
from faultlines.actors.names import english_words
from faultlines.actors.resolve import find_mentions
from faultlines.nlp import mentions
from faultlines.nlp.records import Mention
from faultlines.nlp.stage import Stage


class ActorStage(Stage):
    """Find the story's actor mentions (names, titles, demonyms, metonyms, pronouns)."""

    name = "faultlines_actors"

    def __init__(self, nlp: Language | None = None, name: str | None = None,
                 kb: kb_module.KB | None = None) -> None:
        super().__init__(nlp, name)
        self.kb = kb or kb_module.load()
        self.english = english_words(nlp)

    def find(self, doc: Doc) -> list[Mention]:
        return find_mentions(doc, self.kb, self.english)

    def annotate(self, doc: Doc, found: list[Mention]) -> None:
        mentions.write(doc, found)
