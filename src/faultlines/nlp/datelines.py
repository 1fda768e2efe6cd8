"""Datelines: a wire story's opening place ends a sentence before the parser reads it.

"MOGADISHU, Somalia -- A U.S. military airstrike has killed ..." parses, without help, with
"MOGADISHU" as the subject of "killed" and the airstrike as its apposition: the events stage then
finds the act but not who did it. Run before spaCy's "parser", this stage marks the first word
after a dateline as a sentence start (the parser keeps boundaries already set), so the dateline
becomes a sentence of its own and the story's first clause parses as it would anywhere else.

A dateline here is what wire services write at the start of a line: a place in capitals ("BEIJING",
"THE HAGUE", "GAZA CITY"), optionally a comma and a region or country ("Somalia", "Gaza
Strip"), optionally a date ("Aug 30") and an agency in brackets ("(AP)", "(Reuters)"), then a dash
or a colon. Only capitals open one: "Washington - the Senate voted" could be a headline's subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from faultlines.nlp.stage import Stage

SEPARATORS = frozenset(("--", "-", "—", "–", ":"))
# A dateline is short: a place, its country, a date and an agency fit in this many tokens.
MAX_TOKENS = 14


class DatelineSplitter(Stage):
    name = "faultlines_datelines"

    def __init__(self, nlp: Language | None = None, name: str = "faultlines_datelines") -> None:
        self.name = name

    def find(self, doc: Doc) -> list[int]:
        return [end for start in _line_starts(doc) if (end := dateline_end(doc, start))]

    def annotate(self, doc: Doc, found: list[int]) -> None:
        for i in found:
            doc[i].is_sent_start = True


def _line_starts(doc: Doc) -> list[int]:
    """Token 0 and every token that follows a line break."""
    return [0] + [t.i + 1 for t in doc[:-1] if "\n" in t.text_with_ws[len(t.text):] or t.is_space]


def dateline_end(doc: Doc, start: int) -> int | None:
    """The index of the first word after the dateline opening at `start`, or None if none does.

    The place in capitals may be followed by ", Region" (title-case words after a comma), a date
    and "(Agency)", in that order; anything else ("NATO Secretary General ...") is no dateline.
    """
    i = _capitals(doc, start)
    if i == start or i == start + 1 and len(doc[start]) < 4:  # "US - China talks", "UN: ..."
        return None
    limit = min(len(doc), start + MAX_TOKENS)
    while i < limit and doc[i].text == ",":  # ", Somalia", ", Aug 30"
        j = i + 1
        while j < limit and (doc[j].is_title or doc[j].like_num or doc[j].text == "."):
            j += 1
        if j == i + 1:
            return None
        i = j
    if i < limit and doc[i].text == "(":  # "(AP)", "(Reuters)"
        close = next((j for j in range(i + 1, limit) if doc[j].text.startswith(")")), None)
        if close is None:
            return None
        if doc[close].text[1:] in SEPARATORS and close + 1 < len(doc):
            return close + 1  # "KABUL (Pajhwok): ...", the mark written onto the bracket
        i = close + 1
        if i + 1 < len(doc) and doc[i].is_quote and _opens_clause(doc[i + 1]):
            return i + 1  # "WASHINGTON (AP) \" ...": a dash the feed turned into a quote mark
    if i + 1 < len(doc) and doc[i].text in SEPARATORS and _opens_clause(doc[i + 1]):
        return i + 1
    return None


def _capitals(doc: Doc, start: int) -> int:
    """The end of the run of words in capitals at `start` ("THE HAGUE", "GAZA CITY")."""
    i = start
    while i < len(doc) and i - start < 4 and doc[i].is_alpha and doc[i].is_upper \
            and len(doc[i]) > 1:
        i += 1
    return i


def _opens_clause(token: Token) -> bool:
    return token.is_title or token.is_upper or token.is_quote or token.like_num
