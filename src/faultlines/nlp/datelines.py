"""Datelines: where a wire story was filed ("KABUL —", "WASHINGTON (Reuters) -", "LIMA, Peru
(AP) --", "BONN 1996-08-30"), found once for every later stage.

The dateline stage runs before spaCy's parser. It records each dateline in `doc._.datelines`
(plain dicts, nlp/records.py `DatelineDict`) and marks the first word of the story after one in
capitals as a sentence start: "MOGADISHU, Somalia -- A U.S. military airstrike has killed ..."
parses, without help, with "MOGADISHU" as the subject of "killed"; split, the story's first
clause parses as it would anywhere else (the parser keeps boundaries already set). Later stages
read the records (`recorded(doc)`) instead of looking again: the entity ruler takes a dated
dateline's place for a GPE (`dated_place`), the actors stage takes no actor from a dateline's
names (`names`), the places stage takes its place for a place whatever the model called it.

A dateline (its shapes are data: `dateline` in faultlines/words/classes.yaml):

- opens a line of the story, or, within its first characters (`opening_chars`), follows a
  sentence's end or a byline's year ("… sunk in lake. HUDSON -- Officials", "March 15, 2009
  NEWARK --"), or follows a list item's words ("• Senators ask for a probe BEIJING: China
  ...", a story's bullet summary with its paragraphs joined into one line);
- names a place: up to four words in capitals ("THE HAGUE", "ST. LOUIS"; a single word of
  fewer than four letters is an acronym: "US - China talks" opens none), or, at a line's start,
  in title case ("Nairobi - The minister resigned"); a place in capitals may be joined by
  slashes to more ("MOGADISHU/NAIROBI:", "ISLAMABAD / WASHINGTON:"), each a name of the
  dateline (in `parts`) and none an actor;
- may go on, in this order, with ", Region" ("Somalia", "N.Y."), a date ("Aug 30", "Sept. 26")
  and the agency that filed it in brackets ("(AP)", "(Reuters)");
- ends with a mark: a dash ("--", "—", "–"), a colon ("DHAKA: ..."), or a hyphen with a space
  before it ("MOSCOW - A court", never "US-backed fighters"); a place in capitals with an
  agency needs none ("WASHINGTON (AP)"), nor one with a date at a line's start ("BONN
  1996-08-30", as Reuters writes), nor one with a US state in AP's abbreviation ("SALINA, Kan.
  Strong winds ...").

The story starts at the word after the mark when that word can open a clause (a capital, a
quote mark, a number): "KENYA votes - and the count is slow" is a headline, not a dateline.

As the one stage before the parser, it also marks where the layout ends a sentence (paragraph
breaks, list bullets: nlp/breaks.py).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from faultlines import words
from faultlines.nlp.breaks import bullet, sentence_starts
from faultlines.nlp.parse import line_start
from faultlines.nlp.records import DatelineDict
from faultlines.nlp.stage import DataStage
from faultlines.words import DatelineShapes

_YEAR = re.compile(r"(?:19|20)\d\d")


def recorded(doc: Doc) -> list[DatelineDict]:
    """The Doc's datelines: as the dateline stage recorded them, or found now where a pipeline
    runs without that stage (the places suites)."""
    if doc._.datelines is None:
        doc._.datelines = find(doc)
    return doc._.datelines


def names(span: Span) -> bool:
    """Is the span one of a dateline's names: its place, or the region or agency after it
    ("LIMA, [Peru] ([AP]) --"), or its places joined as one ("[SRINAGAR / AMRITSAR]:")? It
    says where the story was filed, and is no actor of it."""
    for dateline in recorded(span.doc):
        last = max([dateline["end"], *(e for _, e in dateline["parts"])])
        if span.start == dateline["start"] and dateline["end"] <= span.end <= last:
            return True
        if any(s <= span.start and span.end <= e for s, e in dateline["parts"]):
            return True
    return False


def dated_place(span: Span) -> bool:
    """Is the span the place of a dateline in capitals with its date ("BONN 1996-08-30")?"""
    return any(d["upper"] and d["dated"] and d["start"] == span.start and span.end == d["end"]
               for d in recorded(span.doc))


def dateline_shapes() -> DatelineShapes:
    """The shapes a dateline takes: `dateline` in faultlines/words/classes.yaml."""
    return words.load().dateline


def find(doc: Doc, shapes: DatelineShapes | None = None) -> list[DatelineDict]:
    """Every dateline of the Doc, in text order (see the module docstring)."""
    shapes = shapes or dateline_shapes()
    found: list[DatelineDict] = []
    for start, line in openings(doc, shapes):
        if found and start < _extent(found[-1]):
            continue  # "ST. PARIS —": "PARIS" after the stop is no dateline of its own
        dateline = read(doc, start, line, shapes)
        if dateline is not None:
            found.append(dateline)
    return found


class DatelineSplitter(DataStage):
    """spaCy component `faultlines_datelines`: records the datelines and splits after them,
    and at the breaks of the text's layout."""

    name = "faultlines_datelines"
    load = staticmethod(dateline_shapes)
    compute = staticmethod(find)

    def annotate(self, doc: Doc, found: list[DatelineDict]) -> None:
        doc._.datelines = found
        for i in sentence_starts(doc):
            doc[i].is_sent_start = True
        for dateline in found:
            if dateline["upper"] and dateline["body"] is not None:
                if _after_item(doc, dateline["start"]):
                    doc[dateline["start"]].is_sent_start = True
                doc[dateline["body"]].is_sent_start = True
                for i in range(dateline["start"] + 1, dateline["body"]):
                    doc[i].is_sent_start = False  # "BEIJING:" one sentence, not two


