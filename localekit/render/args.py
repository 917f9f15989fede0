"""Typed message arguments from text: the typing ``localekit render --arg`` and ``POST /v1/render`` share.

``42`` -> int, ``-1.5`` -> Decimal, ``2026-12-24`` -> date, ``2026-12-24T18:30`` (optionally
``+01:00``/``Z``) -> datetime, a JSON array ``["a","b"]`` -> list, anything else -> str. Force a type
with ``name:TYPE=value``, TYPE in ``str int number date datetime list tel`` (``list`` splits on
commas, ``tel`` marks a telephone number for SSML). Bad arguments raise :class:`UsageError`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from localekit.errors import UsageError
from localekit.render.values import Telephone

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
        return name, typed_value(value, kind)
    except (ValueError, InvalidOperation, json.JSONDecodeError) as exc:
        raise UsageError(f"--arg {spec!r}: {exc}") from exc


def _datetime(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def typed_value(value: str, kind: str | None = None) -> Any:
    """``value`` typed as ``kind`` (one of :data:`TYPES`), or by its form when ``kind`` is None."""
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


def typed_args(args: Mapping[str, Any]) -> dict[str, Any]:
    """JSON message arguments (``POST /v1/render``): a string is typed as ``--arg`` types it (``"name:TYPE"``
    keys force a type), an integer stays an int, a float becomes a Decimal, a list of strings a list."""
    out: dict[str, Any] = {}
    for key, value in args.items():
        if isinstance(value, str):
            name, typed = parse_arg(f"{key}={value}")
        elif ":" in key:
            raise UsageError(f"argument {key!r}: a forced type needs a string value")
        elif isinstance(value, bool) or not isinstance(value, int | float | list):
            raise UsageError(f"argument {key!r}: expected a string, number or list of strings, "
                             f"not {type(value).__name__}")
        elif isinstance(value, list) and not all(isinstance(v, str) for v in value):
            raise UsageError(f"argument {key!r}: a list must hold strings")
        else:
            name, _ = parse_arg(f"{key}=")  # the name's rules are the command line's
            typed = Decimal(repr(value)) if isinstance(value, float) else value
        out[name] = typed
    return out


__all__ = ["TYPES", "parse_arg", "typed_args", "typed_value"]
