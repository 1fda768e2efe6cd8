"""A crawler over the web app: every internal link of every page, fetched once.

Starting from the overview and the navigation, it fetches each internal URL it finds (links,
images, scripts, styles, form-free) and records its status. It reads the links of every page
whose URL carries no filter (every article, actor, dyad, listing page and page of a listing),
and of the first few URLs of each filtered kind (`/events?actor=…&since=…`): those list the
same records as the unfiltered listings, in the same templates, so reading thousands of them
would find no link the others do not.
"""

from __future__ import annotations

import html
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urljoin, urlsplit

LINK = re.compile(r"""(?:href|src)\s*=\s*["']([^"']*)["']""")
START = ("/", "/articles", "/events", "/actors", "/dyads", "/network", "/map", "/faultlines")
PAGING = {"offset", "limit", "order", "period", "sort", "dir"}
EXPANDED_PER_KIND = 3

Fetch = Callable[[str], tuple[int, str, str]]  # url → (status, content type, body)


@dataclass
class Crawl:
    """What a crawl found: every URL with its status and the page that linked it first."""

    status: dict[str, int] = field(default_factory=dict)
    found_on: dict[str, str] = field(default_factory=dict)
    anchors: list[tuple[str, str]] = field(default_factory=list)  # (page, #id) not on it
    ids: dict[str, set[str]] = field(default_factory=dict)  # page → the ids it holds
    fragments: list[tuple[str, str, str]] = field(default_factory=list)  # (source, url, id)

    @property
    def broken(self) -> dict[str, str]:
        """Broken URL (or missing anchor) → the page that links to it."""
        dead = {url: self.found_on.get(url, "(start)") for url, status in self.status.items()
                if status != 200}
        return dead | {f"{page}{anchor}": page for page, anchor in self.anchors}

    def report(self, most: int = 30) -> str:
        lines = [f"{status} {url} <- {self.found_on.get(url, '(start)')}"
                 for url, status in self.status.items() if status != 200]
        lines += [f"missing anchor {anchor} on {page}" for page, anchor in self.anchors]
        return "\n".join(lines[:most]) + (f"\n... {len(lines) - most} more" if len(lines) > most
                                          else "")


def internal_links(page: str, body: str) -> tuple[list[str], list[str]]:
    """The internal URLs a page links to (absolute paths with their query and fragment), and
    the anchors of its own it links to (`#event-3`)."""
    urls, anchors = [], []
    for raw in LINK.findall(body):
        link = html.unescape(raw).strip()
        if not link or link.startswith(("data:", "mailto:")):
            continue
        if link.startswith("#"):
            anchors.append(link[1:])
            continue
        parts = urlsplit(link)
        if parts.scheme or parts.netloc:
            continue
        urls.append(urljoin(page, link))
    return urls, anchors


def _kind(url: str) -> tuple[str, frozenset[str]] | None:
    """A filtered URL's kind (its path shape and filter names); None for an unfiltered one."""
    parts = urlsplit(url)
    names = frozenset(k for k, _ in parse_qsl(parts.query)) - PAGING
    if not names:
        return None
    return re.sub(r"/[^/]+", "/_", parts.path), names


def crawl(fetch: Fetch, start: tuple[str, ...] = START) -> Crawl:
    """Fetch every internal URL reachable from `start`, breadth first."""
    found = Crawl()
    queue = deque(dict.fromkeys(start))
    seen = set(queue)
    expanded: dict[tuple, int] = {}
    while queue:
        url = queue.popleft()
        status, kind, body = fetch(url)
        found.status[url] = status
        if status != 200 or "text/html" not in kind or not _expands(url, expanded):
            continue
        for link in _read(found, url, body):
            if link not in seen:
                seen.add(link)
                found.found_on[link] = url
                queue.append(link)
    for source, url, fragment in found.fragments:
        if url in found.ids and fragment not in found.ids[url]:
            found.anchors.append((f"{url} (linked from {source})", f"#{fragment}"))
    return found


def _expands(url: str, expanded: dict[tuple, int]) -> bool:
    """Whether to read the links of this page (module docstring)."""
    shape = _kind(url)
    if shape is None:
        return True
    expanded[shape] = expanded.get(shape, 0) + 1
    return expanded[shape] <= EXPANDED_PER_KIND


def _read(found: Crawl, url: str, body: str) -> list[str]:
    """The page's links (without fragment); records its ids, and the anchors it needs."""
    links, anchors = internal_links(url, body)
    ids = found.ids[url] = set(re.findall(r'\bid="([^"]+)"', body))
    found.anchors += [(url, f"#{a}") for a in dict.fromkeys(anchors) if a not in ids]
    out = []
    for link in links:
        link, _, fragment = link.partition("#")
        if fragment:
            found.fragments.append((url, link, fragment))
        out.append(link)
    return out
