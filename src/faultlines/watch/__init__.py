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
               (the store's is store/watch.py, StoreState)
- alerts.py    the analysis after a cycle against a snapshot of it after the last one
- deliver.py   alerts as JSON lines (stdout, a file) or POSTed to a webhook
- monitor.py   one cycle against the store: run_cycle with the pipeline as coder, then alerts

The command (cli/watch.py) builds the pipeline and a Fetcher once, and calls
`monitor.run_once` on a schedule.
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
