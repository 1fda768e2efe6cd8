"""robots.txt, per host, fetched once a day and read with Protego.

RFC 9309 decides what a missing or failing file means: a 4xx answer (no robots.txt) allows
everything; a 5xx answer or no answer at all means the site is struggling and allows nothing until
it answers again, which we ask about sooner than a day later. Protego reads the file (wildcards,
Allow/Disallow precedence, Crawl-delay) so that we write no parser of our own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from faultlines.watch import reasons
from faultlines.watch.clock import Clock

ROBOTS_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB of the file
RETRY_UNREACHABLE = 600.0


class RobotsFailure(Exception):
    """What went wrong fetching robots.txt: an HTTP status, or none for no answer at all."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


@dataclass(frozen=True)
class _Verdict:
    rules: Protego | None  # None: every path allowed
    unreachable: str | None  # the reason, while the file cannot be had
    expires: float


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class RobotsCache:
    """Answers "may we fetch this URL?" per host, fetching each robots.txt when it is due.

    download (Callable[[str], bytes]): fetches a robots.txt URL; raises RobotsFailure.
    agent (str): the product token matched against User-agent lines.
    """

    def __init__(self, download: Callable[[str], bytes], agent: str, clock: Clock,
                 ttl: float) -> None:
        self.download = download
        self.agent = agent
        self.clock = clock
        self.ttl = ttl
        self._cache: dict[str, _Verdict] = {}

    def refusal(self, url: str) -> str | None:
        """Why `url` may not be fetched, or None when robots.txt allows it."""
        origin = origin_of(url)
        verdict = self._verdict(origin)
        if verdict.unreachable:
            return reasons.ROBOTS_UNREACHABLE.format(origin=origin, reason=verdict.unreachable)
        if verdict.rules is not None and not verdict.rules.can_fetch(url, self.agent):
            return reasons.ROBOTS.format(robots=f"{origin}/robots.txt")
        return None

    def crawl_delay(self, url: str) -> float | None:
        verdict = self._verdict(origin_of(url))
        return verdict.rules.crawl_delay(self.agent) if verdict.rules is not None else None

    def _verdict(self, origin: str) -> _Verdict:
        now = self.clock.now()
        cached = self._cache.get(origin)
        if cached is None or cached.expires <= now:
            cached = self._cache[origin] = self._fetch(origin, now)
        return cached

    def _fetch(self, origin: str, now: float) -> _Verdict:
        try:
            body = self.download(f"{origin}/robots.txt")
        except RobotsFailure as failure:
            if failure.status is not None and 400 <= failure.status < 500:
                return _Verdict(None, None, now + self.ttl)
            return _Verdict(None, failure.reason, now + min(self.ttl, RETRY_UNREACHABLE))
        text = body.decode("utf-8", errors="replace")
        return _Verdict(Protego.parse(text), None, now + self.ttl)
