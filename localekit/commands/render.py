"""``localekit render``: print one message for a locale, register and channel.

Argument typing (``--arg name=value``): ``42`` -> int, ``-1.5`` -> Decimal, ``2026-12-24`` -> date,
``2026-12-24T18:30`` (optionally ``+01:00``/``Z``) -> datetime, a JSON array ``["a","b"]`` -> list,
anything else -> str. Force a type with ``name:TYPE=value``, TYPE in ``str int number date datetime
list tel`` (``list`` splits on commas, ``tel`` marks a telephone number for SSML).
Exit codes: 0 clean, 1 missing message / Fluent error, 2 usage (a bad ``--arg`` included), unknown
locale or malformed FTL (``file:line:col``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from decimal import Decimal, InvalidOperation
from typing import Any

import click

from localekit.errors import UsageError
from localekit.register import REGISTERS
from localekit.render import Renderer, Telephone

_INT = re.compile(r"-?\d+\Z")
_DEC = re.compile(r"-?\d+\.\d+\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
TYPES = ("str", "int", "number", "date", "datetime", "list", "tel")


def parse_arg(spec: str) -> tuple[str, Any]:
    """``name[:type]=value`` -> ``(name, typed value)`` (see the module docstring)."""
    if "=" not in spec:
        raise UsageError(f"--arg {spec!r}: expected name=value")
    name, value = spec.split("=", 1)
    kind = None
    if ":" in name:
        name, kind = name.split(":", 1)
        if kind not in TYPES:
            raise UsageError(f"--arg {spec!r}: unknown type {kind!r} ({', '.join(TYPES)})")
    if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9_-]*", name):
        raise UsageError(f"--arg {spec!r}: {name!r} is not a Fluent variable name")
    try:
        return name, _typed(value, kind)
    except (ValueError, InvalidOperation, json.JSONDecodeError) as exc:
        raise UsageError(f"--arg {spec!r}: {exc}") from exc


def _datetime(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def _typed(value: str, kind: str | None) -> Any:
    if kind == "str":
        return value
    if kind == "tel":
        return Telephone(value)
    if kind == "int":
        return int(value)
    if kind == "number":
        return Decimal(value)
    if kind == "date":
        return dt.date.fromisoformat(value)
    if kind == "datetime":
        return _datetime(value)
    if kind == "list":
        return [v.strip() for v in value.split(",")] if value else []
    if _INT.match(value):
        return int(value)
    if _DEC.match(value):
        return Decimal(value)
    if _DATE.match(value):
        return dt.date.fromisoformat(value)
    if _DATETIME.match(value):
        return _datetime(value)
    if value.startswith("["):
        items = json.loads(value)
        if not isinstance(items, list):
            raise ValueError("expected a JSON array")
        return items
    return value


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
