"""The article as ingest hands it to the pipeline: cleaned text plus metadata."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

_SPACE = re.compile(r"\s+")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def normalise_date(value: str | None) -> str | None:
    """A publication date as YYYY-MM-DD, from ISO timestamps or the forms pages print.

    RETURNS (str | None): None when the value is not a date, so a bad date is never stored.
    """
    if not value:
        return None
    if m := _ISO.match(value.strip()):
        return "-".join(m.groups())
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def normalise(text: str) -> str:
    """The form two copies of one story share: case-folded, white space collapsed."""
    return _SPACE.sub(" ", text).strip().casefold()


def content_hash(text: str) -> str:
    """The store's key for deduplication: a rerun or a second copy maps to the same article."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Draft:
    """An article ready for NLP. `text` is the cleaned story every offset will refer to.

    origin (str): where it came from ("path/to/file.txt", "corpus.jsonl:17", "<stdin>"), for
        error messages and provenance.
    """

    text: str
    origin: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    author: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "published", normalise_date(self.published))

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def article_id(self) -> str:
        """The caller's id, else a stable short hash of the normalised text."""
        return self.id if self.id else self.content_hash[:16]

    def with_default_date(self, published: str | None) -> Draft:
        return self if self.published or not published else replace(self, published=published)

    def meta(self) -> dict:
        return {"id": self.article_id, "title": self.title, "url": self.url,
                "source": self.source, "published": self.published, "author": self.author,
                "origin": self.origin, "content_hash": self.content_hash}


@dataclass(frozen=True)
class Failure:
    """An input that could not become a Draft, with the reason a person can act on."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
