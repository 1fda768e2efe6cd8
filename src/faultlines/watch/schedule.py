"""When to read a listed page again, and how long a failing source or page is left alone.

A page is read when it is new, when its own source gives it a new date (an edit), when
`recheck_after` has passed, or when its last failure has waited out its backoff; after
`item_attempts` failures it is given up. Backoff doubles per failure up to a cap, so a site
that is down for a day is asked a handful of times, not a hundred.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from faultlines.watch.entries import Entry
from faultlines.watch.options import WatchOptions
from faultlines.watch.state import Fetched, PageState

READ, WAIT, DONE = "read", "wait", "done"
Record = TypeVar("Record", bound=Fetched)


def backoff(errors: int, options: WatchOptions) -> float:
    """Seconds to leave something alone after its `errors`-th failure in a row."""
    return min(options.max_source_backoff, options.source_backoff * 2 ** (errors - 1))


def failed(record: Record, reason: str, now: float, options: WatchOptions) -> Record:
    """A source's or a page's record after one more failure in a row: why, and when it may be
    tried again."""
    errors = record.errors + 1
    return replace(record, errors=errors, last_error=reason,
                   next_attempt=now + backoff(errors, options))


def due(page: PageState | None, entry: Entry, source: str, now: float,
        options: WatchOptions) -> str:
    """READ, WAIT (failed recently; its source is not settled) or DONE for one listed page.

    source (str): the source listing it now; only the page's own source's date counts, or two
        feeds giving one page different dates would have it read on every cycle.
    """
    if page is None:
        return READ
    if page.errors >= options.item_attempts:
        return DONE
    if page.next_attempt > now:
        return WAIT
    if page.checked_at is None:
        return READ
    if page.source == source and entry.listed and entry.listed != page.listed:
        return READ
    if options.recheck_after is not None and now - page.checked_at >= options.recheck_after:
        return READ
    return DONE


def duration(seconds: float) -> str:
    """"45s", "5m", "1.5h", "2d": for messages."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.3g}{unit}"
    return f"{seconds:.3g}s"
