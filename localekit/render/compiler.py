"""Compile Fluent AST (fluent.syntax) to Python closures, lazily, one message at a time.

A pattern compiles to a ``str`` (static: precomputed) or a function ``f(args, env) -> str``;
expressions compile to ``f(args, env) -> value`` (see :mod:`localekit.render.values`). Semantics
follow fluent.runtime 0.4 (fallback texts ``{-term}``, ``name``, ``???``, ``NUMBER()``, plural and
exact-number matching, the 1000-parts and 2500-characters caps, ``{???}`` on overflow), except:
cyclic references through single-placeable patterns give an error instead of ``RecursionError``,
and Decimals select plural variants like ints and floats.

Modes: ``PLAIN`` (no isolation marks), ``ISOLATE`` (FSI/PDI around placeables, as fluent.runtime
does), ``SSML`` (text XML-escaped, typed arguments wrapped in ``<say-as>``).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from fluent.syntax import ast as FTL

from localekit.render import functions
from localekit.render.values import Dt, FormatError, Formatted, LocaleFormats, NoneVal, Num, Telephone

PLAIN, ISOLATE, SSML = 0, 1, 2
FSI, PDI = "\u2068", "\u2069"
MAX_PARTS = 1000
MAX_PART_LENGTH = 2500
_MISSING = object()
_NUMBER_TYPES = (int, float, Decimal)

Pattern = str | Callable[[dict, "Env"], str]


class Abort(Exception):
    """Expansion limits exceeded: the whole message becomes ``{???}`` (as in fluent.runtime)."""


class Env:
    """Per-render mutable state: collected errors, active references, expansion budget."""

    __slots__ = ("active", "errors", "formality", "in_term", "parts")

    def __init__(self, formality: str | None) -> None:
        self.errors: list[str] = []
        self.active: set = set()
        self.parts = 0
        self.in_term = 0
        self.formality = formality


def xml_escape(text: str) -> str:
    return _xml_escape(text, {'"': "&quot;", "'": "&apos;"})


def _ref_id(kind: str, name: str, attr: str | None) -> str:
    base = ("-" if kind == "term" else "") + name
    return f"{base}.{attr}" if attr else base


class Catalog:
    """The messages and terms of one locale (first definition wins), compiled on first use."""

    def __init__(self, tag: str, fmts: LocaleFormats) -> None:
        self.tag = tag
        self.fmts = fmts
        self.messages: dict[str, FTL.Message] = {}
        self.terms: dict[str, FTL.Term] = {}
        self.sources: dict[str, str] = {}
        self._compiled: dict[tuple, Pattern | None] = {}
        self._attrs: dict[tuple[str, str], dict[str, FTL.Pattern]] = {}
        self._lock = threading.RLock()

    def _attributes(self, kind: str, name: str) -> dict[str, FTL.Pattern]:
        """Attribute name -> pattern of one entry (first definition wins); an index, so a message
        with thousands of attributes is not scanned once per attribute. Raises ``KeyError``."""
        key = (kind, name)
        idx = self._attrs.get(key)
        if idx is None:
            entry = (self.terms if kind == "term" else self.messages)[name]
            idx = {}
            for a in entry.attributes:
                idx.setdefault(a.id.name, a.value)
            self._attrs[key] = idx  # idempotent: a racing thread builds the same index
        return idx

    def add(self, resource: FTL.Resource, source: str = "") -> None:
        for entry in resource.body:
            if isinstance(entry, FTL.Message):
                if entry.id.name not in self.messages:
                    self.messages[entry.id.name] = entry
                    self.sources[entry.id.name] = source
            elif isinstance(entry, FTL.Term) and entry.id.name not in self.terms:
                self.terms[entry.id.name] = entry

    def has(self, name: str, attr: str | None = None) -> bool:
        msg = self.messages.get(name)
        if msg is None:
            return False
        if attr is None:
            return True
        return attr in self._attributes("message", name)

    def attribute_names(self, name: str) -> list[str]:
        msg = self.messages.get(name)
        return [a.id.name for a in msg.attributes] if msg else []

    def pattern(self, kind: str, name: str, attr: str | None, mode: int) -> Pattern | None:
        """The compiled pattern, ``None`` for an entry without a value; ``LookupError`` when unknown."""
        key = (kind, name, attr, mode)
        try:
            return self._compiled[key]
        except KeyError:
            pass
        entry = (self.terms if kind == "term" else self.messages)[name]
        if attr is None:
            node = entry.value
            if node is None:
                return None
        else:
            node = self._attributes(kind, name).get(attr)
            if node is None:
                raise KeyError(attr)
        with self._lock:
            if key not in self._compiled:
                self._compiled[key] = Compiler(self, mode).pattern(node)
            return self._compiled[key]


class Compiler:
    """Compiles nodes for one catalog and mode."""

    def __init__(self, catalog: Catalog, mode: int) -> None:
        self.cat = catalog
        self.fmts = catalog.fmts
        self.mode = mode

    # --- patterns --------------------------------------------------------------------------
    def pattern(self, node: FTL.Pattern) -> Pattern:
        elements = node.elements
        isolate = self.mode == ISOLATE
        single = len(elements) == 1 and isinstance(elements[0], FTL.Placeable)
        parts: list[str | Callable] = []
        for el in elements:
            if isinstance(el, FTL.TextElement):
                parts.append(xml_escape(el.value) if self.mode == SSML else el.value)
                continue
            part = self.placeable(el.expression, isolate and not single)
            parts.append(part)
        merged: list[str | Callable] = []
        for p in parts:
            if isinstance(p, str) and merged and isinstance(merged[-1], str):
                merged[-1] += p
            else:
                merged.append(p)
        if not merged:
            return ""
        if len(merged) == 1:
            only = merged[0]
            if isinstance(only, str) or single:
                return only
        n_elements = len(elements)
        return _join(merged, n_elements)

    def placeable(self, expr: Any, isolate: bool) -> str | Callable:
        if isinstance(expr, FTL.StringLiteral):
            text = expr.parse()["value"]
            return xml_escape(text) if self.mode == SSML else text
        if isinstance(expr, FTL.NumberLiteral):
            try:
                text = self.fmts.fmt(_number_literal(expr))
            except (FormatError, ValueError, ArithmeticError):
                return _error_part(f"Cannot format number literal ({len(expr.value)} characters)")
            if self.mode == SSML:
                return f'<say-as interpret-as="cardinal">{xml_escape(text)}</say-as>'
            return FSI + text + PDI if isolate else text
        markup = isinstance(expr, (FTL.MessageReference, FTL.TermReference, FTL.SelectExpression,
                                   FTL.Placeable))
        if isinstance(expr, FTL.Placeable):
            inner = self.placeable(expr.expression, isolate)
            if isinstance(inner, str):
                return FSI + inner + PDI if isolate else inner
            fn: Callable = inner
        else:
            fn = self.expression(expr)
        return _part(fn, self.fmts, isolate, self.mode == SSML and not markup,
                     self.mode == SSML and markup)

    # --- expressions -----------------------------------------------------------------------
    def expression(self, expr: Any) -> Callable[[dict, Env], Any]:
        if isinstance(expr, FTL.StringLiteral):
            value = expr.parse()["value"]
            return lambda a, e: value
        if isinstance(expr, FTL.NumberLiteral):
            num = _number_literal(expr)
            return lambda a, e: num
        if isinstance(expr, FTL.VariableReference):
            return _variable(expr.id.name)
        if isinstance(expr, FTL.MessageReference):
            return self.reference("message", expr.id.name, expr.attribute.name if expr.attribute else None)
        if isinstance(expr, FTL.TermReference):
            return self.term_reference(expr)
        if isinstance(expr, FTL.FunctionReference):
            return self.function(expr)
        if isinstance(expr, FTL.SelectExpression):
            return self.select(expr)
        if isinstance(expr, FTL.Placeable):
            inner = self.placeable(expr.expression, self.mode == ISOLATE)
            if isinstance(inner, str):
                return lambda a, e: inner
            return inner
        raise TypeError(f"unexpected Fluent node {type(expr).__name__}")

    def reference(self, kind: str, name: str, attr: str | None) -> Callable[[dict, Env], Any]:
        cat, mode = self.cat, self.mode
        key = (kind, name, attr)
        ref_id = _ref_id(kind, name, attr)
        cell: list = []

        def ref(a: dict, e: Env) -> Any:
            if cell:
                target = cell[0]
            else:
                try:
                    target = cat.pattern(kind, name, attr, mode)
                except LookupError:
                    if attr is not None:
                        e.errors.append(f"Unknown attribute: {ref_id}")
                    elif kind == "term":
                        e.errors.append(f"Unknown term: {ref_id}")
                    else:
                        e.errors.append(f"Unknown message: {ref_id}")
                    return NoneVal("{" + ref_id + "}")
                if target is None:
                    e.errors.append(f"No pattern: {ref_id}")
                    return NoneVal(ref_id)
                cell.append(target)
            if target.__class__ is str:
                return target
            if key in e.active:
                e.errors.append(f"Cyclic reference: {ref_id}")
                return NoneVal()
            e.active.add(key)
            try:
                return target(a, e)
            finally:
                e.active.discard(key)

        return ref

    def term_reference(self, expr: FTL.TermReference) -> Callable[[dict, Env], Any]:
        ref = self.reference("term", expr.id.name, expr.attribute.name if expr.attribute else None)
        named: list[tuple[str, Callable]] = []
        positional = False
        if expr.arguments is not None:
            positional = bool(expr.arguments.positional)
            named = [(n.name.name, self.expression(n.value)) for n in expr.arguments.named]
        term_id = _ref_id("term", expr.id.name, expr.attribute.name if expr.attribute else None)
        const_args = {k: f({}, None) for k, f in named}  # named args are literals

        def term(a: dict, e: Env) -> Any:
            if positional:
                e.errors.append(f"Ignored positional arguments passed to term '{term_id}'")
            e.in_term += 1
            try:
                return ref(const_args, e)
            finally:
                e.in_term -= 1

        return term

    def function(self, expr: FTL.FunctionReference) -> Callable[[dict, Env], Any]:
        name = expr.id.name
        impl = functions.FUNCTIONS.get(name)
        pos = [self.expression(p) for p in expr.arguments.positional]
        named = {n.name.name: self.expression(n.value)({}, None) for n in expr.arguments.named}
        fmts = self.fmts
        if impl is None:
            def unknown(a: dict, e: Env) -> Any:
                e.errors.append(f"Unknown function: {name}")
                return NoneVal(name + "()")
            return unknown
        if len(pos) == 1:
            p0 = pos[0]

            def call1(a: dict, e: Env) -> Any:
                try:
                    return impl(fmts, [p0(a, e)], named)
                except (FormatError, TypeError, ValueError, ArithmeticError) as exc:
                    e.errors.append(f"{name}(): {exc}")
                    return NoneVal(name + "()")
            return call1

        def call(a: dict, e: Env) -> Any:
            try:
                return impl(fmts, [p(a, e) for p in pos], named)
            except (FormatError, TypeError, ValueError, ArithmeticError) as exc:
                e.errors.append(f"{name}(): {exc}")
                return NoneVal(name + "()")
        return call

    def select(self, expr: FTL.SelectExpression) -> Callable[[dict, Env], Any]:
        selector = self.expression(expr.selector)
        variants: list[tuple[Any, Pattern]] = []
        default: Pattern | None = None
        for v in expr.variants:
            key = _number_literal(v.key) if isinstance(v.key, FTL.NumberLiteral) else v.key.name
            pat = self.pattern(v.value)
            variants.append((key, pat))
            if v.default:
                default = pat
        if default is None:  # unreachable for parsed FTL; kept for hand-made ASTs
            default = "???"
        by_name = {}
        for key, pat in variants:
            if isinstance(key, str) and key not in by_name:
                by_name[key] = pat
        has_numeric_keys = any(not isinstance(k, str) for k, _ in variants)
        plural = self.fmts.plural

        def choose(value: Any) -> Pattern:
            t = value.__class__
            if t is Num:
                value = value.value
                t = value.__class__
            if t is str:
                if not has_numeric_keys:
                    return by_name.get(value, default)
                for key, pat in variants:
                    if key.__class__ is str:
                        if key == value:
                            return pat
                    elif plural(key) == value:
                        return pat
                return default
            if t is int or t is float or t is Decimal or t is bool or isinstance(value, _NUMBER_TYPES):
                category = None
                for key, pat in variants:
                    if key.__class__ is str:
                        if category is None:
                            try:
                                category = plural(value)
                            except (TypeError, ValueError, ArithmeticError):
                                category = ""
                        if key == category:
                            return pat
                    elif key == value:
                        return pat
                return default
            return default

        def select(a: dict, e: Env) -> Any:
            pat = choose(selector(a, e))
            if pat.__class__ is str:
                return pat
            return pat(a, e)

        return select


def _error_part(message: str) -> Callable[[dict, Env], str]:
    """A part that reports ``message`` each time it is rendered and prints ``{???}``."""

    def error_part(a: dict, e: Env) -> str:
        e.errors.append(message)
        return "{???}"

    return error_part


def _number_literal(node: FTL.NumberLiteral) -> int | float | Decimal:
    if "." in node.value:
        return float(node.value)
    if len(node.value) > 4000:  # int() refuses over 4300 digits (CVE-2020-10735 limit)
        return Decimal(node.value)
    return int(node.value)


def _variable(name: str) -> Callable[[dict, Env], Any]:
    if name == "formality":
        def formality(a: dict, e: Env) -> Any:
            v = a.get(name, _MISSING)
            if v is _MISSING:
                if e.in_term:
                    return NoneVal(name)
                return e.formality if e.formality is not None else NoneVal(name)
            return v
        return formality

    def variable(a: dict, e: Env) -> Any:
        v = a.get(name, _MISSING)
        if v is _MISSING:
            if not e.in_term:
                e.errors.append(f"Unknown external: {name}")
            return NoneVal(name)
        return v
    return variable


def _fmt(value: Any, fmts: LocaleFormats, e: Env) -> str:
    try:
        return fmts.fmt(value)
    except FormatError as exc:
        e.errors.append(f"Unsupported external type: {exc}")
        return "???"


def _ssml(value: Any, text: str) -> str:
    t = value.__class__
    if t is Num:
        value = value.value
    body = xml_escape(text)
    if isinstance(value, Telephone):
        return f'<say-as interpret-as="telephone">{body}</say-as>'
    if isinstance(value, Formatted):
        return body
    if isinstance(value, (int, float, Decimal)):
        return f'<say-as interpret-as="cardinal">{body}</say-as>'
    if t is Dt:
        opts = dict(value.opts)
        value = value.value
        if opts.get("timeStyle") and not opts.get("dateStyle"):
            return f'<say-as interpret-as="time">{body}</say-as>'
    if isinstance(value, dt.date):
        return f'<say-as interpret-as="date">{body}</say-as>'
    return body


def _part(fn: Callable, fmts: LocaleFormats, isolate: bool, ssml_value: bool, ssml_markup: bool) -> Callable:
    """Wrap an expression into a placeable part returning text."""
    if ssml_value:
        def ssml_part(a: dict, e: Env) -> str:
            v = fn(a, e)
            s = v if v.__class__ is str else _fmt(v, fmts, e)
            if len(s) > MAX_PART_LENGTH:
                raise Abort(f"Too many characters in placeable ({len(s)}, max allowed is {MAX_PART_LENGTH})")
            return _ssml(v, s)
        return ssml_part
    if ssml_markup:
        def markup_part(a: dict, e: Env) -> str:
            v = fn(a, e)
            s = v if v.__class__ is str else xml_escape(_fmt(v, fmts, e))
            if len(s) > MAX_PART_LENGTH:
                raise Abort(f"Too many characters in placeable ({len(s)}, max allowed is {MAX_PART_LENGTH})")
            return s
        return markup_part
    if isolate:
        def iso_part(a: dict, e: Env) -> str:
            v = fn(a, e)
            s = v if v.__class__ is str else _fmt(v, fmts, e)
            if len(s) > MAX_PART_LENGTH:
                raise Abort(f"Too many characters in placeable ({len(s)}, max allowed is {MAX_PART_LENGTH})")
            return FSI + s + PDI
        return iso_part

    def part(a: dict, e: Env) -> str:
        v = fn(a, e)
        s = v if v.__class__ is str else _fmt(v, fmts, e)
        if len(s) > MAX_PART_LENGTH:
            raise Abort(f"Too many characters in placeable ({len(s)}, max allowed is {MAX_PART_LENGTH})")
        return s
    return part


def _join(parts: list[str | Callable], n_elements: int) -> Callable[[dict, Env], str]:
    """Generate ``f(a, e)`` concatenating constant text and part calls (with the parts budget)."""
    if n_elements > MAX_PARTS:
        # always over budget: never generate (and compile) source with one argument per part
        def too_many(a: dict, e: Env) -> str:
            raise Abort(f"Too many parts in message (> {MAX_PARTS}), aborting.")
        return too_many
    names: dict[str, Callable] = {}
    terms = []
    for i, p in enumerate(parts):
        if isinstance(p, str):
            terms.append(repr(p))
        else:
            names[f"P{i}"] = p
            terms.append(f"P{i}(a, e)")
    if len(terms) <= 8:
        body = " + ".join(terms) if len(terms) > 1 else f"str({terms[0]})"
    else:
        body = '"".join((' + ", ".join(terms) + ",))"
    params = "".join(f", {k}={k}" for k in names)
    src = (
        f"def _pattern(a, e{params}, _N={n_elements}, _MAX={MAX_PARTS}, _Abort=Abort):\n"
        f"    if e.parts + _N > _MAX:\n"
        f"        raise _Abort('Too many parts in message (> {MAX_PARTS}), aborting.')\n"
        f"    e.parts += _N\n"
        f"    return {body}\n"
    )
    namespace: dict[str, Any] = {"Abort": Abort, **names}
    exec(compile(src, "<fluent-pattern>", "exec"), namespace)
    return namespace["_pattern"]
