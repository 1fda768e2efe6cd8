"""Filing a page that was read: an edit of a coded page, a copy of a known story, or a new story.

Everything is written to the pending batch (batch.py), never straight to the state, so that it is
committed with the coded articles or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from faultlines.ingest.draft import Draft
from faultlines.watch.batch import Batch
from faultlines.watch.dedupe import find_story
from faultlines.watch.entries import Entry
from faultlines.watch.options import WatchOptions
from faultlines.watch.report import Change, Copy, Story
from faultlines.watch.state import Outlet, PageState, StoryRecord, WatchState


@dataclass(frozen=True)
class Reading:
    """One page as it was read.

    url (str): the key it is remembered under (canonical URL, file URI, or file URI#row).
    outlet (str): where it was published.
    aliases (tuple): other URLs naming it: where redirects ended, what the page declares.
    """

    url: str
    source: str
    entry: Entry
    draft: Draft
    outlet: str
    aliases: tuple[str | None, ...] = ()
    etag: str | None = None
    last_modified: str | None = None


def file_page(reading: Reading, page: PageState | None, batch: Batch, state: WatchState,
              options: WatchOptions, now: float) -> None:
    """Add what this reading means to the batch."""
    draft, content_hash = reading.draft, reading.draft.content_hash
    record = PageState(reading.url, page.source if page else reading.source, etag=reading.etag,
                       last_modified=reading.last_modified, listed=reading.entry.listed,
                       checked_at=now)
    if page is not None and page.story:
        if content_hash != page.content_hash:
            batch.changes.append(Change(reading.url, page.story, page.content_hash,
                                        content_hash, draft))
        batch.hashes.setdefault(content_hash, page.story)
        batch.pages[reading.url] = replace(record, story=page.story, content_hash=content_hash)
        return
    match, fingerprint = find_story(draft, reading.aliases, state, batch, options)
    if match is not None:
        story = match.story
        batch.copies.append(Copy(reading.url, story, reading.outlet, match.how, match.similarity))
    else:
        story = draft.article_id
        batch.stories.append(Story(replace(draft, id=story), reading.outlet, reading.source))
        batch.records.append((StoryRecord(story, content_hash, fingerprint.signature, now),
                              fingerprint.bands))
    batch.hashes.setdefault(content_hash, story)
    batch.outlets.append(Outlet(story, reading.url, reading.outlet, now))
    batch.pages[reading.url] = replace(record, story=story, content_hash=content_hash)
