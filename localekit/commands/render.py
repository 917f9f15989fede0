"""``localekit render``: print one message for a locale, register and channel.

Argument typing (``--arg name[:TYPE]=value``) is :mod:`localekit.render.args` (shared with ``POST /v1/render``).
Exit codes: 0 clean, 1 missing message / Fluent error, 2 usage (a bad ``--arg`` included), unknown
locale or malformed FTL (``file:line:col``).
"""

from __future__ import annotations

import json
import sys

import click

from localekit.register import REGISTERS
from localekit.render import Renderer
from localekit.render.args import parse_arg as parse_arg


@click.command("render")
@click.option("--locale", "locale", required=True, help="BCP-47 tag, e.g. de-DE.")
@click.option("--id", "message_id", required=True, help="Message id (or id.attribute).")
@click.option("--ftl", "ftl", multiple=True, type=click.Path(), help="Extra .ftl file or folder (first priority).")
@click.option("--arg", "args", multiple=True, metavar="NAME[:TYPE]=VALUE", help="A message argument.")
@click.option("--channel", type=click.Choice(["screen", "voice"]), default="screen", show_default=True)
@click.option("--formality", type=click.Choice(REGISTERS), default=None,
              help="Register; default: the pack's.")
@click.option("--ssml", is_flag=True, help="SSML output (voice channel).")
@click.option("--width", type=click.IntRange(min=0), default=None, help="Width budget in cells (0: none).")
@click.option("--json", "as_json", is_flag=True, help="Print value, attributes, serving locale and errors as JSON.")
def render(locale: str, message_id: str, ftl: tuple[str, ...], args: tuple[str, ...], channel: str,
           formality: str | None, ssml: bool, width: int | None, as_json: bool) -> None:
    """Render one Fluent message for a locale, register and channel."""
    if ssml and channel != "voice":
        source = click.get_current_context().get_parameter_source("channel")
        if source is not click.core.ParameterSource.DEFAULT:
            raise click.UsageError("--ssml needs --channel voice")
        channel = "voice"
    typed = dict(parse_arg(a) for a in args)
    renderer = Renderer.for_locale(locale, paths=list(ftl) or None)
    syntax = renderer.syntax_errors()
    if syntax:
        for err in syntax:
            click.echo(f"localekit: error: {err}", err=True)
        sys.exit(2)
    result = renderer.render_message(message_id, typed, channel=channel, formality=formality, ssml=ssml,
                                     width=width, _value_only=not as_json)
    if not result.locale:
        click.echo(f"localekit: error: unknown message {message_id!r} for {locale} (and its fallbacks)", err=True)
        sys.exit(1)
    served = result.locale.replace("_", "-").split("-")[0].lower()
    if served != locale.replace("_", "-").split("-")[0].lower():
        # no silent fallback: a language without a catalog says what it was rendered in
        click.echo(f"localekit: note: no {locale} catalog has {message_id!r}; rendered from {result.locale} "
                   "(the fallback chain's reference locale)", err=True)
    if as_json:
        click.echo(json.dumps({"value": result.value, "attributes": result.attributes, "locale": result.locale,
                               "errors": result.errors, "truncated": result.truncated}, ensure_ascii=False))
    else:
        click.echo(result.value)
    if result.errors:
        for err in result.errors:
            click.echo(f"localekit: error: {message_id}: {err}", err=True)
        sys.exit(1)
