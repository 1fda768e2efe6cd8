"""How `faultlines watch` fetches and decides, as one frozen object.

Every limit that protects the sites we read (rate, robots, retries) or protects us from them
(size, time, addresses) lives here, so a test can tighten one without touching the others and
the command line can build it from flags.
"""

from __future__ import annotations

from dataclasses import dataclass

from faultlines import __version__

PROJECT = "faultlines"


@dataclass(frozen=True)
class WatchOptions:
    """Fetching and deduplication settings.

    contact (str | None): a URL or address where site owners can reach the operator; it goes
        into the User-Agent after the project's name and version.
    timeout (float): seconds to connect, and seconds of silence while reading, before giving up.
    max_time (float): seconds one response may take in all, so a server dripping a byte at a
        time cannot hold the watcher.
    retries (int): extra attempts after a 5xx answer, a timeout or a dropped connection.
    retry_backoff (float): seconds before the first retry; each further retry waits twice as long.
    max_bytes (int): a page larger than this is abandoned while it streams in.
    max_listing_bytes (int): the same for feeds and sitemaps (the sitemap protocol allows 50 MB).
    host_interval (float): least seconds between two requests to one host.
    max_crawl_delay (float): a robots.txt Crawl-delay is honoured up to this many seconds.
    robots_ttl (float): seconds a host's robots.txt is trusted before it is fetched again.
    max_redirects (int): redirects followed per request; each hop is checked like the first.
    allow_private (bool): fetch from loopback, private and link-local addresses too (a local test
        server, an intranet feed); off by default, since a feed may point anywhere.
    allow_networks (tuple[str, ...]): non-public networks (CIDR) allowed even without
        `allow_private`, for one known intranet host rather than all of them.
    source_backoff (float): seconds before a failed source is tried again; doubles per failure.
    max_source_backoff (float): the longest a failing source waits.
    item_attempts (int): a page that fails this many times is given up on.
    recheck_after (float | None): seconds after which a coded page still listed by its source is
        fetched again (conditionally) to notice edits; None rechecks only pages whose listing
        date changed.
    max_items_per_source (int): new pages fetched from one source per cycle, newest first; the
        rest wait for the next cycle, so a 50,000-URL sitemap cannot stall the others.
    max_sitemap_children (int): child sitemaps read from one sitemap index per cycle.
    folder_settle (float): a file modified less than this many seconds ago may still be being
        written, and waits for the next cycle.
    batch_size (int): new stories handed to the coder at once, and recorded in one transaction.
    shingle (int): words per shingle for near-duplicate detection.
    num_perm (int): MinHash permutations; bands * rows must equal it.
    bands (int): LSH bands; more bands find less similar candidates.
    near_threshold (float): estimated Jaccard similarity from which two texts are one story.
    """

    contact: str | None = None
    timeout: float = 20.0
    max_time: float = 60.0
    retries: int = 2
    retry_backoff: float = 1.0
    max_bytes: int = 10 * 2**20
    max_listing_bytes: int = 50 * 2**20
    host_interval: float = 1.0
    max_crawl_delay: float = 30.0
    robots_ttl: float = 24 * 3600.0
    max_redirects: int = 5
    allow_private: bool = False
    allow_networks: tuple[str, ...] = ()
    source_backoff: float = 300.0
    max_source_backoff: float = 24 * 3600.0
    item_attempts: int = 3
    recheck_after: float | None = None
    max_items_per_source: int = 200
    max_sitemap_children: int = 50
    folder_settle: float = 2.0
    batch_size: int = 32
    shingle: int = 5
    num_perm: int = 128
    bands: int = 32
    near_threshold: float = 0.5

    def __post_init__(self) -> None:
        if self.num_perm % self.bands:
            raise ValueError(f"num_perm ({self.num_perm}) must be a multiple of bands "
                             f"({self.bands})")

    @property
    def user_agent(self) -> str:
        """Names the project and version, and the operator's contact when given."""
        contact = f"; +{self.contact}" if self.contact else ""
        return f"{PROJECT}/{__version__} (news event coder{contact})"
