"""Time as the watcher sees it: one object to read and to wait, so tests can replace both.

Rate limits, retry backoff and source backoff all wait; with a fake clock a test of a one-hour
backoff runs in a millisecond and still checks the arithmetic.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the epoch (wall time, since source state outlives the process)."""

    def sleep(self, seconds: float) -> None:
        """Wait; a fake clock only moves its time on."""


class SystemClock:
    """The real clock."""

    def now(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)
