"""Quotation marks paired on the raw character stream, before any parse is consulted.

The tokenizer and the sentence splitter both misplace quote marks (a closing ” often lands in the
next sentence), so quoted spans are found here, on the characters, with one left-to-right scan
per paragraph. The conventions this knows:

- pairs: “ ” (English), „ “ (German, Eastern European), « » (French, Russian), ‘ ’ (British
  and nested), and straight " and ' whose direction is read from the characters around them;
- an apostrophe (Russia’s, don't) is not a mark: a ’ or ' between two letters never closes;
- nesting: only the outermost pair makes a quote; an inner pair left open is dropped when the
  outer one closes (“He said ‘no,” she wrote);
- the news convention for long quotes: a paragraph that leaves a quote open continues in the
  next paragraph when that one opens with a quote mark; the quote's pieces are kept apart;
- a stray opener that never closes is skipped, and the rest of the paragraph scanned again, so
  one typo costs one quote, not the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARKS = re.compile(r"[“”„«»‘’\"']")
_PARAGRAPH = re.compile(r"[^\n]+")
# which closing marks end a quote opened by each opener
_CLOSERS = {"“": "”", "”": "”", "„": "“”", "«": "»", "‘": "’", '"': '"', "'": "'"}
_OPENERS_AT_START = "“„«\"‘'"


@dataclass(frozen=True)
class Quoted:
    """One quotation: its pieces (start, end) of quoted characters, marks excluded."""

    pieces: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def text(self, source: str) -> str:
        return " ".join(source[s:e] for s, e in self.pieces)


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _closes(ch: str, open_mark: str) -> bool:
    return ch in _CLOSERS[open_mark]


def _role(text: str, i: int, opened: list[str]) -> str | None:
    """'open', 'close' or None (not a mark here) for the mark at text[i]; `opened` is the stack."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if any(_closes(ch, mark) for mark in opened):
        if ch in "'’" and _is_word(after):
            return None  # an apostrophe inside a word
        if ch in "\"'" and before.isspace():
            # a straight mark between a space and a word opens (a nested quote), never closes
            return "open" if ch == '"' and not after.isspace() else None
        return "close"
    if ch == "”" and not opened and before in "\n" and _is_word(after):
        return "open"  # a paragraph opened with the wrong mark: ”Mr. Trump embodies ...
    if ch in "”»’":
        return None
    if ch in "\"'‘" and not (before.isspace() or before in "([{—–-/“„«‘\"'" or i == 0):
        return None  # after a letter it cannot open: o'clock, 5'11"
    if after.isspace():
        return None
    return "open"


def _scan(text: str, lo: int, hi: int,
          open_at: int | None) -> tuple[list[tuple[int, int]], int | None]:
    """Top-level spans within text[lo:hi]; RETURNS (spans, start of a quote left open).

    open_at (int | None): where the words of a quote continued from the paragraph before begin
        (just after this paragraph's opening mark); that quote is the stack's bottom.
    """
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = [("“", open_at)] if open_at is not None else []
    pos = open_at if open_at is not None else lo
    while (match := _MARKS.search(text, pos, hi)) is not None:
        i = match.start()
        pos = i + 1
        role = _role(text, i, [mark for mark, _ in stack])
        if role == "open":
            stack.append((text[i], i + 1))
        elif role == "close":
            while not _closes(text[i], stack[-1][0]):
                stack.pop()  # an inner quote left open ends with the outer one
            _, start = stack.pop()
            if not stack:
                spans.append((start, i))
    return spans, (stack[0][1] if stack else None)


def _paragraph(text: str, lo: int, hi: int, open_at: int | None
               ) -> tuple[list[tuple[int, int]], int | None, bool]:
    """RETURNS (spans, start of a quote running into the next paragraph, continuation closed)."""
    spans, left = _scan(text, lo, hi, open_at)
    closed = open_at is not None and bool(spans) and spans[0][0] == open_at
    runs_on = _continues(text, hi)
    while left is not None and not runs_on:
        more, left = _scan(text, left, hi, None)  # a stray opener: read on after it
        spans += more
    return spans, left, closed


def _continues(text: str, hi: int) -> bool:
    """True when the next paragraph opens with a quote mark (a quote running on)."""
    rest = text[hi:hi + 20].lstrip()
    return bool(rest) and rest[0] in _OPENERS_AT_START


def find_quoted(text: str) -> list[Quoted]:
    """Every top-level quotation in the text, in order, with run-on quotes joined."""
    found: list[Quoted] = []
    pending: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        lo, hi = para.span()
        open_at = _first_mark(text, lo, hi) if pending else None
        spans, left, closed = _paragraph(text, lo, hi, open_at)
        if closed:
            found.append(Quoted(tuple(_strip(text, s) for s in pending + [spans[0]])))
            spans = spans[1:]
        found.extend(Quoted((_strip(text, s),)) for s in spans)
        if left is None:
            pending = []
        elif open_at is not None and left == open_at:
            pending.append((left, hi))
        else:
            pending = [(left, hi)]
    return [q for q in found if all(e > s for s, e in q.pieces)]


def _first_mark(text: str, lo: int, hi: int) -> int | None:
    """Where the quoted words of a continuing paragraph start (after its opening mark)."""
    stripped = len(text[lo:hi]) - len(text[lo:hi].lstrip())
    i = lo + stripped
    return i + 1 if i < hi and text[i] in _OPENERS_AT_START else None


def _strip(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
