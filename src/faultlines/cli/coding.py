"""`faultlines code` and `faultlines import`: articles into the store, and what they print
around `corpus.code_corpus`: progress, failures, the document.

spaCy and the pipeline are imported when a command runs, not when the CLI starts, so that
`faultlines --help` and the listing commands start at once.
"""

from __future__ import annotations

import json
import signal
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from faultlines import errors
from faultlines.cli.opening import open_store
from faultlines.cli.options import DAY, INPUT_PATH, OutPath, db_option
from faultlines.errors import StoreError
from faultlines.model import Article
from faultlines.options import CodingOptions
from faultlines.store import read

if TYPE_CHECKING:
    from faultlines.corpus import Summary
    from faultlines.ingest.draft import Failure


@click.command()
@click.argument("paths", nargs=-1, required=True, type=INPUT_PATH)
@click.option("--published", type=DAY, metavar="YYYY-MM-DD",
              help="Publication date for articles that carry none (resolves 'on Tuesday').")
@db_option
@click.option("--json", "as_json", is_flag=True,
              help="Print the OUTPUT.md document of the coded articles on stdout.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for the spaCy pass.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 10000),
              help="Articles per batch and per store transaction.")
@click.option("--no-store", is_flag=True, help="Code and print only; write nothing.")
@click.option("--recode", is_flag=True, help="Code again articles the store already holds.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this machine, into the store; ray: a Ray cluster, into Parquet shards.")
@click.option("--address", metavar="ADDR", help="With --engine ray: the cluster (default: local).")
@click.option("--out", "shards", metavar="DIR", default="shards", show_default=True,
              type=OutPath(file=False),
              help="With --engine ray: where the Parquet shards go (load them with `import`).")
def code(paths: tuple[str, ...], published: str | None, db: str, as_json: bool, workers: int,
         batch_size: int, no_store: bool, recode: bool, engine: str, address: str | None,
         shards: str) -> None:
    """Code articles into the store: .txt, .html, directories, - (stdin), .jsonl/.csv/.parquet.

    Each input that fails is named on stderr with its reason, and the others are coded.
    Exit status: 0 every input coded, 1 some failed (or Ctrl-C), 2 a usage error.

    \b
    Example:
      faultlines code story.txt --published 2023-09-19 --json
      faultlines code corpus.jsonl --workers 2 --db news.duckdb
      faultlines code corpus.jsonl --engine ray --address auto --out shards/
    """
    if engine == "ray":
        sys.exit(run_ray(paths, published, workers, batch_size, address, shards))

    status = run_code(paths, published=published, db=None if no_store else db, as_json=as_json,
                      workers=workers, batch_size=batch_size, recode=recode)
    sys.exit(status)


@click.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
def import_(paths: tuple[str, ...], db: str) -> None:
    """Load Parquet shards written by `code --engine ray` into the store.

    Example: faultlines import shards/ --db news.duckdb
    """
    from faultlines.engines.ray_engine import import_shards

    failures: list[Failure] = []

    def on_failure(failure: Failure) -> None:
        failures.append(failure)
        _say(failure)

    with open_store(db, read_only=False) as store:
        stored, skipped = import_shards(paths, store, on_failure=on_failure)
    click.echo(f"imported {stored} article(s) into {db}; {skipped} already stored")
    sys.exit(1 if failures else 0)


COMMANDS = (code, import_)


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


def _say(line: Failure) -> None:
    click.echo(f"faultlines: {line}", err=True)


def run_code(paths, published, db, as_json, workers, batch_size, recode) -> int:
    """Code, store, report; RETURNS the exit status (0 all coded, 1 some inputs failed or the
    run was stopped: Ctrl-C, SIGTERM, a store that cannot be written)."""
    from faultlines.corpus import Callbacks, Summary, code_corpus

    options = CodingOptions(published=published, workers=workers, batch_size=batch_size)
    store = open_store(db, read_only=False) if db else None
    coded: list[Article] = []
    already: list[str] = []
    summary = Summary()
    stopped: str | None = None
    with _progress() as progress, _terminate_as_interrupt():
        task = progress.add_task("coding", total=None)

        def on_article(article: Article) -> None:
            if as_json:
                coded.append(article)
            progress.update(task, advance=1)

        calls = Callbacks(on_failure=_say, on_note=_say, on_article=on_article,
                          on_already=already.append if as_json else lambda h: None)
        try:
            code_corpus(paths, options, store, calls, recode=recode, summary=summary)
        except KeyboardInterrupt as err:
            how = str(err) or "Ctrl-C"
            stopped = (errors.INTERRUPTED.format(how=how, stored=summary.stored, db=db) if db
                       else errors.INTERRUPTED_NO_STORE.format(how=how, coded=summary.coded))
        except StoreError as err:
            stopped, store = str(err), _closed(store)
    try:
        if as_json:
            if store is not None:
                coded += [a for h in already if (a := read.articles.by_hash(store, h))]
            click.echo(json.dumps(_document(coded, store), ensure_ascii=False, indent=2))
        _report(summary, db, quiet=as_json)
        if stopped:
            click.echo(f"faultlines: {stopped}", err=True)
    finally:
        if store is not None:
            store.close()
    return 1 if summary.failures or stopped else 0


def _closed(store):
    """A store that failed mid-run is closed and read no more (DuckDB may have invalidated
    it); RETURNS None for the caller to hold instead."""
    if store is not None:
        try:
            store.close()
        except Exception:  # noqa: BLE001 - it is already broken; its error was reported
            pass
    return None


@contextmanager
def _terminate_as_interrupt():
    """SIGTERM ends a run as Ctrl-C does: the batch in progress is rolled back, the summary
    and a note are printed, exit 1 (workers reset it: they die at once, as before)."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt("SIGTERM")

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (a test runner's): leave SIGTERM as it is
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _report(summary: Summary, db: str | None, quiet: bool) -> None:
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
