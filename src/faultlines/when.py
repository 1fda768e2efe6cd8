"""Dates in news text, resolved against the publication date, with their precision.

`resolve("on Tuesday", "2023-09-19")` gives ("2023-09-19", "on Tuesday"); "earlier this month"
gives "2023-09", "in 1992" gives "1992": the length of the date string is its precision. A
vague span ("in recent years", "only days", "the past decade") resolves to None, so that the
caller falls back to a better-anchored date instead of inventing a precision the text lacks.

The common shapes of news dates are matched by our own patterns (fast, and right about the
past: "on Tuesday" is the Tuesday of that week, on or before publication, never a future one).
dateparser handles the long tail of explicit dates ("Sept. 19", "4 October 2007"); it is slow,
so it only sees DATE entity texts, never single tokens, and every answer is cached.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}

_LEAD = re.compile(r"^(?:(?:on|in|at|since|by|during|from|until|of|as of|as early as|"
                   r"most recently in|earlier|later|late|early|mid-?)\s+|mid-)", re.I)
_VAGUE = re.compile(r"\b(?:recent|past|coming|next few|decades?|centur(?:y|ies)|\d{4}s|"
                    r"years?|months|weeks|days|hours|moments?|times?|era|period|once|"
                    r"ago)\b"
                    # a decade named by its last two digits ("the 90s", "the 1930s and 40s"):
                    # dateparser reads "40s" as forty seconds before publication
                    r"|(?:^|\s|['\u2019])\d0s\b", re.I)
# "a 72-hour truce", "the 12-day war", "for 24 hours": a length of time, never a date
_DURATION = re.compile(r"\b\w+-(?:hour|day|night|week|month|year|decade)s?\b"
                       r"|\b(?:hours?|minutes?)\b", re.I)
# "Mehmet Aksoy, 32": an age, a count, a score — a bare number is a date only as a year
_BARE_NUMBER = re.compile(r"^[\d,.]+$")
_FOUR_DIGITS = re.compile(r"^\d{4}$")
# The words before a date that make it a bound of a span or a deadline, not when something
# happened: "extending his rule until 2030", "cut emissions by 2030", "the first visit since
# 2012", "between 2020 and 2022". Read by the events stage (events/setting.py).
SPAN_BOUNDS = frozenset({"until", "till", "til", "through", "thru", "by", "since", "before",
                         "between"})
_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*[-\u2013]\s*\d{1,2}\b")
# "in 2013-14", "2019\u20132021": a range of years is its first year (dateparser read "2013-14"
# as the 14th of September 2013)
_YEAR_RANGE = re.compile(r"\b((?:1[89]|20)\d\d)\s*[-\u2013/]\s*(?:(?:1[89]|20)\d\d|\d\d)\b")
# "the last year of the Obama presidency", "over the past month", "the next month": with "the"
# a last or next span is a stretch of time (or one of something else), not the calendar year
# or month before or after publication that "last year" and "next month" are
_SPAN_OF_TIME = re.compile(r"^the\s+(?:last|past|next|coming|previous|following)\s", re.I)
_YEAR = re.compile(r"^(?:the\s+year\s+)?((?:1[89]|20)\d\d)$")
_MONTH_YEAR = re.compile(r"^([a-z]+)\.?,?\s+((?:1[89]|20)\d\d)$", re.I)
_AGO = re.compile(r"^(\w+)\s+(day|week|month|year)s?\s+ago$", re.I)


def _iso(day: date, precision: str) -> str:
    """The date at its precision, always with a four-digit year ("0001", never "1")."""
    year = f"{day.year:04d}"
    return {"day": f"{year}-{day.month:02d}-{day.day:02d}", "month": f"{year}-{day.month:02d}",
            "year": year}[precision]


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return _MONTH_ABBR.get(word) if len(word) in (3, 4) else None


def _shift_month(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _relative(text: str, base: date) -> tuple[date, str] | None:
    """Words relative to the publication day: today, last week, earlier this month, ..."""
    t = text.lower()
    t = re.sub(r"^(?:earlier|later|late|early|mid-?|the\s+end\s+of|the\s+start\s+of)\s+", "", t)
    fixed = {"today": (base, "day"), "tonight": (base, "day"), "this morning": (base, "day"),
             "this afternoon": (base, "day"), "this evening": (base, "day"),
             "yesterday": (base - timedelta(days=1), "day"),
             "last night": (base - timedelta(days=1), "day"),
             "this week": (base, "month"), "last week": (base - timedelta(days=7), "month"),
             "this month": (base, "month"), "last month": (_shift_month(base, -1), "month"),
             "this year": (base, "year"), "last year": (date(base.year - 1, 1, 1), "year"),
             "next year": (date(base.year + 1, 1, 1), "year"),
             "next month": (_shift_month(base, 1), "month")}
    return fixed.get(t)


def _weekday(text: str, base: date, future: bool = False) -> tuple[date, str] | None:
    """"Tuesday", "last Tuesday", "Tuesday night": the latest such day on or before `base`
    (for a future event, the first such day on or after it); "next Tuesday", "this coming
    Tuesday": the first such day after it, whatever the clause."""
    words = text.lower().split()
    days = [w for w in words if w in WEEKDAYS]
    if len(days) != 1 or len(words) > 3:
        return None
    if "next" in words or "coming" in words:  # "this coming Saturday": after publication
        ahead = (WEEKDAYS.index(days[0]) - base.weekday()) % 7 or 7
        return base + timedelta(days=ahead), "day"
    if future and "last" not in words:
        return base + timedelta(days=(WEEKDAYS.index(days[0]) - base.weekday()) % 7), "day"
    back = (base.weekday() - WEEKDAYS.index(days[0])) % 7
    if "last" in words and back == 0:
        back = 7
    return base - timedelta(days=back), "day"


