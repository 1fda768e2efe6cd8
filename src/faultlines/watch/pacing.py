"""A per-host rate limit: the least time between two requests to one host.

News sites serve readers first; a watcher that fetches a feed's fifty items back to back looks like
an attack. The interval is per host (scheme, name and port), raised to the host's robots.txt
Crawl-delay where it asks for more, and waits on an injectable clock.
"""

from __future__ import annotations

from faultlines.watch.clock import Clock


class HostPacer:
    """Remembers when each host may next be asked, and waits until then."""

    def __init__(self, interval: float, clock: Clock) -> None:
        self.interval = interval
        self.clock = clock
        self._next: dict[str, float] = {}
        self._delay: dict[str, float] = {}

    def set_delay(self, host: str, seconds: float) -> None:
        """A host's own wish (robots.txt Crawl-delay); the larger of it and the interval holds."""
        self._delay[host] = seconds

    def wait(self, host: str) -> float:
        """Block until `host` may be asked, then book the next slot.

        RETURNS (float): the seconds waited.
        """
        now = self.clock.now()
        waited = max(0.0, self._next.get(host, now) - now)
        if waited:
            self.clock.sleep(waited)
        self._next[host] = now + waited + max(self.interval, self._delay.get(host, 0.0))
        return waited
