"""A polite, safe HTTP GET for feeds, sitemaps and pages.

Polite: robots.txt is obeyed, each host is asked at most once per interval, a page we have is
asked for conditionally (ETag, Last-Modified) and a 304 costs the site nothing, and the
User-Agent says who is asking. Safe: http and https only, public addresses only (addresses.py,
checked on every connection including each redirect hop), a time limit on connecting, on each
read and on the whole response, and a size limit enforced while the body streams in.
Redirects are followed here rather than by httpx, so that every hop is checked like the first.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urljoin, urlsplit

import httpx

from faultlines.watch import reasons
from faultlines.watch.addresses import AddressPolicy, GuardedBackend, RefusedAddress, Resolver
from faultlines.watch.addresses import system_resolver
from faultlines.watch.clock import Clock, SystemClock
from faultlines.watch.options import PROJECT, WatchOptions
from faultlines.watch.pacing import HostPacer
from faultlines.watch.robots import ROBOTS_BYTES, RobotsCache, RobotsFailure, origin_of

REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({500, 502, 503, 504})


class FetchError(Exception):
    """A URL that could not be fetched; the message is the one-line reason.

    status (int | None): the HTTP status, when the server answered.
    refused (bool): our own policy refused the address; nothing was sent.
    """

    def __init__(self, reason: str, status: int | None = None, refused: bool = False) -> None:
        super().__init__(reason)
        self.status = status
        self.refused = refused


class _Retryable(FetchError):
    """A failure that another attempt may not meet: a timeout, a dropped connection."""


@dataclass(frozen=True)
class Response:
    """What a GET brought back. A 304 has no body: the caller's copy is still current."""

    url: str
    status: int
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    charset: str | None = None
    location: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def guarded_transport(policy: AddressPolicy, resolve: Resolver) -> httpx.HTTPTransport:
    """httpx's transport with our network backend under its connection pool.

    httpx does not take a network backend as an argument, so the pool's is replaced before the
    first connection; test_watch_fetch pins that this still guards (httpx is pinned exactly).
    """
    transport = httpx.HTTPTransport(retries=0)
    transport._pool._network_backend = GuardedBackend(policy, resolve)  # noqa: SLF001
    return transport


class Fetcher:
    """GETs URLs under the watch options; one instance per watch process (it keeps the pacing,
    the robots.txt cache and the connection pool)."""

    def __init__(self, options: WatchOptions = WatchOptions(), clock: Clock | None = None,
                 resolve: Resolver = system_resolver) -> None:
        self.options = options
        self.clock = clock or SystemClock()
        self.pacer = HostPacer(options.host_interval, self.clock)
        self.robots = RobotsCache(self._robots_txt, PROJECT, self.clock, options.robots_ttl)
        policy = AddressPolicy(options.allow_private, options.allow_networks)
        self.client = httpx.Client(
            transport=guarded_transport(policy, resolve), follow_redirects=False,
            trust_env=False, timeout=httpx.Timeout(options.timeout),
            headers={"User-Agent": options.user_agent})

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            max_bytes: int | None = None) -> Response:
        """Fetch `url`, following redirects; raises FetchError with the reason.

        etag, last_modified (str | None): the validators of the copy we hold; a server that
            agrees it is current answers 304, returned as a Response with `not_modified`.
        max_bytes (int | None): the size limit, the options' page limit when None.
        """
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._follow(url, headers, max_bytes or self.options.max_bytes, obey_robots=True)

    def _follow(self, url: str, headers: dict[str, str], limit: int, obey_robots: bool,
                truncate: bool = False) -> Response:
        for _ in range(self.options.max_redirects + 1):
            self._admit(url, obey_robots)
            response = self._with_retries(url, headers, limit, truncate)
            if response.status in REDIRECTS:
                if not response.location:
                    raise FetchError(reasons.REDIRECT_NO_LOCATION.format(status=response.status),
                                     response.status)
                url = urljoin(url, response.location)
                continue
            if response.status >= 400:
                raise FetchError(_status_reason(response.status), response.status)
            return response
        raise FetchError(reasons.REDIRECTS.format(limit=self.options.max_redirects))

    def _admit(self, url: str, obey_robots: bool) -> None:
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(reasons.SCHEME.format(scheme=scheme or "none"), refused=True)
        if not obey_robots:
            return
        if refusal := self.robots.refusal(url):
            raise FetchError(refusal)
        if delay := self.robots.crawl_delay(url):
            self.pacer.set_delay(origin_of(url), min(delay, self.options.max_crawl_delay))

    def _with_retries(self, url: str, headers: dict[str, str], limit: int,
                      truncate: bool) -> Response:
        attempts = self.options.retries + 1
        for attempt in range(attempts):
            if attempt:
                self.clock.sleep(self.options.retry_backoff * 2 ** (attempt - 1))
            try:
                response = self._once(url, headers, limit, truncate)
            except _Retryable as err:
                if attempt == attempts - 1:
                    raise FetchError(str(err)) from None
                continue
            if response.status not in RETRY_STATUSES or attempt == attempts - 1:
                return response
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _once(self, url: str, headers: dict[str, str], limit: int, truncate: bool) -> Response:
        self.pacer.wait(origin_of(url))
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                body = b""
                if r.status_code < 300:
                    body = _read(r, limit, self.options.max_time, truncate)
                return Response(
                    url=str(r.url), status=r.status_code, body=body, etag=r.headers.get("etag"),
                    last_modified=r.headers.get("last-modified"),
                    content_type=r.headers.get("content-type"), charset=r.charset_encoding,
                    location=r.headers.get("location"))
        except RefusedAddress as err:
            raise FetchError(str(err), refused=True) from None
        except httpx.TimeoutException:
            raise _Retryable(reasons.TIMEOUT.format(seconds=self.options.timeout)) from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as err:
            raise FetchError(f"bad URL: {err}") from None
        except httpx.TransportError as err:
            raise _Retryable(reasons.NETWORK.format(error=err or type(err).__name__)) from None
        except httpx.HTTPError as err:  # a body that does not decode, and whatever httpx adds
            reason = reasons.BAD_RESPONSE.format(error=err or type(err).__name__)
            raise FetchError(reason) from None

    def _robots_txt(self, url: str) -> bytes:
        """robots.txt itself: not subject to robots, cut (not refused) at 512 KiB."""
        try:
            return self._follow(url, {}, ROBOTS_BYTES, obey_robots=False, truncate=True).body
        except FetchError as err:
            if err.refused:
                raise
            raise RobotsFailure(str(err), err.status) from None


def _status_reason(status: int) -> str:
    try:
        phrase = f" {HTTPStatus(status).phrase}"
    except ValueError:
        phrase = ""
    return reasons.HTTP_STATUS.format(status=status, phrase=phrase)


def _read(response: httpx.Response, limit: int, max_time: float, truncate: bool) -> bytes:
    """The body, stopped at `limit` bytes (after decompression) and at `max_time` seconds."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit and not truncate:
        raise FetchError(reasons.TOO_LARGE.format(limit=limit))
    deadline = time.monotonic() + max_time
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            if truncate:
                return b"".join(chunks)[:limit]
            raise FetchError(reasons.TOO_LARGE.format(limit=limit))
        if time.monotonic() > deadline:
            raise FetchError(reasons.TOO_SLOW.format(seconds=max_time))
    return b"".join(chunks)
