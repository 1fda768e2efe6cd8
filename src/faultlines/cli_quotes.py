"""`faultlines quotes`: stored quotations with their speakers (issue 5)."""

from __future__ import annotations

import click

from faultlines.output import chosen, emit, listing_options


def _flat(quote: dict) -> dict:
    speaker = quote.get("speaker") or {}
    who = speaker.get("name") or "(unknown)"
    where = "/".join(x for x in (speaker.get("country") or speaker.get("code"),
                                 speaker.get("sector")) if x)
    return {**quote, "speaker": f"{who} ({where})" if where else who}


@click.command(name="quotes")
@click.option("--db", default="faultlines.duckdb", show_default=True, metavar="FILE",
              help="The DuckDB store to use.")
@click.option("--speaker", help="Speaker's country or code, or part of the speaker's name.")
@click.option("--actor", help="An actor mentioned inside the quote (country, code or name).")
@click.option("--text", "words", help="Words in the quote.")
@click.option("--kind", type=click.Choice(["direct", "partial", "indirect"]),
              help="Only quotes of this kind.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 1000000))
@listing_options
def quotes_command(db: str, speaker: str | None, actor: str | None, words: str | None,
                   kind: str | None, limit: int, fmt: str, as_json: bool) -> None:
    """List stored quotes with their speakers, newest article first.

    Example: faultlines quotes --speaker Zakharova --actor AZE
    """
    from faultlines.cli import open_store
    from faultlines.store.read.quotes import QuoteFilter, listing

    with open_store(db) as store:
        rows = listing(store, QuoteFilter(speaker, actor, words, kind), limit)
    fmt = chosen(fmt, as_json)
    emit(rows if fmt == "json" else [_flat(r) for r in rows], fmt,
         None if fmt == "json" else ["published", "speaker", "kind", "cue", "text", "article_id"])


def quote_commands(main: click.Group) -> None:
    """Register the quote commands on the main group."""
    main.add_command(quotes_command)