def _extent(dateline: DatelineDict) -> int:
    """The token after a dateline's last word."""
    return max([dateline["end"], *(e for _, e in dateline["parts"]),
                dateline["body"] or 0])


def openings(doc: Doc, shapes: DatelineShapes) -> list[tuple[int, bool]]:
    """(token, opens a line) for every token a dateline may open at."""
    out, after_break = [], True
    item = None  # where the list item the token is in began (its bullet's offset)
    first = -1  # the item's first word: "• NATO: allies agreed" opens with a name, no dateline
    for t in doc:
        starts = after_break  # `parse.line_start`, read from the token before as we pass it
        after_break = "\n" in t.text_with_ws
        if t.is_space:
            continue
        if starts:
            out.append((t.i, True))
        elif t.idx < shapes.opening_chars and _after_opening(doc[t.i - 1]):
            out.append((t.i, False))
        elif item is not None and t.idx - item < shapes.opening_chars and t.is_upper \
                and t.i != first:
            out.append((t.i, False))  # "• Senators ask for a probe BEIJING: China ..."
        if bullet(t):
            item, first = t.idx, t.i + 1
        elif t.text in (".", "!", "?"):
            item = None
    return out


def _after_item(doc: Doc, start: int) -> bool:
    """Does the dateline at `start` follow a list item's words on the same line ("• Senators
    ask for a probe BEIJING: ...")? The item's sentence then ends before the place."""
    before = [t for t in doc[max(0, start - 60):start] if not t.is_space]
    if not before or line_start(doc, start) or before[-1].text in (".", "!", "?"):
        return False
    return any(bullet(t) for t in before)


def _after_opening(previous: Token) -> bool:
    """A headline's full stop or a byline's year, with a space after it."""
    return bool(previous.whitespace_) and (previous.text[-1] in ".!?"
                                           or _YEAR.fullmatch(previous.text) is not None)


def read(doc: Doc, start: int, line: bool, shapes: DatelineShapes) -> DatelineDict | None:
    """The dateline opening at token `start`, or None where none does."""
    place = _place(doc, start, line, shapes)
    if place is None:
        return None
    end, upper = place
    limit = min(len(doc), start + shapes.span_tokens)
    i, joined = _joined_places(doc, end, limit, upper, shapes)
    after = _region_and_date(doc, i, limit, upper, line, shapes)
    if after is None:
        return None
    i, parts, dated = after
    parts = joined + parts
    if i > end and _marked(doc[i - 1], shapes):
        return {"start": start, "end": end, "parts": parts, "body": None, "upper": upper,
                "dated": dated}  # "LOUISVILLE, KY--(Marketwire ...)": the mark on the region

    def found(body: int | None) -> DatelineDict:
        return {"start": start, "end": end, "parts": parts, "body": body, "upper": upper,
                "dated": dated}

    agency = i < limit and doc[i].text == "("  # "(AP)", "(Reuters)", "(Pajhwok):"
    if agency:
        close = next((j for j in range(i + 1, limit) if doc[j].text.startswith(")")), None)
        if close is None:
            return None
        parts.append([i + 1, close])
        if doc[close].text[1:] in shapes.marks and close + 1 < len(doc):
            return found(close + 1)  # "KABUL (Pajhwok):", the mark written onto the bracket
        i = close + 1
        if i + 1 < len(doc) and doc[i].is_quote and _opens_clause(doc[i + 1]):
            return found(i + 1)  # "WASHINGTON (AP) \" ...": a dash the feed made a quote mark
    if i < len(doc) and _mark(doc[i], shapes):
        return found(i + 1 if i + 1 < len(doc) and _opens_clause(doc[i + 1]) else None)
    if upper and parts and doc[parts[0][0]].text in shapes.abbreviated_regions:
        region = parts[0][0]  # "SALINA, Kan. Strong winds": AP's form, its mark left out
        parts[0] = [region, region + 1]
        return found(region + 1 if _opens_clause(doc[region + 1]) else None)
    return found(None) if upper and (agency or dated and line) else None


