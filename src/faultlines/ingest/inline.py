"""Credits and captions inside a long line, removed as sentences rather than as the line.

A text without paragraph breaks (a page scraped to one line, paragraphs joined by a space) holds
its picture credits and captions inside the story's one line: "... on Sunday. Israeli troops
patrol the border on June 2. Edgar Su/Reuters The talks resumed ...". Dropping the line for its
credit would drop the story, so a line of several sentences loses only:

- each credit ("Edgar Su/Reuters", "Photograph: Jane Roe/AFP via Getty Images") and the caption
  written directly before it — the sentence it ends, or the one before it when it starts one,
  since a caption sits directly over its credit;
- each sentence that is boilerplate on its own: one that carries a position mark ("Presidents
  Macron (L) and Scholz (R) in Berlin"), a newsroom note, a call to action.

Sentences are cut at a full stop, question or exclamation mark followed by space and a capital,
a digit or an opening quote, except after the abbreviations of credits.yaml and the initials
of names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from faultlines.ingest.credits import Credits, load

_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+(?=[A-Z0-9\"'\u201c\u2018(\[])")
_LAST_WORD = re.compile(r"(\S+)[.!?\u2026]$")


def _initial(text: str, stop: int, word: str) -> bool:
    """A capital letter with a full stop inside a name ("John F. Kennedy", "A. Person") rather
    than a word that ends a sentence ("a post on X.")."""
    if not re.fullmatch(r"[A-Z]", word):
        return False
    before = text[:stop - 2].rstrip().rsplit(None, 1)
    return not before or before[-1][:1].isupper()


def sentence_starts(text: str, credits: Credits | None = None) -> list[int]:
    """Offsets where the sentences of `text` start (the first is 0)."""
    abbreviations = (credits or load()).abbreviations
    starts = [0]
    for end in _END.finditer(text):
        stop = end.start() + 1
        word = _LAST_WORD.search(text, max(0, stop - 20), stop)
        last = word.group(1).lstrip("(\"'\u201c\u2018") if word else ""
        if last in abbreviations or _initial(text, stop, last):
            continue
        starts.append(end.end())
    return starts


def _sentence_start_before(starts: list[int], offset: int) -> int:
    return max((s for s in starts if s <= offset), default=0)


def credit_spans(line: str, credits: Credits | None = None) -> list[tuple[int, int]]:
    """(start, end) of each credit with its caption: from the start of the sentence the credit
    ends (or, when it starts a sentence, of the sentence before) to the credit's end."""
    credits = credits or load()
    starts = sentence_starts(line, credits)
    spans = []
    for found in credits.inline.finditer(line):
        begin = _sentence_start_before(starts, found.start())
        if begin == found.start() and begin > 0:
            begin = _sentence_start_before(starts, begin - 1)
        spans.append((begin, found.end()))
    return spans


def _without_credits(line: str, removed: list[str], credits: Credits) -> str:
    kept, last = [], 0
    for start, end in credit_spans(line, credits):
        start = max(start, last)  # a second credit under the same caption
        kept.append(line[last:start])
        removed.append(line[start:end].strip())
        last = end
    kept.append(line[last:])
    return " ".join(part.strip() for part in kept if part.strip())


def strip_captions(line: str, removed: list[str], drop: Callable[[str], bool],
                   credits: Credits | None = None) -> str:
    """The line without its credits and their captions, and without the sentences `drop`
    names (position-marked captions, newsroom notes); what was cut goes to `removed`. A line
    that loses nothing is returned as it is."""
    credits = credits or load()
    cut: list[str] = []
    text = _without_credits(line, cut, credits)
    starts = sentence_starts(text, credits) + [len(text)]
    sentences = [text[a:b].strip() for a, b in zip(starts, starts[1:])]
    cut += [s for s in sentences if drop(s)]
    if not cut:
        return line
    removed.extend(cut)
    return " ".join(s for s in sentences if s and not drop(s))
