"""``localekit rules [--format text|json|markdown]``: every rule of audit, check and screen."""

from __future__ import annotations

import click

from localekit.rules import FORMATS, render


@click.command("rules")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Tab-separated lines (id, family, severity, precision, description), JSON, or Markdown.")
def rules(fmt: str) -> None:
    """List every rule: id, family, severity, description and measured precision where known."""
    click.echo(render(fmt))