def _joined_places(doc: Doc, i: int, limit: int, upper: bool,
                   shapes: DatelineShapes) -> tuple[int, list[list[int]]]:
    """Past "/NAIROBI", " / WASHINGTON" after a place in capitals: a story filed from two
    cities ("MOGADISHU/NAIROBI:"); (the next token, the further places' spans). Every city is
    a name of the dateline, so that none is taken for an actor of the story."""
    parts: list[list[int]] = []
    while upper and i + 1 < limit and doc[i].text == "/":
        place = _place(doc, i + 1, False, shapes)
        if place is None or not place[1]:
            break
        parts.append([i + 1, place[0]])
        i = place[0]
    return i, parts


def _region_and_date(doc: Doc, i: int, limit: int, upper: bool, line: bool,
                     shapes: DatelineShapes) -> tuple[int, list[list[int]], bool] | None:
    """Past ", Somalia", ", Aug 30", ", N.Y., Sept. 26" after a place (after one in capitals
    also ", DC" and a press wire's ", KY--"), and at a line's start past a date in numbers
    ("BONN 1996-08-30"): (the next token, the regions' spans, whether a date was read); None
    where a comma is followed by no name."""
    parts: list[list[int]] = []
    dated = False
    while i < limit and doc[i].text == ",":
        j = i + 1
        while j < limit and (doc[j].is_title or doc[j].like_num or doc[j].text == "."
                             or upper and doc[j].is_upper):
            j += 1
        if upper and j < limit and _marked(doc[j], shapes):
            parts.append([i + 1, j + 1])  # "KY--(Marketwire": a press wire's region and mark
            return j + 1, parts, dated
        if j == i + 1:
            return None
        date = next((k for k in range(i + 1, j) if _date_word(doc[k], shapes)), j)
        if date > i + 1:
            parts.append([i + 1, date])  # the region, before any date
        dated = dated or date < j
        i = j
    while upper and line and i < limit and (_date_word(doc[i], shapes) or _date_joint(doc, i)):
        dated, i = True, i + 1
    return i, parts, dated


def _place(doc: Doc, start: int, line: bool, shapes: DatelineShapes) -> tuple[int, bool] | None:
    """(end, in capitals) of the place's words at `start`: capitals ("THE HAGUE", "ST. LOUIS"),
    or at a line's start title case ("Nairobi"); None where they name no place."""
    i, count = start, 0
    while i < len(doc) and count < shapes.place_words:
        if _capitals(doc[i]):
            count += 1
        elif not (doc[i].text == "." and i > start and not doc[i - 1].whitespace_
                  and i + 1 < len(doc) and _capitals(doc[i + 1])):  # "ST. PARIS"
            break
        i += 1
    if i > start:
        return None if i == start + 1 and len(doc[start]) < 4 else (i, True)  # "US - China"
    while line and i < len(doc) and i - start < shapes.place_words and doc[i].is_alpha \
            and len(doc[i]) > 1 and (doc[i].is_title or doc[i].is_upper):
        i += 1
    return (i, False) if i > start else None


def _capitals(token: Token) -> bool:
    """A word in capitals, with an abbreviation's dot or an apostrophe ("ST.", "D'ALENE")."""
    letters = token.text.rstrip(".").replace("'", "")
    return len(token) > 1 and token.is_upper and letters.isalpha()


def _date_word(token: Token, shapes: DatelineShapes) -> bool:
    return token.like_num or token.text[:1].isdigit() \
        or token.lower_.rstrip(".") in shapes.date_words


def _marked(token: Token, shapes: DatelineShapes) -> bool:
    """A region's word with a mark written onto it, as press wires print them ("KY--(PRNewswire)")."""
    letters = next((token.text[:k] for k in range(1, len(token.text))
                    if token.text[k:k + 2] in shapes.marks and token.text[k:k + 2] != "-"), "")
    return len(letters) > 1 and letters[0].isupper() and letters.replace(".", "").isalpha()


def _date_joint(doc: Doc, i: int) -> bool:
    """The hyphen or slash inside a date written in numbers ("1996-08-30")."""
    return doc[i].text in ("-", "/") and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and i + 1 < len(doc) and doc[i + 1].text[:1].isdigit()


def _mark(token: Token, shapes: DatelineShapes) -> bool:
    """A mark that ends a dateline: a hyphen only with a space before it ("MOSCOW - A ...")."""
    if token.text not in shapes.marks:
        return False
    return token.text not in shapes.spaced or token.i == 0 or bool(token.doc[token.i - 1].whitespace_)


def _opens_clause(token: Token) -> bool:
    return token.is_title or token.is_upper or token.is_quote or token.like_num
