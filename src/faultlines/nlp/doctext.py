"""A Doc's text, joined once per Doc.

spaCy's `Doc.text` joins every token's text anew on each read, and the stages read it per event,
per place and per pattern: over a Guardian article that came to more time than some whole
stages. No faultlines stage retokenizes (the text a Doc was made from is its text for good), so
the joined text is kept in the Doc's `user_data`, which travels with the Doc like its other data.
"""

from __future__ import annotations

from spacy.tokens import Doc

KEY = "faultlines.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined on the first read and kept for the later ones."""
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text
