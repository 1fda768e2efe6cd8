"""`faultlines serve`: the store in a browser, on this machine only unless told otherwise."""

from __future__ import annotations

import click

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

    \b
    Example:
      faultlines serve --db news.duckdb        # then open http://127.0.0.1:8765/
    """
    import uvicorn

    from faultlines.web import create_app

    open_store(db).close()  # a missing store is a one-line error, not a traceback
    if write:  # and so is one that other processes hold
        open_store(db, read_only=False).close()
    app = create_app(db, read_only=not write)
    click.echo(f"faultlines: serving {db} at http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = (serve,)
