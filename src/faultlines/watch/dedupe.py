"""Is a page's article a story we already have? By URL, by exact text, then by near-duplicate.

The cheap tests come first: a known canonical URL (the page's own, or the one it declares, which
for a syndicated copy often names the original), then the hash of the normalised text, and only
then the MinHash comparison with the few stories that share an LSH band.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from faultlines.ingest.draft import Draft
from faultlines.watch import neardup
from faultlines.watch.batch import Batch
from faultlines.watch.options import WatchOptions
from faultlines.watch.state import WatchState


@dataclass(frozen=True)
class Match:
    story: str
    how: str  # "url", "text" or "near"
    similarity: float = 1.0


@dataclass(frozen=True)
class Fingerprint:
    """A text's MinHash signature and band keys, kept for the story it may found."""

    signature: tuple[int, ...]
    bands: list[str]


def _by_url(urls: Iterable[str | None], state: WatchState, batch: Batch) -> str | None:
    for url in filter(None, urls):
        page = batch.pages.get(url) or state.page(url)
        if page is not None and page.story:
            return page.story
    return None


def find_story(draft: Draft, urls: Iterable[str | None], state: WatchState, batch: Batch,
               options: WatchOptions) -> tuple[Match | None, Fingerprint | None]:
    """The known story this draft is a copy of, else None and the fingerprint to file it under."""
    if story := _by_url(urls, state, batch):
        return Match(story, "url"), None
    content_hash = draft.content_hash
    if story := batch.hashes.get(content_hash) or state.story_of_hash(content_hash):
        return Match(story, "text"), None
    signature = neardup.signature(draft.text, options)
    bands = neardup.band_keys(signature, options.bands)
    candidates = state.candidates(bands) + batch.candidates(bands)
    if best := neardup.closest(signature, candidates, options.near_threshold):
        return Match(best[0].story, "near", best[1]), None
    return None, Fingerprint(signature, bands)
