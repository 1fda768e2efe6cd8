"""`faultlines articles | show | events | stats | export`: what the store holds, as it is.

Each opens the store read-only, so they run beside `faultlines serve` and each other.
"""

from __future__ import annotations

import json

import click

from faultlines import errors
from faultlines.cli.opening import open_store
from faultlines.cli.options import (Coordinates, Number, OutPath, db_option, output_options,
                                    window_options)
from faultlines.cli.output import emit
from faultlines.store import read


@click.command()
@db_option
@window_options
@click.option("--search", "-s", help="Words in the title or text.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100000))
@output_options
def articles(db: str, since: str | None, until: str | None, search: str | None, limit: int,
             fmt: str) -> None:
    """List stored articles, newest first.

    Example: faultlines articles --search Karabakh --since 2023-01-01
    """
    with open_store(db) as store:
        rows = read.articles.listing(store, read.ArticleFilter(search, since, until), limit)
    emit(rows, fmt, ["id", "key", "published", "source", "title", "n_events", "n_quotes"])


@click.command()
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the ARTICLE record instead.")
def show(article_id: str, db: str, as_json: bool) -> None:
    """Show one article: its actors, each event under its sentence, its quotes and ties.

    ARTICLE_ID is the article's id (the caller's, else the generated one), its store key
    (`faultlines articles` lists both), or the start of either when no other shares it.

    Example: faultlines show 4ee9d8ed
    """
    from faultlines.cli.show import render

    with open_store(db) as store:
        found = read.articles.candidates(store, article_id)
        article = read.articles.record(store, found[0]["key"]) if len(found) == 1 else None
    if len(found) > 1:
        raise click.ClickException(errors.AMBIGUOUS_ID.format(
            n=len(found), db=db, id=article_id, keys=", ".join(r["key"] for r in found),
            first=found[0]["key"]))
    if article is None:
        raise click.ClickException(errors.NO_ARTICLE.format(id=article_id, db=db))
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    else:
        render(article)


@click.command()
@db_option
@window_options
@click.option("--actor", help="Country code, organisation code or name (either side).")
@click.option("--type", "event_type", help="PLOVER event type, e.g. ASSAULT.")
@click.option("--near", type=Coordinates("LAT,LON"),
              help="Only events located within --km of LAT,LON, e.g. 39.82,46.76.")
@click.option("--km", "within_km", default=50.0, show_default=True, type=Number(0),
              help="The radius of --near, in kilometres.")
@click.option("--bbox", type=Coordinates("MINLON,MINLAT,MAXLON,MAXLAT"),
              help="Only events located in MINLON,MINLAT,MAXLON,MAXLAT, e.g. 44,38,51,42.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 1000000))
@output_options
def events(db: str, since: str | None, until: str | None, actor: str | None,
           event_type: str | None, near: tuple | None, within_km: float, bbox: tuple | None,
           limit: int, fmt: str) -> None:
    """List coded events, newest first.

    Example: faultlines events --actor RUS --type ASSAULT --since 2022-02-01
    Example: faultlines events --near 39.82,46.76 --km 100
    """
    with open_store(db) as store:
        rows = read.events.listing(store, read.EventFilter(
            actor, event_type, None, since, until, bbox, near=near, within_km=within_km,
            loose_actor=True), limit)
    if fmt != "json":
        rows = [_flat_event(r) for r in rows]
    emit(rows, fmt, None if fmt == "json" else
         ["date", "actor", "type", "mode", "recipient", "place", "flags", "article_id",
          "trigger"])


def _flat_event(event: dict) -> dict:
    def names(actors: list[dict]) -> str:
        return ", ".join(a.get("country") or a.get("code") or a["name"] for a in actors)

    flags = [f for f in ("negated", "hypothetical") if event.get(f)]
    return {**event, "actor": names(event["actor"]), "recipient": names(event["recipient"]),
            "place": (event.get("location") or {}).get("name"), "flags": " ".join(flags),
            "trigger": event["trigger"]["text"]}


@click.command()
@db_option
@output_options
def stats(db: str, fmt: str) -> None:
    """Count what the store holds: articles, actors, events by type, quotes, ties, places."""
    from faultlines.cli.summary import store_stats

    with open_store(db) as store:
        figures = store_stats(store)
    if fmt == "json":
        click.echo(json.dumps(figures, indent=2, default=str))
        return
    emit([{"table": k, "rows": v} for k, v in figures["counts"].items()], fmt,
         title=f"{db} (schema {figures['schema']})")
    if figures["event_types"]:
        emit(figures["event_types"], fmt, ["type", "events", "negated", "hypothetical"],
             title="events by PLOVER type")
    if figures["top_actors"]:
        emit(figures["top_actors"], fmt, ["actor", "country", "sector", "events"],
             title="most active actors")


@click.command()
@click.option("--format", "fmt", default="jsonl", show_default=True,
              help="jsonl, csv, parquet (and plover, gdelt, graphml where installed).")
@click.option("--out", "-o", required=True, metavar="PATH", type=OutPath(file=None),
              help="A file for jsonl, plover, gdelt; a directory for csv and parquet.")
@db_option
def export(fmt: str, out: str, db: str) -> None:
    """Export the store.

    Example: faultlines export --format parquet --out exports/
    """
    from faultlines.store.export import export as run_export

    with open_store(db) as store:
        written = run_export(store, fmt, out)
    for path in written:
        click.echo(str(path))


COMMANDS = (articles, show, events, stats, export)
