"""Runtime values and CLDR formatting for one locale (numbers, dates, lists, currencies, units).

Arguments stay native Python values (``int``/``float``/``Decimal``, ``date``/``datetime``,
``list``/``tuple``, ``str``); functions wrap them in :class:`Num`/:class:`Dt`/:class:`Lst` carrying
options. :class:`LocaleFormats` formats any value for one locale with the locale's CLDR default
numbering system (native digits where CLDR says so) and caches babel patterns per option set.
"""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import babel
import babel.dates
import babel.lists
import babel.numbers
import babel.plural
import babel.units
from babel.numbers import NumberPattern, parse_pattern

__all__ = ["Dt", "LocaleFormats", "Lst", "NoneVal", "Num", "Telephone", "babel_locale"]

_UNGROUPED = parse_pattern("#0")
NUMBER_OPTIONS = frozenset({
    "style", "currency", "currencyDisplay", "useGrouping", "minimumIntegerDigits",
    "minimumFractionDigits", "maximumFractionDigits", "minimumSignificantDigits",
    "maximumSignificantDigits",
})
DATE_OPTIONS = frozenset({
    "dateStyle", "timeStyle", "timeZone", "hour12", "weekday", "era", "year", "month", "day",
    "hour", "minute", "second", "timeZoneName",
})
_STYLES = ("full", "long", "medium", "short")
# CLDR numbering systems with contiguous decimal digits: system -> code point of its zero.
# (babel localises separators per numbering system but leaves digits ASCII, so we map them.)
DIGIT_ZERO = {
    "adlm": 0x1E950, "arab": 0x0660, "arabext": 0x06F0, "bali": 0x1B50, "beng": 0x09E6, "cakm": 0x11136,
    "deva": 0x0966, "fullwide": 0xFF10, "gujr": 0x0AE6, "guru": 0x0A66, "java": 0xA9D0, "khmr": 0x17E0,
    "knda": 0x0CE6, "laoo": 0x0ED0, "limb": 0x1946, "mlym": 0x0D66, "mong": 0x1810, "mtei": 0xABF0,
    "mymr": 0x1040, "nkoo": 0x07C0, "olck": 0x1C50, "orya": 0x0B66, "rohg": 0x10D30, "sund": 0x1BB0,
    "tamldec": 0x0BE6, "telu": 0x0C66, "thai": 0x0E50, "tibt": 0x0F20, "vaii": 0xA620,
}


class FormatError(Exception):
    """A function or option could not be applied (becomes an error entry, never a crash)."""


class NoneVal:
    """An unresolvable value; formats as fluent.runtime does (``name`` or ``???``)."""

    __slots__ = ("name",)

    def __init__(self, name: str | None = None) -> None:
        self.name = name

    def __str__(self) -> str:
        return self.name or "???"


class Num:
    """A number with NUMBER() options (a sorted tuple of ``(name, value)``)."""

    __slots__ = ("opts", "value")

    def __init__(self, value: int | float | Decimal, opts: tuple = ()) -> None:
        self.value = value
        self.opts = opts


class Dt:
    """A date/datetime with DATETIME() options."""

    __slots__ = ("opts", "value")

    def __init__(self, value: dt.date, opts: tuple = ()) -> None:
        self.value = value
        self.opts = opts


class Lst:
    """A list with LIST() options."""

    __slots__ = ("items", "style")

    def __init__(self, items: list | tuple, style: str = "standard") -> None:
        self.items = items
        self.style = style


class Telephone(str):
    """A string argument that is a telephone number (SSML ``say-as interpret-as="telephone"``)."""

    __slots__ = ()


class Formatted(str):
    """A function result already formatted (currency, unit, duration); ``kind`` drives SSML."""

    __slots__ = ("kind",)

    def __new__(cls, text: str, kind: str) -> Formatted:
        self = super().__new__(cls, text)
        self.kind = kind
        return self


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "")
    return bool(value)


def merge_opts(base: tuple, new: dict) -> tuple:
    if not new:
        return base
    merged = dict(base)
    merged.update(new)
    return tuple(sorted(merged.items()))


def babel_locale(tag: str) -> babel.Locale:
    """The babel locale for a BCP-47 tag, trying the tag, then its language; ``en`` last."""
    candidates = [tag.replace("-", "_")]
    parts = tag.split("-")
    if len(parts) > 1:
        candidates.append(parts[0])
    for cand in candidates:
        try:
            return babel.Locale.parse(cand)
        except (babel.UnknownLocaleError, ValueError, TypeError):
            continue
    return babel.Locale.parse("en")


