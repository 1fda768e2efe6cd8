"""An article checked before it is written: what DuckDB would refuse, found first and named.

One bad value used to abort the batch's transaction and lose every article in it (a
published "2023-02-30" cannot be a DATE; a lone surrogate cannot be UTF-8). `problem` finds
such values in one article so that it alone is refused, with a reason, and its batch goes on.
"""

from __future__ import annotations

import json
import math
from datetime import date

from faultlines import errors
from faultlines.model import Article

_INT32 = 2**31 - 1


def _day_problem(value: str | None, what: str) -> str | None:
    """None when `value` is absent or names a day DuckDB can store ("2023", "2023-09" too)."""
    if not value:
        return None
    parts = value.split("-") + ["01", "01"]
    try:
        date.fromisoformat("-".join(parts[:3]))
    except ValueError:
        return f"{what} '{value}' is not a calendar day"
    return None


def _offsets(article: Article) -> list[int | None]:
    spans = [(e.start, e.end) for e in article.entities]
    spans += [(e.trigger.start, e.trigger.end) for e in article.events]
    spans += [(q.start, q.end) for q in article.quotes]
    spans += [(p.start, p.end) for p in article.places]
    return [n for span in spans for n in span]


def problem(article: Article) -> str | None:
    """Why this article cannot be stored, in one line; None when it can."""
    if not isinstance(article.id, str) or not article.id:
        return errors.BAD_RECORD.format(what="the article has no id")
    if not isinstance(article.text, str):
        return errors.BAD_RECORD.format(what="the article's text is not a string")
    checks = [_day_problem(article.published, "the published date")]
    checks += [_day_problem(e.date, f"event {i}'s date") for i, e in enumerate(article.events)]
    if found := next((c for c in checks if c), None):
        return errors.BAD_RECORD.format(what=found)
    if any(n is not None and not 0 <= n <= _INT32 for n in _offsets(article)):
        return errors.BAD_RECORD.format(what="an offset is out of range")
    if any(e.score is not None and not math.isfinite(e.score) for e in article.events):
        return errors.BAD_RECORD.format(what="an event's score is not a number")
    try:
        json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    except (UnicodeError, TypeError, ValueError) as err:
        return errors.BAD_RECORD.format(what=f"it holds what is not text ({err})"[:300])
    return None
