"""The places stage: resolve the story's toponyms into `doc._.places` (OUTPUT.md PLACE dicts).

Runs after the actors stage so that names the actors stage resolved as acting metonyms
("Moscow said") are left to it. The gazetteer is loaded when the stage is built, once per
process, so the first article does not pay for it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from faultlines.nlp.records import PlaceDict
from faultlines.nlp.stage import Stage
from faultlines.places import geoparse, positions
from faultlines.places.gazetteer import load


class PlaceStage(Stage):
    name = "faultlines_places"
    writes = "places"

    def __init__(self, nlp: Language | None = None, name: str | None = None) -> None:
        super().__init__(nlp, name)
        self.gazetteer = load()
        positions.load()

    def find(self, doc: Doc) -> list[PlaceDict]:
        return geoparse.resolve(doc, self.gazetteer)
