"""Short forms a story defines: "the Arakan Army (AA)", "the Committee to Protect Journalists
(CPJ)". News spells a body out once with its short form in brackets and uses the short form
after; a later "AA" is the Arakan Army, whatever else the letters could stand for, and so is the
bracketed form itself.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

MAX_LETTERS = 8


def definitions(doc: Doc, spans: list[Span]) -> dict[str, tuple[int, int]]:
    """Short form → (start, end) of the name it stands for, for each candidate span followed
    by a bracketed short form: one token of capitals (digits allowed: "M23"), two to eight
    long, whose first letter opens one of the name's words ("Jama'a Nusrat ul-Islam wa
    al-Muslimin (JNIM)"). The first definition of a short form holds."""
    out: dict[str, tuple[int, int]] = {}
    for span in spans:
        end = span.end
        if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
            continue
        short = doc[end + 1].text
        if short in out or not _short_form(short):
            continue
        initials = {t.text[0].upper() for t in span if t.text[:1].isalpha()}
        if short[0] in initials:
            out[short] = (span.start, span.end)
    return out


def _short_form(text: str) -> bool:
    return 2 <= len(text) <= MAX_LETTERS and text[0].isalpha() and text.isupper() \
        and text.isalnum()


def short_form_of(span: Span) -> str:
    """The words of a mention that could be a short form ("the AA" → "AA")."""
    words = [t.text for t in span if t.lower_ != "the"]
    return words[0] if len(words) == 1 else ""
