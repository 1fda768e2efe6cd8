"""Code a corpus into the store: read, skip what is stored, code, write in batches.

This is what `faultlines code` runs. It is resumable by construction: every batch is one
transaction keyed by content hash, and drafts whose hash is already stored are skipped before
the (expensive) NLP pass, so a rerun after a crash or kill -9 codes only what is missing.

Every input ends in exactly one of: coded (and stored), already stored, or failed with its
reason. Reading, coding and storing each have an error boundary around one input (ingest/,
pipeline.py and workers.py, store/checks.py), and an input on which any stage failed is a
failure too: it is neither stored nor printed, so that a rerun codes it again instead of
keeping a half-coded article forever. Only a problem of the store itself (a full disk, ...)
ends the run: it raises StoreError after the batches before it were stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from faultlines import errors, pipeline
from faultlines.ingest import read_paths
from faultlines.ingest.draft import Draft, Failure, one_line
from faultlines.model import Article
from faultlines.options import CodingOptions
from faultlines.store import Store
from faultlines.workers import in_chunks


@dataclass
class Summary:
    """What a run did, for the CLI's closing lines and its exit status."""

    coded: int = 0
    stored: int = 0
    already: int = 0
    failures: list[Failure] = field(default_factory=list)
    notes: list[Failure] = field(default_factory=list)
    events: int = 0
    quotes: int = 0


@dataclass
class Callbacks:
    """What the caller hears, as soon as it is known.

    on_failure: once per input that failed (read, coded or stored), with its reason.
    on_note: something to know about an input that was coded (bytes replaced, a shared id).
    on_article: each newly coded (and stored) article (the CLI's progress and --json output).
    on_already: the content hash of each input the store already holds.
    """

    on_failure: Callable[[Failure], None] = lambda f: None
    on_note: Callable[[Failure], None] = lambda n: None
    on_article: Callable[[Article], None] = lambda a: None
    on_already: Callable[[str], None] = lambda h: None


def _new_drafts(sources: Iterable[Draft | Failure], store: Store | None, summary: Summary,
                calls: Callbacks, chunk: int, recode: bool = False) -> Iterator[Draft]:
    """Drafts not yet stored, in input order; failures reported, duplicates counted."""
    seen: set[str] = set()
    for group in in_chunks(sources, chunk):
        drafts = [d for d in group if isinstance(d, Draft)]
        for failure in (f for f in group if isinstance(f, Failure)):
            _fail(summary, calls, failure)
        stored = store.known_hashes(d.content_hash for d in drafts) if store else set()
        if recode and stored:
            store.delete_hashes(stored)
            stored = set()
        for draft in drafts:
            if draft.content_hash in stored or draft.content_hash in seen:
                summary.already += 1
                calls.on_already(draft.content_hash)
                continue
            seen.add(draft.content_hash)
            yield draft


def _fail(summary: Summary, calls: Callbacks, failure: Failure) -> None:
    summary.failures.append(failure)
    calls.on_failure(failure)


def _note(summary: Summary, calls: Callbacks, origin: str | None, note: str) -> None:
    summary.notes.append(Failure(origin or "?", note))
    calls.on_note(summary.notes[-1])


def _coded(batch: list[tuple[Article, list[str]]], summary: Summary,
           calls: Callbacks) -> list[Article]:
    """The articles of a batch that were coded whole; each other one is a failure."""
    articles = []
    for article, problems in batch:
        if problems:
            reason = "; ".join(one_line(p) for p in problems)
            _fail(summary, calls, Failure(article.origin or article.id,
                                          errors.STAGE_FAILED.format(reason=reason)))
        else:
            articles.append(article)
    return articles


def _store(articles: list[Article], store: Store, summary: Summary,
           calls: Callbacks) -> list[Article]:
    """Store a batch; RETURNS the articles stored (the others failed, each with its reason)."""
    added = store.add(articles)
    summary.stored += added.stored
    refused = {id(a) for a, _ in added.rejected}
    for article, reason in added.rejected:
        _fail(summary, calls, Failure(article.origin or article.id, reason))
    for article, note in added.notes:
        _note(summary, calls, article.origin, note)
    return [a for a in articles if id(a) not in refused]


def code_corpus(paths: Iterable[str], options: CodingOptions, store: Store | None,
                calls: Callbacks = Callbacks(), nlp=None, recode: bool = False,
                summary: Summary | None = None) -> Summary:
    """Code every article under `paths` into `store` (or only report them when store is None).

    calls (Callbacks): what the caller hears, as soon as it is known.
    recode (bool): code again, and replace, articles the store already holds.
    summary (Summary | None): filled as the run goes, so that a caller who meets an exception
        (Ctrl-C, a full disk) still knows what was done before it.
    Memory stays flat over a long run: nothing here keeps per-article state beyond a batch,
    but the set of hashes seen in this run (to skip duplicates within it).
    RAISES (StoreError): the store cannot be written; the batches before were stored.
    """
    summary = Summary() if summary is None else summary
    nlp = nlp or pipeline.build(options)
    sources = read_paths(paths, max_bytes=options.max_bytes)
    drafts = _new_drafts(sources, store, summary, calls, chunk=options.batch_size * 4,
                         recode=recode)
    notes: dict[str, tuple[str, ...]] = {}

    def noted(stream: Iterator[Draft]) -> Iterator[Draft]:
        for draft in stream:  # a draft's notes are said once its article is known to be coded
            if draft.notes:
                notes[draft.content_hash] = (draft.origin, *draft.notes)
            yield draft

    coded = pipeline.code_drafts(nlp, noted(drafts), options)
    for batch in in_chunks(coded, options.batch_size):
        articles = _coded(batch, summary, calls)
        if store is not None:
            articles = _store(articles, store, summary, calls)
        for article in articles:
            origin, *said = notes.pop(article.content_hash, (None,))
            for note in said:
                _note(summary, calls, origin, note)
            summary.coded += 1
            summary.events += len(article.events)
            summary.quotes += len(article.quotes)
            calls.on_article(article)
        for article, _ in batch:
            notes.pop(article.content_hash or "", None)
    return summary
