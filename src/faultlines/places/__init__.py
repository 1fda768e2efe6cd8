"""Places: an embedded gazetteer (gazetteer.py), toponym resolution (geoparse.py) and the
pipeline stage that writes `doc._.places` (component.py).

`place_for_span` is the helper later stages use to give an event or a clause its place.
"""

from __future__ import annotations

from spacy.tokens import Doc

from faultlines.nlp.doctext import doc_text


def place_for_span(doc: Doc, start_char: int, end_char: int) -> dict | None:
    """The place of what happens in [start_char, end_char) (a clause, a sentence), else None:
    the most precise place inside it, not a route's end (places/precise.py): "in Stepanakert,
    Azerbaijan" → Stepanakert; "shelled positions in Tavush province near Berd" → Berd; "on the
    Garissa-Dadaab road near Modogashe" → Modogashe."""
    from faultlines.places.precise import most_precise

    inside = [p for p in doc._.places or [] if p["start"] >= start_char and p["end"] <= end_char]
    return most_precise(inside, doc_text(doc))
