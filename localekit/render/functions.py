"""Fluent functions: ``NUMBER``, ``DATETIME``, ``LIST``, ``CURRENCY``, ``UNIT``, ``DURATION``,
``RELATIVE``, ``TELEPHONE``.

Each takes ``(fmts, positional, named)`` and returns a runtime value; a bad argument raises
:class:`FormatError`/``TypeError`` which the compiled call turns into an error entry and the
fluent.runtime fallback text ``NAME()``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from localekit.render.values import (
    DATE_OPTIONS,
    Dt,
    FormatError,
    Formatted,
    LocaleFormats,
    Lst,
    NoneVal,
    Num,
    Telephone,
    merge_opts,
)

_NUMS = (int, float, Decimal)
_LIST_TYPES = {"and": "standard", "standard": "standard", "conjunction": "standard", "or": "or",
               "disjunction": "or", "unit": "unit"}
_WIDTHS = ("long", "short", "narrow")


def _first(pos: list, fname: str) -> Any:
    if not pos:
        raise FormatError(f"{fname} needs an argument")
    return pos[0]


def _number_value(value: Any, fname: str) -> Any:
    if value.__class__ is Num:
        return value.value
    if isinstance(value, _NUMS):
        return value
    if isinstance(value, str):
        try:
            return Decimal(value) if "." in value else int(value)
        except (ValueError, ArithmeticError):
            pass
    raise TypeError(f"{fname} expects a number, got {type(value).__name__}")


def NUMBER(fmts: LocaleFormats, pos: list, named: dict) -> Any:
    """``NUMBER($n, minimumFractionDigits: 2, style: "percent" ...)`` (fluent.runtime's options)."""
    value = _first(pos, "NUMBER")
    if value.__class__ is NoneVal:
        return value
    if value.__class__ is Num:
        if not named:
            return value
        opts = merge_opts(value.opts, named)
        fmts._pattern(opts)  # validate now so the error names NUMBER()
        return Num(value.value, opts)
    if not isinstance(value, _NUMS):
        raise TypeError(f"Can't use NUMBER with object {value!r} of type {type(value).__name__}")
    if not named:
        return value
    opts = tuple(sorted(named.items()))
    fmts._pattern(opts)
    return Num(value, opts)


def DATETIME(fmts: LocaleFormats, pos: list, named: dict) -> Any:
    """``DATETIME($d, dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin")``."""
    value = _first(pos, "DATETIME")
    if value.__class__ is NoneVal:
        return value
    base: tuple = ()
    if value.__class__ is Dt:
        base, value = value.opts, value.value
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise TypeError(f"DATETIME expects a date/datetime, got {value!r}") from exc
    if not isinstance(value, dt.date):
        raise TypeError(f"Can't use DATETIME with object {value!r} of type {type(value).__name__}")
    unknown = set(named) - DATE_OPTIONS
    if unknown:
        raise FormatError(f"unknown DATETIME option(s): {', '.join(sorted(unknown))}")
    if "timeStyle" in named and not isinstance(value, dt.datetime):
        raise TypeError("timeStyle option can only be specified for datetime instances, not date instance")
    opts = merge_opts(base, named)
    fmts.fmt_date(value, opts)  # validates styles and the time zone; cached
    return Dt(value, opts)


def LIST(fmts: LocaleFormats, pos: list, named: dict) -> Any:
    """``LIST($items, type: "and"|"or"|"unit", style: "long"|"short"|"narrow")`` (CLDR list patterns)."""
    value = _first(pos, "LIST")
    if value.__class__ is NoneVal:
        return value
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise TypeError(f"LIST expects a list, got {type(value).__name__}")
    kind = str(named.get("type", "and"))
    style = _LIST_TYPES.get(kind)
    if style is None:
        raise FormatError(f"unknown LIST type {kind!r} (and, or, unit)")
    width = str(named.get("style", "long"))
    if width not in _WIDTHS:
        raise FormatError(f"unknown LIST style {width!r} (long, short, narrow)")
    if width != "long":
        style = f"{style}-{width}" if (style == "unit" or width == "short") else f"{style}-short"
    lst = Lst(list(value), style)
    fmts.fmt_list(lst.items[:2], style)  # validate the style for this locale
    return lst


def CURRENCY(fmts: LocaleFormats, pos: list, named: dict) -> Any:
    """``CURRENCY($amount, $code)`` or ``CURRENCY($amount, currency: "EUR")``; ``currencyDisplay: "name"``."""
    amount = _first(pos, "CURRENCY")
    if amount.__class__ is NoneVal:
        return amount
    code = pos[1] if len(pos) > 1 else named.get("currency")
    if code is None or code.__class__ is NoneVal:
        raise FormatError("currency code missing: CURRENCY($amount, $currency)")
    display = str(named.get("currencyDisplay", "symbol"))
    text = fmts.fmt_currency(_number_value(amount, "CURRENCY"), str(code), display)
    return Formatted(text, "currency")


def UNIT(fmts: LocaleFormats, pos: list, named: dict) -> Any:
    """``UNIT($value, unit: "kilometer", unitDisplay: "long"|"short"|"narrow")`` (CLDR units)."""
    value = _first(pos, "UNIT")
    if value.__class__ is NoneVal:
        return value
    unit = pos[1] if len(pos) > 1 else named.get("unit")
    if not unit or unit.__class__ is NoneVal:
        raise FormatError('unit missing: UNIT($value, unit: "kilometer")')
    length = str(named.get("unitDisplay", "long"))
    if length not in _WIDTHS:
        raise FormatError(f"unknown unitDisplay {length!r} (long, short, narrow)")
    return Formatted(fmts.fmt_unit(_number_value(value, "UNIT"), str(unit), length), "unit")


def _delta(value: Any, fname: str) -> dt.timedelta:
    if isinstance(value, dt.timedelta):
        return value
    return dt.timedelta(seconds=float(_number_value(value, fname)))


def _timedelta(fname: str, direction: bool) -> Callable[[LocaleFormats, list, dict], Any]:
    def fn(fmts: LocaleFormats, pos: list, named: dict) -> Any:
        value = _first(pos, fname)
        if value.__class__ is NoneVal:
            return value
        length = str(named.get("style", "long"))
        if length not in _WIDTHS:
            raise FormatError(f"unknown {fname} style {length!r} (long, short, narrow)")
        granularity = str(named.get("granularity", "second"))
        text = fmts.fmt_timedelta(_delta(value, fname), direction=direction, length=length,
                                  granularity=granularity)
        return Formatted(text, "duration")
    fn.__name__ = fname
    fn.__doc__ = (f"``{fname}($delta)``: a timedelta or seconds"
                  + (", with direction (in 3 days / 3 days ago)" if direction else "") + ".")
    return fn


DURATION = _timedelta("DURATION", False)
RELATIVE = _timedelta("RELATIVE", True)


def TELEPHONE(fmts: LocaleFormats, pos: list, named: dict) -> Any:
    """``TELEPHONE($phone)``: marks a string as a telephone number (SSML ``say-as telephone``)."""
    value = _first(pos, "TELEPHONE")
    if value.__class__ is NoneVal:
        return value
    return Telephone(str(value))


FUNCTIONS: dict[str, Callable[[LocaleFormats, list, dict], Any]] = {
    "NUMBER": NUMBER,
    "DATETIME": DATETIME,
    "LIST": LIST,
    "CURRENCY": CURRENCY,
    "UNIT": UNIT,
    "DURATION": DURATION,
    "RELATIVE": RELATIVE,
    "TELEPHONE": TELEPHONE,
}
