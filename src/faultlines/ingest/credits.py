"""The words of photo credits and captions (credits.yaml), read once, and the patterns built
from them.

A credit is recognised by its shape, not by a name alone: "Name/Agency", "Agency via Agency",
"Photo by ...", "Photograph: ..." — so "Reuters reported" stays story text while
"Edgar Su/Reuters" goes. A caption is recognised by a position mark ("(L)", "(second right)")
or by standing directly before its credit.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from faultlines.datafiles import Source

CREDITS_FILE = Path(__file__).with_name("credits.yaml")
KEYS = ("agencies", "position_marks", "abbreviations")
CREDIT_WORDS = 12  # a credit line is short: "Photo courtesy of the Ministry of Defence"

_PICTURE = r"(?:photo|photos|photograph|image|images|picture|pictures|video|illustration)s?"
# one word of a photographer's name: "Edgar", "A.", "Al-Masri", "O'Neill", "de" (lower particles)
_NAME_WORD = r"(?:[A-Z]\.|[A-Z][\w'\u2019-]*|(?:al|el|de|da|del|di|du|dos|van|von|bin|ibn|le|la)-?)"


@dataclass(frozen=True)
class Credits:
    line: re.Pattern        # a line that holds a credit ("Photo by Jane Doe/Reuters")
    lead: re.Pattern        # a line that opens with one ("Photo courtesy of the ministry")
    inline: re.Pattern      # a credit inside running text ("... June 2. Edgar Su/Reuters The")
    position: re.Pattern    # a caption's position mark ("(L)", "(second right)")
    abbreviations: frozenset[str]


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def parse(data: Any, file: Path | str = "credits.yaml") -> Credits:
    """Check every entry and build the patterns; stops at the first bad entry, naming it
    (datafiles.Source, as every data file)."""
    src = Source(Path(file))
    data = src.sections(data, KEYS)
    for key in KEYS:
        if key not in data:
            src.fail(key, "missing section")
        for entry in src.words(key, data[key], lower=False):
            if entry != entry.strip():
                src.fail(f"{key}.{entry}", "a word or phrase has no space around it")
    agency = _alternatives(data["agencies"])
    chain = (rf"(?:\s*/\s*(?:{agency}|File)\b)+(?:\s+via\s+(?:{agency})\b)?"
             rf"|\s+via\s+(?:{agency})\b")
    opening = (rf"^(?:{_PICTURE}\s*(?:by|:|credit|courtesy)\b|credit\s*:)"
               rf"|^\W*(?:{agency})\s*(?:/|via)\s")
    line = re.compile(rf"{opening}|/\s*(?:{agency})\b", re.I)
    lead = re.compile(opening, re.I)
    name = rf"{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,4}}"
    inline = re.compile(rf"\(?(?i:{_PICTURE}\s*(?:by|:)\s*)?(?:{name}|{agency})(?:{chain})\)?")
    letters = [m for m in data["position_marks"] if len(m) == 1]  # "(C)" yes, a list's "(c)" no
    words = [m for m in data["position_marks"] if len(m) > 1]
    position = re.compile(rf"(?<!\S)\((?:{_alternatives(letters)}|(?i:{_alternatives(words)}))\)")
    return Credits(line, lead, inline, position, frozenset(data["abbreviations"]))


def credit_only(line: str, credits: Credits | None = None) -> bool:
    """True for a line that is a credit and nothing else: one credit shape ("Edgar Su/Reuters")
    is the whole line, or a few words open like one ("Photo courtesy of the ministry"; a long
    line that opens so is a story's: "Photos by X marked the anniversary. ...")."""
    credits = credits or load()
    line = line.strip()
    return bool(credits.inline.fullmatch(line)
                or credits.lead.match(line) and len(line.split()) <= CREDIT_WORDS)


@functools.lru_cache(maxsize=2)
def load(path: Path = CREDITS_FILE) -> Credits:
    """The credit words of `path` (the shipped credits.yaml by default), read once a process."""
    return parse(Source(path).yaml(dict), path)
