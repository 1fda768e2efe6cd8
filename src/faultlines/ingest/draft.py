"""The article as ingest hands it to the pipeline: cleaned text plus metadata."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date

from faultlines import errors
from faultlines.errors import InputError

_SPACE = re.compile(r"\s+")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# Only dates that say which day they are: never "yesterday" or "2 days ago" (resolved against
# the machine's clock, a different day on every run), nor a bare number read as a timestamp.
_ABSOLUTE = {"STRICT_PARSING": True, "PARSERS": ["custom-formats", "absolute-time"]}


def normalise_date(value: str | None) -> str | None:
    """A publication date as YYYY-MM-DD, from ISO timestamps or the forms pages print.

    RETURNS (str | None): None when the value is not a calendar day ("2023-02-30",
        "yesterday"), so a bad date is never stored; `date_problem` says why.
    """
    if not value:
        return None
    if m := _ISO.match(value.strip()):
        day = "-".join(m.groups())
        return day if _real_day(day) else None
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings=_ABSOLUTE)
    return parsed.date().isoformat() if parsed else None


def _real_day(day: str) -> bool:
    try:
        date.fromisoformat(day)
    except ValueError:
        return False
    return True


def stated_date(value: str | None) -> str | None:
    """The given publication date, checked: RAISES (InputError) with `date_problem`'s reason."""
    if problem := date_problem(value):
        raise InputError(problem)
    return value


def date_problem(value: str | None) -> str | None:
    """Why a given publication date is refused, in a line; None when it is a day (or absent)."""
    if not value or normalise_date(value):
        return None
    import dateparser

    if m := _ISO.match(value.strip()):
        try:
            date.fromisoformat("-".join(m.groups()))
        except ValueError as err:
            reason = str(err)
    elif dateparser.parse(value, languages=["en"], settings={"PARSERS": ["relative-time"]}):
        reason = errors.RELATIVE_DATE
    else:
        reason = errors.NOT_A_DAY
    return errors.BAD_PUBLISHED.format(value=value, reason=reason)


def normalise(text: str) -> str:
    """The form two copies of one story share: case-folded, white space collapsed."""
    return _SPACE.sub(" ", text).strip().casefold()


def content_hash(text: str) -> str:
    """The store's key for deduplication: a rerun or a second copy maps to the same article."""
    return hashlib.sha1(normalise(text).encode("utf-8", "surrogatepass")).hexdigest()


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
    notes: tuple[str, ...] = ()  # said to the user beside the coded article (bytes replaced)

    def __post_init__(self) -> None:
        object.__setattr__(self, "published", normalise_date(self.published))

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def article_id(self) -> str:
        """The caller's id, else a stable short hash of the normalised text."""
        return self.id if self.id else self.content_hash[:16]

    def with_note(self, note: str) -> Draft:
        return replace(self, notes=(*self.notes, note))

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


def one_line(text: str) -> str:
    """A message on one line: what an exception says can span several."""
    return " ".join(str(text).split())


def unexpected(origin: str, err: BaseException) -> Failure:
    """The Failure of an input that raised what no reader expected: named, on one line."""
    return Failure(origin, errors.UNEXPECTED.format(kind=type(err).__name__,
                                                    reason=one_line(err)[:300]))
