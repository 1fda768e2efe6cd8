"""Watch the news: sources read on a schedule, new stories extracted, deduplicated and coded.

One module per job:

- sources.py   SOURCE arguments to sources (URL, folder, OPML or URL-list file)
- fetch.py     the polite, safe HTTP GET (robots.py, pacing.py, addresses.py under it)
- listing.py   a fetched feed or sitemap to entries (feeds.py, sitemaps.py); folder.py for folders
- pages.py     a fetched page to a Draft (trafilatura, as `faultlines code` does)
- dedupe.py    known URL, same text, near-duplicate (neardup.py: MinHash and LSH bands)
- batch.py     new stories coded and recorded in one transaction
- cycle.py     `run_cycle`, which never raises; report.py, what it returns
- state.py     the records kept between cycles and the WatchState interface; memory.py for tests

The command (`faultlines watch`) only builds a Fetcher and a WatchState, binds `code_batch` to
the pipeline and the store, and calls `run_cycle` on a schedule.
"""

from faultlines.watch.cycle import run_cycle
from faultlines.watch.fetch import Fetcher, FetchError, Response
from faultlines.watch.memory import MemoryState
from faultlines.watch.options import WatchOptions
from faultlines.watch.report import Change, CodeBatch, Copy, CycleReport, Story
from faultlines.watch.state import Outlet, PageState, SourceState, StoryRecord, WatchState

__all__ = ["Change", "CodeBatch", "Copy", "CycleReport", "FetchError", "Fetcher", "MemoryState",
           "Outlet", "PageState", "Response", "SourceState", "Story", "StoryRecord",
           "WatchOptions", "WatchState", "run_cycle"]