def _tz(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise FormatError(f"unknown time zone {name!r}") from exc


class LocaleFormats:
    """CLDR formatting for one locale; thread-safe (caches are filled idempotently)."""

    def __init__(self, tag: str, numbering_system: str | None = None) -> None:
        self.tag = tag
        self.locale = babel_locale(tag)
        ns = numbering_system or self.locale.default_numbering_system or "latn"
        try:
            babel.numbers.get_decimal_symbol(self.locale, numbering_system=ns)
        except Exception:  # unknown system for this locale
            ns = "latn"
        self.numbering_system = ns
        self.plural = babel.plural.to_python(self.locale.plural_form)
        self._patterns: dict[tuple, NumberPattern] = {}
        self._cache: dict[Any, str] = {}
        self._lock = threading.Lock()
        zero = DIGIT_ZERO.get(ns)
        self._digits = str.maketrans({str(d): chr(zero + d) for d in range(10)}) if zero else None
        # Verified fast path for small non-negative ints with default options.
        self._small_ok = all(self._fmt_num_slow(n, ()) == self._native(str(n)) for n in (0, 7, 42, 999))

    # --- helpers ---------------------------------------------------------------------------
    def _native(self, text: str) -> str:
        return text.translate(self._digits) if self._digits else text

    def plural_category(self, value: Any) -> str:
        return self.plural(value)

    def _pattern(self, opts: tuple) -> NumberPattern:
        pat = self._patterns.get(opts)
        if pat is not None:
            return pat
        o = dict(opts)
        unknown = set(o) - NUMBER_OPTIONS
        if unknown:
            raise FormatError(f"unknown NUMBER option(s): {', '.join(sorted(unknown))}")
        style = o.get("style", "decimal")
        loc = self.locale
        if style == "decimal":
            base = loc.decimal_formats.get(None)
        elif style == "percent":
            base = loc.percent_formats.get(None)
        elif style == "currency":
            if not o.get("currency"):
                raise FormatError("currency must be provided")
            base = loc.currency_formats["standard"]
        else:
            raise FormatError(f"unknown NUMBER style {style!r} (decimal, percent, currency)")
        pat = NumberPattern(base.pattern, base.prefix, base.suffix, base.grouping, base.int_prec,
                            base.frac_prec, base.exp_prec, base.exp_plus)
        if "useGrouping" in o and not _truthy(o["useGrouping"]):
            pat.grouping = _UNGROUPED.grouping
        if style == "currency" and o.get("currencyDisplay", "symbol") == "code":
            pat.prefix = tuple(s.replace("¤", "¤¤") for s in pat.prefix)
            pat.suffix = tuple(s.replace("¤", "¤¤") for s in pat.suffix)
        try:
            min_sd, max_sd = o.get("minimumSignificantDigits"), o.get("maximumSignificantDigits")
            if min_sd is not None or max_sd is not None:
                pat.pattern = "@"
                lo = int(min_sd) if min_sd is not None else 1
                pat.int_prec = (lo, int(max_sd) if max_sd is not None else lo)
            else:
                if o.get("minimumIntegerDigits") is not None:
                    pat.int_prec = (int(o["minimumIntegerDigits"]), pat.int_prec[1])
                if o.get("minimumFractionDigits") is not None:
                    pat.frac_prec = (int(o["minimumFractionDigits"]), pat.frac_prec[1])
                if o.get("maximumFractionDigits") is not None:
                    pat.frac_prec = (pat.frac_prec[0], int(o["maximumFractionDigits"]))
        except (TypeError, ValueError) as exc:
            raise FormatError(f"bad NUMBER digits option: {exc}") from exc
        with self._lock:
            self._patterns[opts] = pat
        return pat

    def _fmt_num_slow(self, value: Any, opts: tuple) -> str:
        pat = self._pattern(opts)
        currency = dict(opts).get("currency") if opts else None
        try:
            return self._native(pat.apply(value, self.locale, currency=currency,
                                          numbering_system=self.numbering_system))
        except (ValueError, TypeError, ArithmeticError, babel.numbers.UnknownCurrencyError) as exc:
            raise FormatError(f"cannot format number {value!r}: {exc}") from exc

    # --- public formatting -----------------------------------------------------------------
    def fmt_int(self, value: int) -> str:
        if self._small_ok and 0 <= value < 1000:
            return self._native(str(value))
        return self._fmt_num_slow(value, ())

    def fmt_number(self, value: Any, opts: tuple = ()) -> str:
        if not opts and type(value) is int:
            return self.fmt_int(value)
        if type(value) is float and value != value:  # NaN
            return self._native("NaN")
        key = ("n", type(value), value, opts)
        try:
            hit = self._cache.get(key)
        except TypeError:
            hit = None
        if hit is not None:
            return hit
        out = self._fmt_num_slow(value, opts)
        if len(self._cache) < 4096:
            self._cache[key] = out
        return out

    def fmt_date(self, value: dt.date, opts: tuple = ()) -> str:
        key = ("d", type(value), value, getattr(value, "tzinfo", None), opts)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        out = self._native(self._fmt_date_slow(value, dict(opts)))
        if len(self._cache) < 4096:
            self._cache[key] = out
        return out

    def _fmt_date_slow(self, value: dt.date, o: dict) -> str:
        ds, ts = o.get("dateStyle"), o.get("timeStyle")
        for name, style in (("dateStyle", ds), ("timeStyle", ts)):
            if style is not None and style not in _STYLES:
                raise FormatError(f"bad DATETIME {name} {style!r} (full, long, medium, short)")
        loc = self.locale
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                value = value.replace(tzinfo=dt.UTC)
            if o.get("timeZone"):
                value = value.astimezone(_tz(str(o["timeZone"])))
        elif ts is not None:
            raise FormatError("timeStyle needs a datetime, not a date")
        try:
            if ds is None:
                if ts is None:
                    return babel.dates.format_date(value, format="medium", locale=loc)
                return babel.dates.format_time(value, format=ts, locale=loc)
            if ts is None:
                return babel.dates.format_date(value, format=ds, locale=loc)
            return (str(babel.dates.get_datetime_format(ds, locale=loc)).replace("'", "")
                    .replace("{0}", babel.dates.format_time(value, ts, tzinfo=None, locale=loc))
                    .replace("{1}", babel.dates.format_date(value, ds, locale=loc)))
        except (ValueError, KeyError, AttributeError) as exc:
            raise FormatError(f"cannot format date {value!r}: {exc}") from exc

    def fmt_list(self, items: list | tuple, style: str = "standard") -> str:
        parts = [self.fmt(i) for i in items]
        try:
            return babel.lists.format_list(parts, style=style, locale=self.locale)
        except KeyError:  # babel data gap (e.g. de "unit" lacks "start"): fill from "standard"
            pass
        except ValueError as exc:
            raise FormatError(f"bad LIST type {style!r}: {exc}") from exc
        pats = self.locale.list_patterns

        def get(key: str) -> str:
            for name in (style, style.split("-")[0], "standard"):
                try:
                    return pats[name][key]
                except KeyError:
                    continue
            raise FormatError(f"no CLDR list pattern {style}/{key} for {self.tag}")

        if len(parts) < 2:
            return "".join(parts)
        if len(parts) == 2:
            return get("2").format(*parts)
        out = get("start").format(parts[0], parts[1])
        for part in parts[2:-1]:
            out = get("middle").format(out, part)
        return get("end").format(out, parts[-1])

    def fmt_currency(self, amount: Any, currency: str, display: str = "symbol") -> str:
        try:
            fmt_type = "name" if display == "name" else "standard"
            babel.numbers.validate_currency(str(currency).upper())
            out = babel.numbers.format_currency(amount, str(currency).upper(), locale=self.locale,
                                                format_type=fmt_type, numbering_system=self.numbering_system)
        except (babel.numbers.UnknownCurrencyError, ValueError, TypeError, ArithmeticError) as exc:
            raise FormatError(f"cannot format {amount!r} {currency!r}: {exc}") from exc
        return self._native(out)

    def fmt_unit(self, value: Any, unit: str, length: str = "long") -> str:
        try:
            return self._native(babel.units.format_unit(value, unit, length=length, locale=self.locale,
                                                        numbering_system=self.numbering_system))
        except (babel.units.UnknownUnitError, ValueError, TypeError, KeyError) as exc:
            raise FormatError(f"cannot format unit {unit!r}: {exc}") from exc

    def fmt_timedelta(self, delta: dt.timedelta, *, direction: bool, length: str = "long",
                      granularity: str = "second") -> str:
        try:
            out = babel.dates.format_timedelta(delta, granularity=granularity, add_direction=direction,
                                               format=length, locale=self.locale)
        except (ValueError, TypeError, KeyError) as exc:
            raise FormatError(f"cannot format duration: {exc}") from exc
        return self._native(out)

    def fmt(self, value: Any) -> str:
        """Any runtime value as text."""
        t = type(value)
        if t is str:
            return value
        if t is int:
            return self.fmt_int(value)
        if t is Num:
            return self.fmt_number(value.value, value.opts)
        if t is float or t is Decimal or t is bool:
            return self.fmt_number(value)
        if t is NoneVal:
            return value.name or "???"
        if t is dt.datetime or t is dt.date:
            return self.fmt_date(value)
        if t is Dt:
            return self.fmt_date(value.value, value.opts)
        if t is Lst:
            return self.fmt_list(value.items, value.style)
        if t is list or t is tuple:
            return self.fmt_list(value)
        if isinstance(value, str):
            return str(value)
        if isinstance(value, (int, float, Decimal)):
            return self.fmt_number(value)
        if isinstance(value, dt.date):
            return self.fmt_date(value)
        raise FormatError(f"unsupported argument type {t.__name__}")
