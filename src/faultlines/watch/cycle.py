"""One watch cycle: every source read, every new page extracted, deduplicated, coded, recorded.

Nothing raises out of `run_cycle`. A source that fails is recorded with its reason and left alone
for a while that doubles with each failure; a page that fails is retried on later cycles and given
up after `item_attempts`; a bug in one source's handling is caught, reported, and the other sources
go on. Each failure is one line, passed to `on_error` as it happens and kept in the report.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from faultlines.watch import folder, pages, reasons
from faultlines.watch.batch import Batch, commit
from faultlines.watch.fetch import FetchError, Fetcher, Response
from faultlines.watch.filing import Reading, file_page
from faultlines.watch.entries import Entry, Listing, ListingError
from faultlines.watch.listing import read_listing
from faultlines.watch.report import CodeBatch, CycleReport
from faultlines.watch.schedule import READ, WAIT, backoff, due, duration, failed
from faultlines.watch.sources import Source, expand
from faultlines.watch.state import PageState, SourceState, WatchState
from faultlines.watch.urls import canonical, outlet


def run_cycle(sources: Iterable[str], fetcher: Fetcher, state: WatchState, code_batch: CodeBatch,
              on_error: Callable[[str], None] | None = None,
              stop: Callable[[], bool] | None = None) -> CycleReport:
    """Visit every source once and code what is new.

    sources (Iterable[str]): the SOURCE arguments (URLs, folders, list files), expanded anew each
        cycle so an edited list file takes effect.
    fetcher (Fetcher): carries the options, the clock, the pacing and the robots.txt cache.
    state (WatchState): what earlier cycles learnt; written in `state.atomic()` blocks.
    code_batch (CodeBatch): codes and stores a batch of new stories, inside the same transaction
        as the state that records them.
    on_error (Callable[[str], None] | None): receives each one-line failure as it happens.
    stop (Callable[[], bool] | None): asked between pages; True ends the cycle after committing
        what was done (Ctrl-C and SIGTERM set it).
    RETURNS (CycleReport): new stories, copies, changed pages, failures.
    """
    return _Cycle(fetcher, state, code_batch, on_error, stop).run(sources)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


class _Cycle:
    def __init__(self, fetcher: Fetcher, state: WatchState, code_batch: CodeBatch,
                 on_error: Callable[[str], None] | None,
                 stop: Callable[[], bool] | None) -> None:
        self.fetcher, self.state, self.code_batch = fetcher, state, code_batch
        self.options, self.clock = fetcher.options, fetcher.clock
        self.on_error, self.stop = on_error, stop
        self.report = CycleReport(started=self.clock.now())
        self.batch = Batch()

    def run(self, arguments: Iterable[str]) -> CycleReport:
        try:
            found, failures = expand(arguments)
        except Exception as err:  # noqa: BLE001 - a cycle never raises
            found, failures = [], [reasons.INTERNAL.format(kind=type(err).__name__,
                                                           error=_one_line(err))]
        for line in failures:
            self._fail(line)
        for source in found:
            if self._stopping():
                break
            self._guarded(source)
        self.report.finished = self.clock.now()
        return self.report

    def _guarded(self, source: Source) -> None:
        try:
            self._visit(source.key, source.kind, depth=0)
        except Exception as err:  # noqa: BLE001 - one source's bug must not stop the others
            self.batch = Batch()
            self._fail(f"{source.key}: " + reasons.INTERNAL.format(
                kind=type(err).__name__, error=_one_line(err)))

    def _stopping(self) -> bool:
        if self.stop is not None and not self.report.stopped:
            try:
                self.report.stopped = bool(self.stop())
            except Exception as err:  # noqa: BLE001 - a broken flag stops the cycle and says why
                self.report.stopped = True
                self._fail(reasons.BROKEN_STOP.format(kind=type(err).__name__,
                                                      error=_one_line(err)))
        return self.report.stopped

    def _fail(self, line: str) -> None:
        self.report.failures.append(line)
        if self.on_error is not None:
            with contextlib.suppress(Exception):  # a broken printer must not end the cycle
                self.on_error(line)

    # sources

    def _visit(self, key: str, kind: str, depth: int) -> bool:
        """Read one source and its items; True when every item is settled (done or given up)."""
        fresh = SourceState(key, kind="folder" if kind == "folder" else None)
        known = self.state.source(key) or fresh
        now = self.clock.now()
        if known.next_attempt > now:
            self.report.skipped.append(f"{key}: " + reasons.BACKING_OFF.format(
                errors=known.errors, reason=known.last_error,
                wait=duration(known.next_attempt - now)))
            return False
        new_before = len(self.report.new)
        try:
            listing, response = self._list(key, kind, known)
        except (FetchError, ListingError) as err:
            self._source_failed(known, str(err))
            return False
        settled = True
        if listing is not None:
            if listing.warning:
                self._fail(f"{key}: {listing.warning}")
            settled = self._children(key, listing.children, depth)
            settled = self._take(key, kind, listing.entries) and settled
        settled = self._flush() and settled
        self._source_ok(known, listing, response, settled, len(self.report.new) > new_before)
        return settled

    def _list(self, key: str, kind: str,
              known: SourceState) -> tuple[Listing | None, Response | None]:
        """The listing, or None for a feed or sitemap unchanged since its last settled read."""
        if kind == "folder":
            path = Path(key)
            if not path.is_dir():
                raise ListingError(reasons.MISSING_SOURCE.format(source=key))
            entries = folder.list_folder(path, self.options.folder_settle, self.clock.now())
            return Listing(kind="folder", entries=tuple(entries)), None
        limit = self.options.max_listing_bytes
        response = self.fetcher.get(key, known.etag, known.last_modified, max_bytes=limit)
        if response.not_modified:
            return None, response
        return read_listing(response.body, response.url, limit), response

    def _children(self, key: str, children: tuple[str, ...], depth: int) -> bool:
        """The child sitemaps of an index, each a source with its own state."""
        if children and depth >= 1:
            self._fail(f"{key}: a sitemap index inside a sitemap index is not followed")
            return True
        settled = len(children) <= self.options.max_sitemap_children
        for child in children[:self.options.max_sitemap_children]:
            if self._stopping():
                return False
            settled = self._visit(canonical(child), "url", depth + 1) and settled
        return settled

    def _source_ok(self, known: SourceState, listing: Listing | None, response: Response | None,
                   settled: bool, gave_new: bool) -> None:
        now = self.clock.now()
        etag, modified = known.etag, known.last_modified
        if listing is not None:
            # Validators only for a listing whose every item is settled, and never for an index:
            # its children change while it does not, and a 304 would hide them.
            keep = settled and response is not None and listing.kind != "sitemap index"
            etag = response.etag if keep else None
            modified = response.last_modified if keep else None
        self.state.save_source(replace(
            known.cleared(), kind=listing.kind if listing else known.kind, etag=etag,
            last_modified=modified, last_checked=now, last_success=now,
            last_new=now if gave_new else known.last_new))

    def _source_failed(self, known: SourceState, reason: str) -> None:
        now = self.clock.now()
        record = replace(failed(known, reason, now, self.options), last_checked=now)
        self.state.save_source(record)
        wait = duration(backoff(record.errors, self.options))
        self._fail(f"{known.source}: {reason} (failure {record.errors}; next try in {wait})")

    # items

    def _take(self, source: str, kind: str, entries: Iterable[Entry]) -> bool:
        """Read the listed pages that are new or due, newest first, up to the per-source cap."""
        now = self.clock.now()
        settled, todo, seen = True, [], set()
        for entry in sorted(entries, key=lambda e: e.listed or "", reverse=True):
            url = entry.url if kind == "folder" else canonical(entry.url)
            if url in seen:
                continue
            seen.add(url)
            page = self.state.page(url)
            verdict = due(page, entry, source, now, self.options)
            settled = settled and verdict != WAIT
            if verdict == READ:
                todo.append((url, entry, page))
        if len(todo) > self.options.max_items_per_source:
            todo, settled = todo[:self.options.max_items_per_source], False
        for url, entry, page in todo:
            if self._stopping():
                return False
            settled = self._read(kind, url, entry, page, source) and settled
            if len(self.batch) >= self.options.batch_size:
                settled = self._flush() and settled
        return settled

    def _read(self, kind: str, url: str, entry: Entry, page: PageState | None,
              source: str) -> bool:
        """Read one page or file; a bug on one page fails that page, not its whole source."""
        read = self._read_file if kind == "folder" else self._read_page
        try:
            return read(url, entry, page, source)
        except Exception as err:  # noqa: BLE001
            return self._page_failed(url, source, page, reasons.INTERNAL_ITEM.format(
                kind=type(err).__name__, error=_one_line(err)))

    def _read_page(self, url: str, entry: Entry, page: PageState | None, source: str) -> bool:
        known = page is not None and page.story is not None
        try:
            response = self.fetcher.get(url, page.etag if known else None,
                                        page.last_modified if known else None)
        except FetchError as err:
            return self._page_failed(url, source, page, str(err))
        if response.not_modified and page is not None:
            self.batch.pages[url] = replace(page.cleared(), listed=entry.listed or page.listed,
                                            checked_at=self.clock.now())
            return True
        try:
            found = pages.extract(response, outlet(response.url))
        except pages.PageError as err:
            return self._page_failed(url, source, page, str(err))
        draft = found.draft.with_default_date(entry.published)
        if not draft.title and entry.title:
            draft = replace(draft, title=entry.title)
        declared = canonical(found.declared) if found.declared else None
        self._file(Reading(url, source, entry, draft, outlet(response.url),
                           aliases=(canonical(response.url), declared), etag=response.etag,
                           last_modified=response.last_modified), page)
        return True

    def _read_file(self, url: str, entry: Entry, page: PageState | None, source: str) -> bool:
        """A file of a folder: one article, or a table of them (each remembered as file#row)."""
        drafts, problems = folder.read_entry(entry, self.options.max_bytes)
        if not drafts:
            return self._page_failed(url, source, page, "; ".join(problems) or reasons.NO_STORY)
        for problem in problems:
            self._fail(f"{url}: {problem}")
        name = Path(source).name
        if len(drafts) == 1:
            self._file(Reading(url, source, entry, drafts[0], drafts[0].source or name), page)
            return True
        for number, draft in enumerate(drafts, start=1):
            key = f"{url}#{draft.id or number}"
            self._file(Reading(key, source, Entry(key), draft, draft.source or name),
                       self.state.page(key))
        self.batch.pages[url] = PageState(url, source, listed=entry.listed,
                                          checked_at=self.clock.now())
        return True

    def _file(self, reading: Reading, page: PageState | None) -> None:
        file_page(reading, page, self.batch, self.state, self.options, self.clock.now())

    def _page_failed(self, url: str, source: str, page: PageState | None, reason: str) -> bool:
        """Record a failed page; True when it is now given up (it no longer holds its source)."""
        record = failed(page or PageState(url, source), reason, self.clock.now(), self.options)
        errors = record.errors
        with self.state.atomic():
            self.state.save_page(record)
        gave_up = errors >= self.options.item_attempts
        if gave_up:
            reason = reasons.GAVE_UP.format(attempts=errors, reason=reason)
        self._fail(f"{url}: {reason}")
        return gave_up

    def _flush(self) -> bool:
        """Commit the batch; on failure nothing of it is kept and its pages are retried later."""
        batch, self.batch = self.batch, Batch()
        if not len(batch):
            return True
        try:
            commit(batch, self.state, self.code_batch)
        except Exception as err:  # noqa: BLE001 - the coder failing must not end the cycle
            reason = reasons.CODING_FAILED.format(count=len(batch.stories), error=_one_line(err))
            for url, page in batch.pages.items():
                self._page_failed(url, page.source, self.state.page(url), reason)
            return False
        self.report.new.extend(batch.stories)
        self.report.copies.extend(batch.copies)
        self.report.changed.extend(batch.changes)
        return True

