"""From a raw story to the text every offset refers to: headline apart, boilerplate out.

The rules are general newsroom conventions, not one outlet's lines:

- a *front matter* block of `Key: value` lines at the top (Title, Date, Source, URL, Author)
  gives metadata, as our demo corpus and many scrapers write it;
- otherwise the first line is the headline when it stands alone above a blank line and reads
  like one (short, no closing full stop);
- paragraphs are separated by blank lines and kept as such; hard-wrapped lines inside a
  paragraph are joined;
- a line is boilerplate when it is a photo or video credit, a position-marked caption
  ("(L)", "(R)", "(left)"), a call to share, subscribe, comment or read more, or a newsroom note
  ("X reached out to Y for comment"); a line that is only a credit takes the caption written
  directly above it in the same block with it (one line of one sentence, and its short title
  line), since captions sit directly over their credit; the credit words are data
  (credits.yaml, read by credits.py);
- a line of several sentences is never dropped whole: a text without paragraph breaks is one
  such line, and its credits, captions and boilerplate sentences are removed one by one
  (inline.py), so that one inline credit does not take the story with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from faultlines.ingest import credits
from faultlines.ingest.characters import normalise_characters
from faultlines.ingest.inline import sentence_starts, strip_captions

_FRONT_MATTER = re.compile(r"^(title|date|published|source|url|author|id)\s*:\s*(.*)$", re.I)

_CALL_TO_ACTION = re.compile(
    r"^\W*(?:leave a comment|comments?|\d+\s+comments?|share(?: this(?: article| story)?)?|"
    r"share on \w+|tweet|email|print|subscribe(?: now| here| to .*)?|sign up(?: for .*)?|"
    r"read more(?: ?:.*)?|related(?: ?:.*)?|follow us(?: on .*)?|click here.*|advertisement|"
    r"skip advertisement|continue reading|listen to this article|story continues below.*)\W*$",
    re.I)
_NEWSROOM = re.compile(
    r"\b(?:reached out to|has contacted|have contacted|contacted|has asked|asked)\b.{0,120}?"
    r"\bfor (?:a |further |additional )?comment\b|\b(?:was|were|has been|have been) contacted for"
    r" (?:a )?comment\b", re.I)
_CAPTION_TITLE_WORDS = 10  # a caption's title line above its text ("Two leaders")
_FULL_STOP = re.compile(r"[.…][\"'”’)\]]*\s*$")
_SENTENCE_END = re.compile(r"[.…!?][\"'”’)\]]*\s*$")


@dataclass
class Cleaned:
    """The outcome of cleaning: story text, metadata found on the way, and what was removed."""

    text: str
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)


def is_boilerplate(line: str) -> bool:
    """True for a credit, caption, call to action or newsroom note standing on its own line."""
    line = line.strip()
    return bool(line) and (_is_credit(line) or _is_note(line))


def _is_note(text: str) -> bool:
    """A position-marked caption, a call to action or a newsroom note."""
    if _CALL_TO_ACTION.match(text) or credits.load().position.search(text):
        return True
    return bool(_NEWSROOM.search(text)) and len(text.split()) < 40


def _is_boilerplate_sentence(sentence: str) -> bool:
    """The rules a whole sentence inside a long line answers to: those of `_is_note`; never
    for the rest of a sentence that began on the line above ("... a\nshare. Net profit rose")
    nor for the start of one that goes on below ("rose to 87 pct. Share\nof exports rose").
    Not the credit line's rule, whose "Photos by ..." would take a story sentence ("Photos by
    X marked the anniversary"): credits inside a long line have stricter shapes (inline.py)."""
    sentence = sentence.strip()
    whole = bool(sentence) and not sentence[0].islower() and bool(_SENTENCE_END.search(sentence))
    return whole and _is_note(sentence)


def _is_credit(line: str) -> bool:
    return bool(credits.load().line.search(line))


def _one_sentence(line: str) -> bool:
    return len(sentence_starts(line)) == 1


def _read_front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and (m := _FRONT_MATTER.match(lines[i].strip())):
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if meta and (i == len(lines) or not lines[i].strip()):
        return meta, lines[i:]
    return {}, lines


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 25 and not _FULL_STOP.search(line)


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _captions_above(kept: list[str], credit: str) -> int:
    """How many of the lines kept so far are the caption of the credit line below them.

    Only a line that is nothing but a credit ("Photo by Jane Doe/Reuters") has its caption
    above it: the line directly above when it is one sentence, and above that a caption's
    title (a few words, no full stop). A credit written after its caption on one line takes
    nothing above. So in a block without blank lines, where each paragraph is a line, a credit
    never takes more than one story line with it.
    """
    if not credits.credit_only(credit) or not kept or not _one_sentence(kept[-1]):
        return 0
    title = len(kept) > 1 and _looks_like_headline(kept[-2]) \
        and len(kept[-2].split()) <= _CAPTION_TITLE_WORDS
    return 2 if title else 1


def _clean_block(block: list[str], removed: list[str]) -> list[str]:
    """Drop boilerplate lines; a credit line also drops the caption lines above it. A line of
    several sentences loses only its credits, captions and boilerplate sentences (inline.py)."""
    kept: list[str] = []
    for line in block:
        if not _one_sentence(line) and not credits.credit_only(line):
            if story := strip_captions(line, removed, _is_boilerplate_sentence):
                kept.append(story)
        elif _is_credit(line):
            n = _captions_above(kept, line)
            if n:
                removed.extend(kept[-n:])
                del kept[-n:]
            removed.append(line)
        elif is_boilerplate(line):
            removed.append(line)
        else:
            kept.append(line)
    return kept


def clean(raw: str, title: str | None = None) -> Cleaned:
    """Split headline and metadata from the story and remove boilerplate.

    raw (str): the article as read (plain text; HTML goes through trafilatura first).
    title (str | None): a headline already known (from HTML metadata or a table column); the
        text's first line is then dropped only when it repeats it.
    RETURNS (Cleaned): `text` holds paragraphs separated by one blank line.
    """
    raw = normalise_characters(raw)
    title = normalise_characters(title) if title else title
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta, lines = _read_front_matter(lines)
    title = title or meta.get("title") or None
    blocks = _blocks(lines)
    if blocks and len(blocks[0]) == 1:
        first = blocks[0][0]
        if title and first.strip().casefold() == title.strip().casefold():
            blocks = blocks[1:]
        elif title is None and len(blocks) > 1 and _looks_like_headline(first):
            title, blocks = first, blocks[1:]
    removed: list[str] = []
    paragraphs = []
    for block in blocks:
        kept = _clean_block(block, removed)
        if kept:
            paragraphs.append(" ".join(kept))
    return Cleaned(text="\n\n".join(paragraphs), title=title, meta=meta, removed=removed)
