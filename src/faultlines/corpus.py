"""Code a corpus into the store: read, skip what is stored, code, write in batches.

This is what `faultlines code` runs. It is resumable by construction: every batch is one
transaction keyed by content hash, and drafts whose hash is already stored are skipped before
the (expensive) NLP pass, so a rerun after a crash or kill -9 codes only what is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from faultlines import pipeline
from faultlines.ingest import read_paths
from faultlines.ingest.draft import Draft, Failure
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
    stage_errors: list[str] = field(default_factory=list)
    events: int = 0
    quotes: int = 0


def _new_drafts(sources: Iterable[Draft | Failure], store: Store | None, summary: Summary,
                on_failure: Callable[[Failure], None], on_already: Callable[[str], None],
                chunk: int, recode: bool = False) -> Iterator[Draft]:
    """Drafts not yet stored, in input order; failures reported, duplicates counted."""
    seen: set[str] = set()
    for group in in_chunks(sources, chunk):
        drafts = [d for d in group if isinstance(d, Draft)]
        for failure in (f for f in group if isinstance(f, Failure)):
            summary.failures.append(failure)
            on_failure(failure)
        stored = store.known_hashes(d.content_hash for d in drafts) if store else set()
        if recode and stored:
            store.delete_hashes(stored)
            stored = set()
        for draft in drafts:
            if draft.content_hash in stored or draft.content_hash in seen:
                summary.already += 1
                on_already(draft.content_hash)
                continue
            seen.add(draft.content_hash)
            yield draft


def code_corpus(paths: Iterable[str], options: CodingOptions, store: Store | None,
                on_failure: Callable[[Failure], None] = lambda f: None,
                on_article: Callable[[Article], None] = lambda a: None,
                on_already: Callable[[str], None] = lambda h: None,
                nlp=None, recode: bool = False) -> Summary:
    """Code every article under `paths` into `store` (or only report them when store is None).

    on_failure: called once per input that could not be read, as soon as it is known.
    on_article: called with each newly coded article (the CLI's progress and --json output).
    on_already: called with the content hash of each input the store already holds.
    recode (bool): code again, and replace, articles the store already holds.
    Memory stays flat over a long run: nothing here keeps per-article state beyond a batch,
    but the set of hashes seen in this run (to skip duplicates within it).
    """
    summary = Summary()
    nlp = nlp or pipeline.build(options)
    sources = read_paths(paths, max_bytes=options.max_bytes)
    drafts = _new_drafts(sources, store, summary, on_failure, on_already,
                         chunk=options.batch_size * 4, recode=recode)
    coded = pipeline.code_drafts(nlp, drafts, options)
    for batch in in_chunks(coded, options.batch_size):
        articles = [article for article, _ in batch]
        for article, errors in batch:
            summary.stage_errors.extend(f"{article.origin}: {e}" for e in errors)
            summary.events += len(article.events)
            summary.quotes += len(article.quotes)
        if store is not None:
            stored, _ = store.add(articles)
            summary.stored += stored
        summary.coded += len(articles)
        for article in articles:
            on_article(article)
    return summary
