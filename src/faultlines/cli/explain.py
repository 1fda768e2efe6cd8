"""`faultlines explain`: why each candidate event of a text was kept, dropped or retyped."""

from __future__ import annotations

import json

import click

from faultlines.cli.options import DAY


@click.command()
@click.argument("text")
@click.option("--published", type=DAY, metavar="YYYY-MM-DD",
              help="Publication date that relative dates resolve against.")
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as JSON.")
def explain(text: str, published: str | None, as_json: bool) -> None:
    """Each candidate event of TEXT and the rule that kept, dropped or retyped it, and why.

    Example: faultlines explain "Turkey said it would not withdraw its troops." --published 2023-09-19
    """
    from faultlines.explain import explain as explain_text, render

    found = explain_text(text, published)
    click.echo(json.dumps(found, indent=2, ensure_ascii=False) if as_json else render(found))


COMMANDS = (explain,)
