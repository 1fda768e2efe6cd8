"""The tie stage: standing ties that a story states between actors (OUTPUT.md, RELATION).

"Armenia has long been a close ally of Russia", "the two countries have strengthened their
trade partnership", "Erdoğan, who has been backing Azerbaijan against Armenia": each becomes a
RELATION with `basis: "stated"`, its polarity, type, sentence and date where the sentence gives
one. The constructions are read from the parse (find.py); the words are data (patterns.yaml).
A sentence that states no tie yields none, and a negated one ("is not an ally of") neither.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from faultlines.nlp.records import RelationDict
from faultlines.nlp.stage import Stage
from faultlines.ties import patterns as pattern_data

__all__ = ["TieStage", "find_ties"]


class TieStage(Stage):
    """spaCy component `faultlines_ties`: adds stated and event-implied ties to `doc._.relations`."""

    name = "faultlines_ties"

    def __init__(self, nlp: Language | None = None, name: str | None = None) -> None:
        super().__init__(nlp, name)
        self.patterns = pattern_data.load()

    def find(self, doc: Doc) -> list[RelationDict]:
        return find_ties(doc, self.patterns)

    def annotate(self, doc: Doc, found: list[RelationDict]) -> None:
        """Stated ties, then the ties the article's events imply (basis "events")."""
        from faultlines.model import Event
        from faultlines.ties.from_events import event_relations

        implied = event_relations(Event.from_dict(e) for e in doc._.events or [])
        kept = [r for r in doc._.relations or [] if r.get("basis") not in ("stated", "events")]
        doc._.relations = kept + found + [r.to_dict() for r in implied]


def find_ties(doc: Doc, patterns: pattern_data.Patterns | None = None) -> list[RelationDict]:
    """Every stated RELATION dict of the Doc, in text order, each pair and type once a sentence."""
    from faultlines.ties.find import stated_ties

    return stated_ties(doc, patterns or pattern_data.load())
