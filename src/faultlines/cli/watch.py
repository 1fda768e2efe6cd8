"""`faultlines watch`: sources read on a schedule, new stories coded into the store, alerts when
the fault lines change.

The command parses, builds the pipeline once, and runs faultlines.watch.monitor's cycle on a
schedule. Ctrl-C or SIGTERM sets a flag the cycle reads between pages: the page being read is
finished and committed, then the command ends (a second Ctrl-C aborts at once; the store's
transaction then keeps nothing of the batch, which is read again next time).
"""

from __future__ import annotations

import ipaddress
import re
import signal
import sys
import threading
import time
from typing import Any

import click

from faultlines.cli.opening import open_store
from faultlines.cli.options import db_option
from faultlines.options import CodingOptions

_SPAN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class Interval(click.ParamType):
    """A time span: "90s", "15m", "1.5h", "1d", or plain seconds; at least one second."""

    name = "SPAN"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> float:
        if isinstance(value, (int, float)):
            return float(value)
        found = _SPAN.match(str(value).lower())
        if not found or float(found[1]) * _UNIT[found[2]] < 1:
            self.fail(f"'{value}' is not a time span such as 90s, 15m, 1h or 1d", param, ctx)
        return float(found[1]) * _UNIT[found[2]]


class _Stop:
    """The flag Ctrl-C and SIGTERM set; the first asks to stop after the current article."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def __call__(self) -> bool:
        return self.event.is_set()

    def handle(self, signum: int, frame: object) -> None:
        if self.event.is_set():
            raise KeyboardInterrupt
        self.event.set()
        click.echo("faultlines watch: stopping after the current article "
                   "(Ctrl-C again to abort)", err=True)

    def install(self) -> dict[int, Any]:
        """Handle SIGINT and SIGTERM; RETURNS the handlers to put back afterwards."""
        return {signum: signal.signal(signum, self.handle)
                for signum in (signal.SIGINT, signal.SIGTERM)}


def _networks(ctx: click.Context, param: click.Parameter,
              value: tuple[str, ...]) -> tuple[str, ...]:
    for network in value:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError as err:
            raise click.BadParameter(str(err)) from err
    return value


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--every", type=Interval(), default="15m", show_default=True,
              help="Time from the start of one cycle to the start of the next.")
@click.option("--once", is_flag=True, help="Run one cycle and exit (for cron).")
@db_option
@click.option("--allow-private", is_flag=True,
              help="Also fetch from loopback and private addresses (an intranet feed).")
@click.option("--alerts", "alerts_to", metavar="FILE|-",
              help="Append alerts as JSON lines to FILE, or - for stdout (the default unless "
                   "--webhook is given).")
@click.option("--webhook", metavar="URL", help="POST each cycle's alerts as JSON to URL.")
@click.option("--allow-network", "networks", multiple=True, metavar="CIDR", callback=_networks,
              help="A private network to fetch from without --allow-private (repeatable).")
@click.option("--timeout", default=20.0, show_default=True, type=click.FloatRange(0.1, 600),
              help="Seconds to connect, and of silence while reading, before a fetch fails.")
@click.option("--host-interval", default=1.0, show_default=True, type=click.FloatRange(0, 3600),
              help="Least seconds between two requests to one host.")
@click.option("--contact", metavar="URL|EMAIL",
              help="How site owners can reach you; sent in the User-Agent.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 10000),
              help="New stories coded, and committed with what is learnt of their pages, at "
                   "once.")
@click.option("--dilemma-score", default=0.3, show_default=True, type=click.FloatRange(0, 1),
              help="A new dilemma is an alert from this score.")
@click.option("--dilemma-jump", default=0.15, show_default=True, type=click.FloatRange(0, 1),
              help="A known dilemma whose score rises this much is an alert.")
def watch(sources: tuple[str, ...], every: float, once: bool, db: str, allow_private: bool,
          alerts_to: str | None, webhook: str | None, networks: tuple[str, ...], timeout: float,
          host_interval: float, contact: str | None, batch_size: int, dilemma_score: float,
          dilemma_jump: float) -> None:
    """Watch feeds, sitemaps and folders; code new stories into the store; alert on changes.

    A SOURCE is an RSS or Atom feed URL, a sitemap (news sitemaps and indexes too), a folder in
    which new files appear, or a file listing sources (OPML, or one URL a line).

    \b
    Example:
      faultlines watch https://example.org/rss.xml feeds.opml --every 15m --db news.duckdb
      faultlines watch feeds.txt --once --alerts alerts.jsonl      # from cron
    """
    from faultlines.watch import Fetcher, WatchOptions
    from faultlines.watch.alerts import AlertRules
    from faultlines.watch.monitor import Delivery

    options = WatchOptions(allow_private=allow_private, allow_networks=networks,
                           contact=contact, batch_size=batch_size, timeout=timeout,
                           host_interval=host_interval)
    delivery = Delivery("-" if alerts_to is None and webhook is None else alerts_to, webhook)
    rules = AlertRules(dilemma_score=dilemma_score, dilemma_jump=dilemma_jump)
    open_store(db, read_only=False).close()  # a busy store is one line now, not after loading
    stop = _Stop()
    previous = stop.install()
    try:
        from faultlines import pipeline

        nlp = pipeline.build(CodingOptions())
        with Fetcher(options) as fetcher:
            status = _loop(sources, db, nlp, fetcher, rules, delivery, every, once, stop)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    sys.exit(status)


def _say(line: str) -> None:
    click.echo(f"faultlines: {line}", err=True)


def _loop(sources, db, nlp, fetcher, rules, delivery, every, once, stop) -> int:
    """Cycles until stopped (or one with --once); RETURNS the exit status."""
    from faultlines.watch.deliver import DeliveryError
    from faultlines.watch.monitor import run_once, send

    while True:
        began = time.monotonic()
        try:
            store = open_store(db, read_only=False)
        except click.ClickException as err:  # busy: say so, and try again next cycle
            if once:
                raise
            _say(err.format_message())
            stop.event.wait(every)
            if stop():
                return 0
            continue
        with store:
            outcome = run_once(sources, store, nlp, fetcher, rules=rules, on_error=_say,
                               stop=stop)
        for line in outcome.stage_errors:
            _say(f"stage error: {line}")
        try:
            send(outcome.alerts, delivery, fetcher)
        except (DeliveryError, OSError) as err:
            _say(str(err))
        click.echo(f"faultlines watch: cycle {outcome.cycle}: {outcome.report.summary()}, "
                   f"{len(outcome.alerts)} alerts ({time.monotonic() - began:.1f} s)", err=True)
        if once or stop():
            return 1 if outcome.report.failures else 0
        stop.event.wait(max(0.0, every - (time.monotonic() - began)))
        if stop():
            return 0


COMMANDS = (watch,)
