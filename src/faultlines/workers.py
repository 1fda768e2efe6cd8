"""Code drafts on several processes, each returning finished Article records.

Why not spaCy's `nlp.pipe(n_process=N)`: it tokenises in the parent, sends each Doc to a
worker and sends the annotated Doc back as bytes (with every user_data list our stages wrote),
so the parent deserialises whole Docs and then builds the records itself. On two cores that
parent work competes with the two workers and caps the speed-up near 1.5×. Here each worker
takes a chunk of drafts and does everything up to the record: tokenising, the pipeline and
`to_article`; the parent only hands out chunks and receives small, picklable records.

Order is kept (chunks are collected in the order they were given) and memory is bounded: about
a batch (`batch_size` articles) per worker is in flight, so a stream of any length is never
read ahead whole.
Workers are forked from a parent that has already built the pipeline where the platform
allows it (Linux), so they start at once and share its model pages; elsewhere each worker
builds its own pipeline from the options.

The pipeline module hands in its own `build` and one-process coder: this module runs them in
other processes and never imports the pipeline, so the two never import each other.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from faultlines.ingest.draft import Draft
from faultlines.model import Article
from faultlines.options import CodingOptions

if TYPE_CHECKING:  # spaCy is loaded by the pipeline; the Ray driver imports in_chunks alone
    from spacy.language import Language

Coded = tuple[Article, list[str]]
Build = Callable[[CodingOptions], "Language"]
Code = Callable[["Language", list[Draft], CodingOptions], Iterable[Coded]]
Fail = Callable[[Draft, BaseException], Coded]

# Articles per task. Small, so that two workers finish together: with a batch of long stories
# per task, the last task kept one core busy while the other waited (a tenth of a run).
CHUNK = 4

# The pipeline of a worker process: set in the parent before forking, or built by _start.
_nlp: Language | None = None
_options: CodingOptions | None = None
_code: Code | None = None
_fail: Fail | None = None


def code_in_processes(nlp: Language, drafts: Iterable[Draft], options: CodingOptions,
                      build: Build, code: Code, fail: Fail) -> Iterator[Coded]:
    """(Article, errors) for each draft, in input order, from `options.workers` processes.

    build (Build): makes a worker's pipeline from the options where the worker cannot be forked
        from this process (module-level, so that it pickles by name).
    code (Code): codes a chunk of drafts in one process (module-level too).
    fail (Fail): the (Article, errors) of a draft whose coding raised in a worker: a worker's
        error boundary is the draft, as in one process.
    """
    global _nlp, _options, _code, _fail
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else "spawn")
    _nlp, _options = (nlp, options) if forking else (None, None)
    pool = context.Pool(options.workers, initializer=_start,
                        initargs=(options, build, code, fail))
    try:
        chunks = in_chunks(drafts, CHUNK)
        yield from _in_order(pool, chunks, max(2, options.batch_size // CHUNK) * options.workers)
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        _nlp = _options = _code = _fail = None


def _in_order(pool, chunks: Iterator[list[Draft]], window: int) -> Iterator[Coded]:
    pending: deque = deque()
    for chunk in chunks:
        pending.append(pool.apply_async(_code_chunk, (chunk,)))
        if len(pending) >= window:
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()


def in_chunks(items: Iterable, size: int) -> Iterator[list]:
    """Lists of `size` items (the last may be shorter), read from `items` only as needed."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _start(options: CodingOptions, build: Build, code: Code, fail: Fail) -> None:
    """Worker set-up: die with the parent (a kill -9 of the run must not leave workers
    behind), leave Ctrl-C to the parent, and have a pipeline."""
    global _nlp, _options, _code, _fail
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler raises; a worker ends
    _code, _fail = code, fail
    if _nlp is None:
        _nlp, _options = build(options), options


def _code_chunk(drafts: list[Draft]) -> list[Coded]:
    """A chunk coded in this worker; whatever escapes the coder is one draft's failure,
    found by coding the chunk's drafts one by one, and never the run's."""
    assert _nlp is not None and _options is not None and _code is not None
    options = replace(_options, workers=1)
    try:
        return list(_code(_nlp, drafts, options))
    except Exception:  # noqa: BLE001 - found again below, draft by draft
        return [_code_one(draft, options) for draft in drafts]


def _code_one(draft: Draft, options: CodingOptions) -> Coded:
    assert _nlp is not None and _code is not None and _fail is not None
    try:
        return next(iter(_code(_nlp, [draft], options)))
    except Exception as err:  # noqa: BLE001 - this draft's failure
        return _fail(draft, err)


def _die_with_parent() -> None:
    """Linux only: ask the kernel to send SIGTERM when the parent process dies."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass
