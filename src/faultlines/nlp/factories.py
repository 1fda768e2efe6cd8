"""All faultlines component factories, registered in one place under `faultlines_` names.

One table says, for each stage, where its class lives and what it reads and writes; each
factory imports its stage lazily, so that importing the CLI stays fast and a stage's knowledge
base is read only when a pipeline that uses it is built. The `requires` and `assigns`
declarations keep the one-way flow checkable with `nlp.analyze_pipes()`.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from spacy.language import Language


class StageSpec(NamedTuple):
    module: str
    cls: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


STAGES: dict[str, StageSpec] = {
    "datelines": StageSpec("faultlines.nlp.datelines", "DatelineSplitter", (),
                           ("token.is_sent_start", "doc._.datelines")),
    "lemmas": StageSpec("faultlines.nlp.hyphens", "PrefixedLemmas", ("token.lemma",),
                        ("token.lemma",)),
    "entities": StageSpec("faultlines.actors.ruler", "KBEntityRuler", ("doc.ents",),
                          ("doc.ents",)),
    "actors": StageSpec("faultlines.actors.component", "ActorStage", ("doc.ents", "token.dep"),
                        ("doc._.mentions",)),
    "coref": StageSpec("faultlines.coref.component", "CorefStage",
                       ("token.dep", "doc._.mentions"), ("doc._.mentions",)),
    "places": StageSpec("faultlines.places.component", "PlaceStage",
                        ("doc.ents", "doc._.mentions"), ("doc._.places",)),
    "events": StageSpec("faultlines.events.component", "EventStage",
                        ("token.dep", "doc._.mentions", "doc._.places"), ("doc._.events",)),
    "quotes": StageSpec("faultlines.quotes", "QuoteStage", ("token.dep", "doc._.mentions"),
                        ("doc._.quotes",)),
    "ties": StageSpec("faultlines.ties", "TieStage",
                      ("token.dep", "doc._.mentions", "doc._.places", "doc._.events"),
                      ("doc._.relations",)),
}


def _factory(spec: StageSpec):
    def make(nlp: Language, name: str):
        return getattr(importlib.import_module(spec.module), spec.cls)(nlp, name)

    return make


for _stage, _spec in STAGES.items():
    Language.factory(f"faultlines_{_stage}", requires=list(_spec.requires),
                     assigns=list(_spec.assigns), func=_factory(_spec))
