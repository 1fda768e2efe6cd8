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
  ("X reached out to Y for comment"); a credit line takes the caption lines written above it in
  the same block with it, since captions sit directly over their credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FRONT_MATTER = re.compile(r"^(title|date|published|source|url|author|id)\s*:\s*(.*)$", re.I)

_AGENCIES = (r"Getty Images|AFP|AP Photo|Associated Press|Reuters|EPA|Shutterstock|Alamy|"
             r"Anadolu|Sputnik|TASS|Xinhua|Bloomberg|Pool|Handout")
_CREDIT = re.compile(
    rf"^(?:(?:photo|photos|photograph|image|images|picture|pictures|video|illustration)s?"
    rf"\s*(?:by|:|credit|courtesy)\b|credit\s*:)|(?:/\s*(?:{_AGENCIES})\b)|"
    rf"^\W*(?:{_AGENCIES})\s*(?:/|via)\s", re.I)
_POSITION = re.compile(r"\((?:L|R|C|left|right|centre|center|top|bottom|pictured)\)", re.I)
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
_FULL_STOP = re.compile(r"[.…][\"'”’)\]]*\s*$")


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
    if not line:
        return False
    if _CALL_TO_ACTION.match(line) or _CREDIT.search(line) or _POSITION.search(line):
        return True
    return bool(_NEWSROOM.search(line)) and len(line.split()) < 40


def _is_credit(line: str) -> bool:
    return bool(_CREDIT.search(line))


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


def _clean_block(block: list[str], removed: list[str]) -> list[str]:
    """Drop boilerplate lines; a credit line also drops the caption lines above it."""
    kept: list[str] = []
    for line in block:
        if _is_credit(line):
            removed.extend(kept)
            removed.append(line)
            kept = []
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