def _ago(n: int, unit: str, base: date) -> tuple[date, str] | None:
    """"ten days ago", "two years ago"; None before year 1 ("founded 3000 years ago")."""
    try:
        if unit in ("day", "week"):
            return base - timedelta(days=n * (7 if unit == "week" else 1)), \
                "day" if unit == "day" else "month"
        if unit == "month":
            return _shift_month(base, -n), "month"
        return date(base.year - n, 1, 1), "year"
    except (ValueError, OverflowError):
        return None


def _calendar(text: str, base: date, future: bool = False) -> tuple[date, str] | None:
    """"1992", "February 2022", "ten days ago"."""
    if m := _YEAR.match(text):
        return date(int(m.group(1)), 1, 1), "year"
    if (m := _MONTH_YEAR.match(text)) and _month(m.group(1)):
        return date(int(m.group(2)), _month(m.group(1)), 1), "month"
    if (m := _AGO.match(text)) and _NUMBERS.get(m.group(1).lower(), 0) is not None:
        n = _NUMBERS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 0)
        return _ago(n, m.group(2).lower(), base) if n else None
    if _month(text) and " " not in text.strip():
        month = _month(text)
        year = base.year if month <= base.month else base.year - 1
        if future:  # "will convene in February", written in December: next February
            year = base.year if month >= base.month else base.year + 1
        return date(year, month, 1), "month"
    return None


@functools.lru_cache(maxsize=4096)
def _parsed(text: str, published: str) -> tuple[str, str] | None:
    """dateparser for explicit dates ("Sept. 19", "4 October 2007"), cached by text and day."""
    if not re.search(r"\d", text) or _VAGUE.search(text):
        return None
    settings = {"RELATIVE_BASE": _datetime(published), "PREFER_DATES_FROM": "past",
                "RETURN_TIME_AS_PERIOD": False}
    data = _parser(tuple(sorted(settings.items()))).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    precision = data.period if data.period in ("day", "month", "year") else "day"
    return _iso(data.date_obj.date(), precision), precision


@functools.lru_cache(maxsize=64)
def _parser(settings: tuple):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=dict(settings))


def _datetime(published: str):
    from datetime import datetime

    return datetime.fromisoformat(published)


@functools.lru_cache(maxsize=8192)
def resolve(text: str, published: str, future: bool = False) -> tuple[str, str] | None:
    """Resolve a date expression against the publication date.

    text (str): the words of a date ("on Tuesday", "earlier this month", "in February 2022").
    published (str): the publication date, "YYYY-MM-DD".
    future (bool): the event has not happened yet ("will meet on Friday"): a bare weekday or
        month is the next one, not the last.
    RETURNS: (date, text) with date "YYYY-MM-DD", "YYYY-MM" or "YYYY" (its precision), or None
        for a vague or unreadable span.
    """
    base = date.fromisoformat(published)
    core = _LEAD.sub("", text.strip().rstrip(".,;")).strip()
    if _SPAN_OF_TIME.match(core):
        return None
    core = _YEAR_RANGE.sub(r"\1", core)
    core = _DAY_RANGE.sub(r"\1", core)  # "Sept 9-10": its first day, never the year 2010
    core = re.sub(r"^(?:only\s+)?(?:the\s+)?", "", core, flags=re.I) if core.lower().startswith(
        ("the ", "only ")) and not core.lower().startswith("the year") else core
    found = _relative(text.strip(), base) or _relative(core, base) \
        or _weekday(text.strip(), base, future) or _weekday(core, base, future)
    if found:
        return _iso(*found), text
    if _VAGUE.search(core) and not _AGO.match(core) or _DURATION.search(core) \
            or _BARE_NUMBER.match(core) and not _FOUR_DIGITS.match(core):
        return None
    found = _calendar(core, base, future)
    if found:
        return _iso(*found), text
    parsed = _parsed(core, published)
    return (parsed[0], text) if parsed else None


def after(value: str, published: str) -> bool:
    """True when a resolved date begins after the publication day ("2025-05" for a story of
    2024-09-10; "2024-09" and "2024" do not: they hold that day)."""
    start = value + "-01-01"[len(value) - 4:] if len(value) < 10 else value
    return start > published


def precision(value: str | None) -> str | None:
    """"day", "month" or "year" for a resolved date string, from its length."""
    return {10: "day", 7: "month", 4: "year"}.get(len(value or ""))
