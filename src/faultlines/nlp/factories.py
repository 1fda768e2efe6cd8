"""All faultlines component factories, registered in one place under `faultlines_` names.

Each factory imports its stage lazily, so that importing the CLI stays fast and a stage's
knowledge base is read only when a pipeline that uses it is built. The `requires` and `assigns`
declarations keep the one-way flow checkable with `nlp.analyze_pipes()`.
"""

from __future__ import annotations

from spacy.language import Language


@Language.factory("faultlines_datelines", assigns=["token.is_sent_start"])
def make_datelines(nlp: Language, name: str):
    from faultlines.nlp.datelines import DatelineSplitter

    return DatelineSplitter(nlp, name)


@Language.factory("faultlines_entities", requires=["doc.ents"], assigns=["doc.ents"])
def make_entities(nlp: Language, name: str):
    from faultlines.actors.ruler import KBEntityRuler

    return KBEntityRuler(nlp, name)


@Language.factory("faultlines_actors", requires=["doc.ents", "token.dep"],
                  assigns=["doc._.mentions"])
def make_actors(nlp: Language, name: str):
    from faultlines.actors.component import ActorStage

    return ActorStage(nlp, name)


@Language.factory("faultlines_places", requires=["doc.ents", "doc._.mentions"],
                  assigns=["doc._.places"])
def make_places(nlp: Language, name: str):
    from faultlines.places.component import PlaceStage

    return PlaceStage(nlp, name)


@Language.factory("faultlines_events", requires=["token.dep", "doc._.mentions", "doc._.places"],
                  assigns=["doc._.events"])
def make_events(nlp: Language, name: str):
    from faultlines.events.component import EventStage

    return EventStage(nlp, name)


@Language.factory("faultlines_quotes", requires=["token.dep", "doc._.mentions"],
                  assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str):
    from faultlines.quotes import QuoteStage

    return QuoteStage(nlp, name)


@Language.factory("faultlines_ties", requires=["token.dep", "doc._.mentions", "doc._.events"],
                  assigns=["doc._.relations"])
def make_ties(nlp: Language, name: str):
    from faultlines.ties import TieStage

    return TieStage(nlp, name)
