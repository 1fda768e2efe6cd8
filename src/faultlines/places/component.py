"""The places stage: resolve the story's toponyms into `doc._.places` (OUTPUT.md PLACE dicts).

Runs after the actors stage so that names the actors stage resolved as acting metonyms
("Moscow said") are left to it. The gazetteer is loaded when the stage is built, once per
process, so the first article does not pay for it.
"""

from __future__ import annotations

from faultlines.nlp.stage import DataStage
from faultlines.places import geoparse, positions
from faultlines.places.gazetteer import Gazetteer, load


def _knowledge() -> Gazetteer:
    """The gazetteer geoparse reads, with the positions table read now too: neither is left
    for the first article to pay for."""
    gazetteer = load()
    positions.load()
    return gazetteer


class PlaceStage(DataStage):
    name = "faultlines_places"
    writes = "places"
    load = staticmethod(_knowledge)
    compute = staticmethod(geoparse.resolve)
