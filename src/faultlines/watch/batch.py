"""New stories and what is learnt about pages, held until they are committed together.

The coder is given stories in batches (spaCy is faster that way), and what the watcher remembers
about a batch's pages is written in the same transaction as the coded articles: a crash before the
commit leaves both unwritten, so the pages are read again and coded once; a crash after it leaves
both written, so nothing is coded twice. Until the commit, later pages of the same cycle are
compared with the batch's stories too (two outlets' copies of one story in one feed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from faultlines.watch.report import Change, CodeBatch, Copy, Story
from faultlines.watch.state import Outlet, PageState, StoryRecord, WatchState


@dataclass
class Batch:
    stories: list[Story] = field(default_factory=list)
    records: list[tuple[StoryRecord, list[str]]] = field(default_factory=list)
    hashes: dict[str, str] = field(default_factory=dict)
    outlets: list[Outlet] = field(default_factory=list)
    pages: dict[str, PageState] = field(default_factory=dict)
    copies: list[Copy] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.pages)

    def candidates(self, bands: Sequence[str]) -> list[StoryRecord]:
        wanted = set(bands)
        return [record for record, keys in self.records if wanted.intersection(keys)]


def commit(batch: Batch, state: WatchState, code_batch: CodeBatch) -> None:
    """Code the batch's stories and record everything, in one transaction; raises on failure
    with nothing written."""
    with state.atomic():
        if batch.stories:
            code_batch(list(batch.stories))
        for record, bands in batch.records:
            state.add_story(record, bands)
        for content_hash, story in batch.hashes.items():
            state.save_hash(content_hash, story)
        for outlet in batch.outlets:
            state.add_outlet(outlet)
        for page in batch.pages.values():
            state.save_page(page)
