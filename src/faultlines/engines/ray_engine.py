"""Code a corpus on a Ray cluster with `ray.data`, writing Parquet shards for `faultlines import`.

The driver reads the inputs (so paths need only exist where the command runs), sends drafts to
Ray in chunks, and each Ray worker builds the faultlines pipeline once and codes batches of
articles into OUTPUT.md documents. Shards are one Parquet file per block with the columns
`id`, `content_hash`, `document` (the ARTICLE record as JSON), `origin` and `errors` (what
failed on the article, as JSON); `faultlines import` loads them into a store with the usual
deduplication, and names each article that failed (not storing it) as `code` does. Nothing
here writes to the store: a cluster's workers never share a DuckDB file.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from faultlines import errors
from faultlines.errors import FaultlinesError
from faultlines.ingest import read_paths
from faultlines.ingest.draft import Draft, Failure
from faultlines.options import CodingOptions
from faultlines.workers import in_chunks

DRAFT_FIELDS = ("text", "origin", "id", "title", "url", "source", "published", "author")


@dataclass
class RaySummary:
    coded: int = 0
    shards: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


class _Coder:
    """A Ray actor: one pipeline per worker process, reused for every batch it is given."""

    def __init__(self, options: dict) -> None:
        from faultlines import pipeline

        options["stages"] = tuple(options["stages"])
        options["workers"] = 1  # Ray's concurrency is the parallelism: one process per actor
        self.options = CodingOptions(**options)
        self.nlp = pipeline.build(self.options)

    def __call__(self, batch: dict) -> dict:
        from faultlines import pipeline

        drafts = [Draft(**{k: _plain(batch[k][i]) for k in DRAFT_FIELDS})
                  for i in range(len(batch["text"]))]
        out: dict[str, list] = {"id": [], "content_hash": [], "document": [], "origin": [],
                                "errors": []}
        for article, problems in pipeline.code_drafts(self.nlp, drafts, self.options):
            out["id"].append(article.id)
            out["content_hash"].append(article.content_hash)
            out["document"].append(json.dumps(article.to_dict(), ensure_ascii=False))
            out["origin"].append(article.origin)
            out["errors"].append(json.dumps(problems))
        return out


def _plain(value):
    """numpy scalars and NaN-like empties back to plain str/None for the Draft."""
    if value is None or (not isinstance(value, str) and value != value):  # None or NaN
        return None
    return str(value)


def _require_ray():
    try:
        import ray
    except ImportError as err:
        raise FaultlinesError(errors.MISSING_EXTRA.format(
            what="--engine ray", package="ray[data]", extra="ray")) from err
    return ray


def code_on_ray(paths: Iterable[str], options: CodingOptions, out_dir: str | Path,
                address: str | None = None, chunk: int = 20000,
                on_failure: Callable[[Failure], None] = lambda f: None) -> RaySummary:
    """Code every article under `paths` on Ray into Parquet shards under `out_dir`.

    address (str | None): a running cluster ("ray://head:10001" or "auto"); None starts a
        local Ray instance on this machine.
    chunk (int): drafts sent to Ray at a time, so the driver's memory stays bounded.
    """
    ray = _require_ray()
    ray.init(address=address, ignore_reinit_error=True, include_dashboard=False,
             log_to_driver=False, configure_logging=False)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    logging.getLogger("ray").setLevel(logging.WARNING)
    summary = RaySummary()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    part = 0
    for group in in_chunks(read_paths(paths, max_bytes=options.max_bytes), chunk):
        for failure in (f for f in group if isinstance(f, Failure)):
            summary.failures.append(failure)
            on_failure(failure)
        rows = [{k: getattr(d, k) for k in DRAFT_FIELDS} for d in group if isinstance(d, Draft)]
        if not rows:
            continue
        dataset = ray.data.from_items(rows).map_batches(
            _Coder, fn_constructor_kwargs={"options": asdict(options)},
            batch_size=options.batch_size, concurrency=options.workers)
        target = out / f"part-{part:05d}"
        dataset.write_parquet(str(target))
        summary.coded += len(rows)
        summary.shards += sorted(str(p) for p in target.glob("*.parquet"))
        part += 1
    return summary


def import_shards(paths: Iterable[str], store, batch_size: int = 256,
                  on_failure: Callable[[Failure], None] = lambda f: None) -> tuple[int, int]:
    """Load Parquet shards written by `code_on_ray` into a store; RETURNS (stored, skipped).

    on_failure: called for each article that failed on Ray or that the store refused (it is
        not stored), with its reason.
    """
    import pyarrow.parquet as pq

    from faultlines.ingest.draft import content_hash
    from faultlines.model import Article

    files = [p for given in paths for p in (sorted(Path(given).rglob("*.parquet"))
                                            if Path(given).is_dir() else [Path(given)])]
    stored = skipped = 0
    for file in files:
        shard = pq.ParquetFile(file)
        columns = [c for c in ("document", "origin", "errors") if c in shard.schema_arrow.names]
        for batch in shard.iter_batches(batch_size=batch_size, columns=columns):
            articles = []
            for row in batch.to_pylist():
                data = json.loads(row["document"])
                data["content_hash"] = content_hash(data["text"])
                article = replace(Article.from_dict(data), origin=row.get("origin"))
                if problems := json.loads(row.get("errors") or "[]"):
                    on_failure(Failure(article.origin or article.id, errors.STAGE_FAILED.format(
                        reason="; ".join(problems))))
                else:
                    articles.append(article)
            added = store.add(articles)
            for article, reason in added.rejected:
                on_failure(Failure(article.origin or article.id, reason))
            stored, skipped = stored + added.stored, skipped + added.skipped
    return stored, skipped
