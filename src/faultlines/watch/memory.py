"""WatchState in memory: for tests, and for a one-off `--once` run without a store."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from faultlines.watch.state import Outlet, PageState, SourceState, StoryRecord


class MemoryState:
    """Dicts behind the WatchState methods; `atomic()` restores a snapshot on error."""

    def __init__(self) -> None:
        self.sources: dict[str, SourceState] = {}
        self.pages: dict[str, PageState] = {}
        self.stories: dict[str, StoryRecord] = {}
        self.hashes: dict[str, str] = {}
        self.bands: dict[str, set[str]] = {}
        self.copies: dict[str, dict[str, Outlet]] = {}

    def _tables(self) -> tuple[dict, ...]:
        return (self.sources, self.pages, self.stories, self.hashes, self.bands, self.copies)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        snapshot = copy.deepcopy(self._tables())
        try:
            yield
        except BaseException:
            for table, saved in zip(self._tables(), snapshot, strict=True):
                table.clear()
                table.update(saved)
            raise

    def source(self, key: str) -> SourceState | None:
        return self.sources.get(key)

    def save_source(self, state: SourceState) -> None:
        self.sources[state.source] = state

    def page(self, url: str) -> PageState | None:
        return self.pages.get(url)

    def save_page(self, page: PageState) -> None:
        self.pages[page.url] = page

    def story_of_hash(self, content_hash: str) -> str | None:
        return self.hashes.get(content_hash)

    def save_hash(self, content_hash: str, story: str) -> None:
        self.hashes.setdefault(content_hash, story)

    def add_story(self, record: StoryRecord, bands: Sequence[str]) -> None:
        self.stories[record.story] = record
        for band in bands:
            self.bands.setdefault(band, set()).add(record.story)

    def candidates(self, bands: Sequence[str]) -> list[StoryRecord]:
        found = {story for band in bands for story in self.bands.get(band, ())}
        return [self.stories[story] for story in sorted(found)]

    def add_outlet(self, outlet: Outlet) -> None:
        self.copies.setdefault(outlet.story, {}).setdefault(outlet.url, outlet)

    def outlets(self, story: str) -> list[Outlet]:
        return list(self.copies.get(story, {}).values())
