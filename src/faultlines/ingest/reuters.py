"""Reuters-21578 SGML files (.sgm): the classic newswire test collection, 1,000 stories a file.

Each `<REUTERS NEWID=…>` element becomes one article with its NEWID as id, its TITLE as
headline, its DATE, and its BODY; a paragraph starts where a wire line is indented. A story
with no body is a one-line flash, so its headline is its text.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

from faultlines.ingest.clean import clean
from faultlines.ingest.draft import Draft

name = "reuters"
suffixes = (".sgm",)

_STORY = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID = re.compile(r'NEWID="(\d+)"')
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")


def _field(story: str, tag: str) -> str | None:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", story, re.S)
    return _CONTROL.sub("", html.unescape(m.group(1))).strip() if m else None


def _date(value: str | None) -> str | None:
    try:
        return datetime.strptime(value.split()[0], "%d-%b-%Y").date().isoformat()
    except (AttributeError, ValueError, IndexError):
        return None


def _unstructured(story: str) -> str | None:
    """The text of a TYPE="UNPROC" story, which has no TITLE/BODY markup inside TEXT."""
    m = re.search(r'<TEXT TYPE="UNPROC">(.*?)</TEXT>', story, re.S)
    if not m:
        return None
    text = _CONTROL.sub("", html.unescape(re.sub(r"<[^>]+>", " ", m.group(1)))).strip()
    return text or None


def _body(body: str) -> str:
    body = re.sub(r"\s*Reuter\s*$", "", body)
    return re.sub(r"\n\s{2,}", "\n\n", body)  # an indented wire line opens a paragraph


def read(raw: str, origin: str) -> list[Draft]:
    drafts = []
    for attributes, story in _STORY.findall(raw):
        newid = _NEWID.search(attributes)
        title = _field(story, "TITLE")
        body = _field(story, "BODY") or _unstructured(story)
        text = clean(_body(body), title=title).text if body else (title or "")
        if not text.strip():
            continue
        drafts.append(Draft(text=text, origin=f"{origin}#{newid.group(1) if newid else '?'}",
                            id=f"reuters-{newid.group(1)}" if newid else None, title=title,
                            source="Reuters", published=_date(_field(story, "DATE"))))
    return drafts
