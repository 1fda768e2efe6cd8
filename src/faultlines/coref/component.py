"""The coreference stage: each pronoun and description of a story written to the mention view
as the actor it stands for, so that places, events, quotes and ties read "it", "their" or "the
group" as the actor they name.

A thin spaCy component over `resolve` (compute: the links, and what they change in the view,
annotate.plan), then one write through the mention view (annotate.write). It runs after the
actors stage and before places (options.ALL_STAGES); the resolver's words and the learned
ranker's weights are loaded once per process.
"""

from __future__ import annotations

from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc

from faultlines.coref import annotate, lexicon, rank, resolve
from faultlines.coref.choose import Ranker
from faultlines.nlp.stage import Stage


class CorefStage(Stage):
    """Link pronouns and descriptions to the actor mentions they stand for."""

    name = "faultlines_coref"

    def __init__(self, nlp: Language | None = None, name: str | None = None,
                 ranker: Ranker | None | Literal["shipped"] = "shipped") -> None:
        """ranker: the learned ranker that weighs a pronoun's candidates (the shipped weights by
        default; None: the hand-set salience of the rules, as `faultlines eval coref` compares)."""
        super().__init__(nlp, name)
        self.words = lexicon.load()
        self.ranker = rank.load() if ranker == "shipped" else ranker

    def find(self, doc: Doc) -> annotate.Plan:
        links = resolve(doc, doc._.mentions or [], self.words, self.ranker)
        return annotate.plan(doc, links)

    def annotate(self, doc: Doc, found: annotate.Plan) -> None:
        annotate.write(doc, *found)
