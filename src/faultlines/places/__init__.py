"""Places: an embedded gazetteer (gazetteer.py), toponym resolution (geoparse.py) and the
pipeline stage that writes `doc._.places` (component.py).

`place_for_span` is the helper later stages use to give an event or a clause its place.
"""

from __future__ import annotations

from spacy.tokens import Doc


def place_for_span(doc: Doc, start_char: int, end_char: int) -> dict | None:
    """The first resolved place inside [start_char, end_char) (a clause, a sentence), else None.

    Among the places of the span a city or region is preferred to a country or continent, as
    the more precise answer to "where did it happen": "in Stepanakert, Azerbaijan" → Stepanakert.
    """
    inside = [p for p in doc._.places or [] if p["start"] >= start_char and p["end"] <= end_char]
    precise = [p for p in inside if p["feature"] not in ("country", "continent")]
    return (precise or inside or [None])[0]
