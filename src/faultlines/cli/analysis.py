"""`faultlines dyads | ties | dilemmas | escalation | network | plot`: the fault-line analysis.

Each command opens the store, builds a Network (analysis/api.py) and prints its records: a
readable listing by default, `--json` or `--format csv` for programs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import click

from faultlines.cli.opening import open_for_analysis
from faultlines.cli.options import (Day, Number, OutPath, db_option, output_options,
                                    window_options)
from faultlines.cli.output import emit

WINDOW = click.Choice(["day", "week", "month"])
AS_OF = Day(as_date=True)
PLOT_SUFFIXES = (".png", ".svg")


def tie_options(fn: Callable) -> Callable:
    fn = click.option("--members", is_flag=True,
                      help="Replace each organisation by its member states "
                           "(CSTO → ARM, RUS, ...).")(fn)
    fn = click.option("--as-of", type=AS_OF, metavar="YYYY-MM-DD",
                      help="Take ties as of this day (default: the latest publication date "
                           "in the store).")(fn)
    return click.option("--half-life", default=365.0, show_default=True, type=Number(1),
                        help="Days after which an event counts half.")(fn)


def _network(db: str, since: str | None, until: str | None, half_life: float = 365.0,
             as_of: date | None = None, level: str = "country", members: bool = False,
             min_articles: int | None = None):
    from faultlines.analysis.api import Network
    from faultlines.analysis.ties import MIN_ARTICLES, TieOptions

    options = TieOptions(half_life=half_life, as_of=as_of,
                         min_articles=MIN_ARTICLES if min_articles is None else min_articles)
    with open_for_analysis(db) as store:
        network = Network.from_store(store, options, level, since, until)
    return network.with_members() if members else network


def level_option(fn: Callable) -> Callable:
    return click.option("--level", type=click.Choice(["country", "sector"]), default="country",
                        show_default=True, help="Nodes: countries, or country:sector.")(fn)


@click.command()
@db_option
@window_options
@click.option("--actor", help="Keep dyads with this node on either side (ISO3 or IGO code).")
@click.option("--window", type=WINDOW, default="month", show_default=True)
@level_option
@output_options
def dyads(db: str, since: str | None, until: str | None, actor: str | None, window: str,
          level: str, fmt: str) -> None:
    """Event counts per ordered pair and window, deduplicated one-a-day across outlets.

    Example: faultlines dyads --actor AZE --window week --since 2023-09-01
    """
    rows = _network(db, since, until, level=level).dyads(window, actor)
    emit(rows, fmt, ["window", "actor", "recipient", "events", "reports",
                                      "conflict", "cooperation", "score_mean", "articles",
                                      "sources"])


@click.command()
@db_option
@window_options
@click.option("--actor", help="Keep ties with this node on either side.")
@click.option("--explain", is_flag=True, help="Show the events and statements behind each tie.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1))
@tie_options
@level_option
@output_options
def ties(db: str, since: str | None, until: str | None, actor: str | None, explain: bool,
         limit: int, members: bool, half_life: float, as_of: date | None, level: str,
         fmt: str) -> None:
    """Signed ties in [-1, 1] from events and stated ties, strongest first.

    Example: faultlines ties --actor RUS --explain
    """
    rows = _network(db, since, until, half_life, as_of, level, members).ties(explain, actor)
    rows = rows[:limit]
    if explain and fmt == "table":
        for row in rows:
            click.echo(f"{row['a']} – {row['b']}  {row['strength']:+.3f}")
            for c in row["explanation"]:
                click.echo(f"    {c['weight']:+.3f} {c['basis']:<6} {c['type']:<10} {c['day']} "
                           f"{c['from']}: {c['evidence'][:140]}")
        return
    emit(rows, fmt, ["a", "b", "strength", "events", "stated"])


@click.command()
@db_option
@window_options
@click.option("--actor", help="Keep dilemmas with this node as party or side.")
@click.option("--friendly", default=0.1, show_default=True, type=Number(0, 1),
              help="A tie above this is friendly.")
@click.option("--hostile", default=0.1, show_default=True, type=Number(0, 1),
              help="A tie below minus this is hostile.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1))
@click.option("--min-articles", default=2, show_default=True, type=click.IntRange(1),
              help="A tie in a dilemma needs evidence from this many articles, or a stated tie "
                   "confirmed by an event.")
@click.option("--explain", is_flag=True,
              help="Show each of the three ties: its support and strongest evidence.")
@tie_options
@level_option
@output_options
def dilemmas(db: str, since: str | None, until: str | None, actor: str | None, friendly: float,
             hostile: float, limit: int, min_articles: int, explain: bool, members: bool,
             half_life: float, as_of: date | None, level: str, fmt: str) -> None:
    """Parties with friendly ties to both sides of a hostile pair, shared fault lines, balance.

    Each tie of a dilemma must be corroborated (--min-articles). The JSON gives each dilemma's
    three legs with their support and strongest evidence (article, title, date, sentence,
    weight); --explain prints them.

    Example: faultlines dilemmas --since 2023-01-01 --actor USA --explain
    """
    from faultlines.analysis.report import dilemma_lines

    network = _network(db, since, until, half_life, as_of, level, members, min_articles)
    records = network.dilemmas(friendly, hostile, actor)[:limit]
    if fmt == "json":
        click.echo(json.dumps([d.to_dict() for d in records], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        emit([_flat(d) for d in records], fmt)
    else:
        for line in dilemma_lines(network, records, explain=explain):
            click.echo(line)


def _flat(d) -> dict:
    row = {"party": d.party.code, "side_a": d.sides[0].code, "side_b": d.sides[1].code,
           "score": d.score}
    for name, leg in zip(("party_a", "party_b", "a_b"), d.legs):
        best = leg["evidence"][0] if leg["evidence"] else {}
        row |= {f"{name}_articles": leg["support"]["articles"],
                f"{name}_article": best.get("article"), f"{name}_sentence": best.get("sentence")}
    return row | {"evidence": " | ".join(d.evidence)}


@click.command()
@db_option
@window_options
@click.option("--actor", help="Keep dyads with this node on either side.")
@click.option("--window", type=WINDOW, default="week", show_default=True)
@click.option("--baseline", default=12, show_default=True, type=click.IntRange(1),
              help="Windows before the latest one that make the baseline.")
@click.option("--all", "show_all", is_flag=True, help="List every dyad, not only escalating ones.")
@click.option("--as-of", type=AS_OF, metavar="YYYY-MM-DD",
              help="The latest window is the one holding this day.")
@output_options
def escalation(db: str, since: str | None, until: str | None, actor: str | None, window: str,
               baseline: int, show_all: bool, as_of: date | None, fmt: str) -> None:
    """Dyads whose conflict in the latest window stands well above their own baseline.

    Example: faultlines escalation --window week --baseline 12
    """
    network = _network(db, since, until, as_of=as_of)
    rows = network.escalations(window, baseline, not show_all, actor)
    if fmt != "json":
        rows = [{**r, "driver": r["events"][0]["sentence"][:120] if r["events"] else ""}
                for r in rows]
    emit(rows, fmt, None if fmt == "json" else
         ["a", "b", "window", "count", "baseline_mean", "p_value", "z", "escalating", "driver"])


@click.command()
@db_option
@window_options
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json"]),
              default="json", show_default=True)
@click.option("--out", "-o", metavar="FILE", type=OutPath(),
              help="Write here instead of standard output.")
@click.option("--threshold", default=0.0, show_default=True, type=Number(0, 1),
              help="Leave out ties weaker than this either way.")
@tie_options
def network(db: str, since: str | None, until: str | None, fmt: str, out: str | None,
            threshold: float, members: bool, half_life: float, as_of: date | None) -> None:
    """The signed tie graph for Gephi, yEd or a notebook.

    Example: faultlines network --format gexf -o ties.gexf
    """
    from faultlines.analysis.network import build_graph, to_json, write, xml_safe

    graph = build_graph(_network(db, since, until, half_life, as_of, members=members),
                        threshold)
    if out:
        click.echo(str(write(graph, Path(out), fmt)))
    elif fmt == "json":
        click.echo(json.dumps(to_json(graph), ensure_ascii=False, indent=2))
    else:  # the same bytes as the file would hold, XML declaration included
        import io

        import networkx as nx

        buffer = io.BytesIO()
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(xml_safe(graph), buffer)
        click.echo(buffer.getvalue().decode("utf-8"), nl=False)


@click.group()
def plot() -> None:
    """Draw the analysis as PNG or SVG (the --out suffix picks the format)."""


@plot.command(name="dyad")
@click.argument("a")
@click.argument("b")
@db_option
@window_options
@click.option("--window", type=WINDOW, default="month", show_default=True)
@click.option("--out", "-o", default="dyad.png", show_default=True, metavar="FILE.png|svg",
              type=OutPath(suffixes=PLOT_SUFFIXES))
def plot_dyad(a: str, b: str, db: str, since: str | None, until: str | None, window: str,
              out: str) -> None:
    """Conflict and cooperation between two actors over time.

    Example: faultlines plot dyad ARM AZE --window month -o arm-aze.svg
    """
    from faultlines.analysis.plots import plot_dyad as draw

    click.echo(str(draw(_network(db, since, until), a.upper(), b.upper(), Path(out), window)))


@plot.command(name="network")
@db_option
@window_options
@click.option("--threshold", default=0.1, show_default=True, type=Number(0, 1))
@click.option("--out", "-o", default="network.png", show_default=True, metavar="FILE.png|svg",
              type=OutPath(suffixes=PLOT_SUFFIXES))
@tie_options
def plot_network(db: str, since: str | None, until: str | None, threshold: float, out: str,
                 members: bool, half_life: float, as_of: date | None) -> None:
    """The signed graph: green friendly edges, red hostile ones, width by strength.

    Example: faultlines plot network --since 2023-01-01 -o network.svg
    """
    from faultlines.analysis.plots import plot_network as draw

    network = _network(db, since, until, half_life, as_of, members=members)
    click.echo(str(draw(network, Path(out), threshold)))


COMMANDS = (dyads, ties, dilemmas, escalation, network, plot)
