"""`faultlines serve`: the store in a browser, on this machine only unless told otherwise."""

from __future__ import annotations

import ipaddress

import click

from faultlines import errors
from faultlines.cli.opening import open_store
from faultlines.cli.options import db_option


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 opens it to the network.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@click.option("--write", is_flag=True, help="Open the store read-write (default: read-only).")
def serve(db: str, host: str, port: int, write: bool) -> None:
    """Browse the store: articles, events, actors, dyads, network, map, fault lines; JSON API.

    The server reads a copy of the store, so `faultlines code` can add to it meanwhile; new
    articles show a few seconds after `code` has finished. It ends on Ctrl-C or SIGTERM.

    \b
    Example:
      faultlines serve --db news.duckdb        # then open http://127.0.0.1:8765/
    """
    from faultlines.web import create_app, server

    server.block_stop_signals()  # before any thread starts: see web/server.py
    if write:  # a missing store or one that others hold is a one-line error, not a traceback
        open_store(db, read_only=False).close()
    else:
        _must_be_readable(db)
    if not is_loopback(host):
        click.echo(errors.OPEN_TO_NETWORK.format(host=host, port=port), err=True)
    app = create_app(db, read_only=not write)
    source = app.state.source
    if not source.generation:
        click.echo(errors.STORE_BEING_WRITTEN.format(db=db), err=True)
    click.echo(f"faultlines: serving {db} at http://{host}:{port}/ (Ctrl-C to stop)")
    server.run(app, host, port, cleanup=source.close)


def _must_be_readable(db: str) -> None:
    """A missing store or one that is not a store is one line; one a writer holds is served
    once the writer is done."""
    from faultlines.cli.opening import StoreLocked

    try:
        open_store(db).close()
    except StoreLocked:
        pass


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable from this machine only ("127.0.0.1", "::1", "localhost")."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


COMMANDS = (serve,)
