"""What `faultlines code` prints around `corpus.code_corpus`: progress, failures, the document."""

from __future__ import annotations

import json
import sys

import click

from faultlines.corpus import Summary, code_corpus
from faultlines.ingest.draft import Failure
from faultlines.model import Article
from faultlines.options import CodingOptions
from faultlines.store import read


def _document(articles: list[Article], store) -> dict:
    """The OUTPUT.md document: the articles of this call and the dilemmas over them."""
    from faultlines.analysis.document import dilemmas_for

    return {"articles": [a.to_dict() for a in articles],
            "dilemmas": [d.to_dict() for d in dilemmas_for(articles, store)]}


def _progress():
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
    from rich.console import Console

    console = Console(stderr=True)
    return Progress(SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(),
                    console=console,
                    transient=True, disable=not console.is_terminal)


def run_code(paths, published, db, as_json, workers, batch_size, recode) -> int:
    """Code, store, report; RETURNS the exit status (0 all coded, 1 some inputs failed)."""
    from faultlines.cli import open_store

    options = CodingOptions(published=published, workers=workers, batch_size=batch_size)
    store = open_store(db, read_only=False) if db else None
    coded: list[Article] = []
    already: list[str] = []

    def on_failure(failure: Failure) -> None:
        click.echo(f"faultlines: {failure}", err=True)

    with _progress() as progress:
        task = progress.add_task("coding", total=None)

        def on_article(article: Article) -> None:
            if as_json:
                coded.append(article)
            progress.update(task, advance=1)

        summary = code_corpus(paths, options, store, on_failure, on_article,
                              on_already=already.append if as_json else lambda h: None,
                              recode=recode)
    try:
        if as_json:
            if store is not None:
                coded += [a for h in already if (a := read.articles.by_hash(store, h))]
            click.echo(json.dumps(_document(coded, store), ensure_ascii=False, indent=2))
        _report(summary, db, quiet=as_json)
    finally:
        if store is not None:
            store.close()
    return 1 if summary.failures else 0


def _report(summary: Summary, db: str | None, quiet: bool) -> None:
    for error in summary.stage_errors:
        click.echo(f"faultlines: stage error: {error}", err=True)
    where = f" into {db}" if db else ""
    lines = [f"coded {summary.coded} article(s){where}: {summary.events} events, "
             f"{summary.quotes} quotes"]
    if summary.already:
        lines.append(f"{summary.already} article(s) already stored, skipped")
    if summary.failures:
        lines.append(f"{len(summary.failures)} input(s) failed (listed above)")
    for line in lines:
        click.echo(line, err=quiet or None)


def run_ray(paths, published, workers, batch_size, address, out_dir) -> int:
    """`code --engine ray`: code on Ray into Parquet shards; RETURNS the exit status."""
    from faultlines.engines.ray_engine import code_on_ray

    options = CodingOptions(published=published, workers=workers, batch_size=batch_size)
    summary = code_on_ray(paths, options, out_dir, address=address,
                          on_failure=lambda f: click.echo(f"faultlines: {f}", err=True))
    click.echo(f"coded {summary.coded} article(s) on Ray into {len(summary.shards)} shard(s) "
               f"under {out_dir}; load them with: faultlines import {out_dir}")
    return 1 if summary.failures else 0
