"""The tie stage: standing ties that a story states between actors (OUTPUT.md, RELATION).

"Armenia has long been a close ally of Russia", "the two countries have strengthened their
trade partnership", "Erdoğan, who has been backing Azerbaijan against Armenia": each becomes a
RELATION with `basis: "stated"`, its polarity, type, sentence and date where the sentence gives
one. The constructions are read from the parse (find.py); the words are data (patterns.yaml).
A sentence that states no tie yields none, and a negated one ("is not an ally of") neither.
"""

from __future__ import annotations

from spacy.tokens import Doc

from faultlines.nlp.records import RelationDict
from faultlines.nlp.stage import DataStage
from faultlines.ties import patterns as pattern_data

__all__ = ["TieStage", "find_ties"]


def find_ties(doc: Doc, patterns: pattern_data.Patterns | None = None) -> list[RelationDict]:
    """Every stated RELATION dict of the Doc, in text order, each pair and type once a sentence."""
    from faultlines.ties.find import stated_ties

    return stated_ties(doc, patterns or pattern_data.load())


class TieStage(DataStage):
    """spaCy component `faultlines_ties`: adds stated and event-implied ties to `doc._.relations`."""

    name = "faultlines_ties"
    load = staticmethod(pattern_data.load)
    compute = staticmethod(find_ties)

    def annotate(self, doc: Doc, found: list[RelationDict]) -> None:
        """Stated ties, then the ties the article's events imply (basis "events")."""
        from faultlines.model import Event
        from faultlines.ties.from_events import event_relations

        implied = event_relations(Event.from_dict(e) for e in doc._.events or [])
        kept = [r for r in doc._.relations or [] if r.get("basis") not in ("stated", "events")]
        doc._.relations = kept + found + [r.to_dict() for r in implied]

