"""`faultlines quotes`: stored quotations with their speakers (issue 5)."""

from __future__ import annotations

import click

from faultlines.cli.opening import open_store
from faultlines.cli.options import db_option, output_options
from faultlines.cli.output import emit
from faultlines.model import QUOTE_KINDS


def _flat(quote: dict) -> dict:
    speaker = quote.get("speaker") or {}
    who = speaker.get("name") or "(unknown)"
    where = "/".join(x for x in (speaker.get("country") or speaker.get("code"),
                                 speaker.get("sector")) if x)
    return {**quote, "speaker": f"{who} ({where})" if where else who}


@click.command(name="quotes")
@db_option
@click.option("--speaker", help="Speaker's country or code, or part of the speaker's name.")
@click.option("--actor", help="An actor mentioned inside the quote (country, code or name).")
@click.option("--text", "words", help="Words in the quote.")
@click.option("--kind", type=click.Choice(QUOTE_KINDS),
              help="Only quotes of this kind.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 1000000))
@output_options
def quotes_command(db: str, speaker: str | None, actor: str | None, words: str | None,
                   kind: str | None, limit: int, fmt: str) -> None:
    """List stored quotes with their speakers, newest article first.

    Example: faultlines quotes --speaker Zakharova --actor AZE
    """
    from faultlines.store.read.quotes import QuoteFilter, listing

    with open_store(db) as store:
        rows = listing(store, QuoteFilter(speaker, actor, words, kind), limit)
    emit(rows if fmt == "json" else [_flat(r) for r in rows], fmt,
         None if fmt == "json" else ["published", "speaker", "kind", "cue", "text", "article_id"])


COMMANDS = (quotes_command,)
