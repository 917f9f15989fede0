"""Fluent file -> JSON-friendly summary of what the check rules need.

A fast line/regex scanner handles the common entries (text with simple placeables); any entry it is
not sure about is parsed by ``fluent.syntax`` (``parse_entry`` with spans), and a file with anything
that may be junk is parsed whole by ``fluent.syntax``, so syntax errors are always the spec's.

Summary format (plain lists/dicts so it can be cached as JSON)::

    {"entries": [Entry...], "errors": [[offset, code, message]...], "nl": [newline offsets],
     "bom": bool, "crlf": bool}
    Entry = {"id", "term": bool, "start": offset, "comment": str|None,
             "value": Pattern|None, "attrs": {name: Pattern}, "attr_pos": {name: offset}}
    Pattern = {"text": all variants' text, "dtext": default-variant text, "vars": [names],
               "sel_only": [names used only as selectors] (only when the pattern has a select),
               "refs": [[kind, name, attr|None, in_selector, offset]],
               "selects": [[selector_kind, [keys], offset]]}

Placeables are replaced by U+FFFC in texts; continuation-line indentation is collapsed.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl

PLACEHOLDER = "\ufffc"
_ENTRY_RE = re.compile(r"(-?)([a-zA-Z][a-zA-Z0-9_-]*) *=")
_ATTR_RE = re.compile(r" +\.([a-zA-Z][a-zA-Z0-9_-]*) *=")
_SIMPLE_PLACEABLE = re.compile(
    r"\{ *(?:"
    r"\$(?P<var>[a-zA-Z][a-zA-Z0-9_-]*)"
    r"|-(?P<term>[a-zA-Z][a-zA-Z0-9_-]*)"
    r"|(?P<msg>[a-zA-Z][a-zA-Z0-9_-]*)(?:\.(?P<mattr>[a-zA-Z][a-zA-Z0-9_-]*))?"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|-?[0-9]+(?:\.[0-9]+)?"
    r") *\}"
)
_INDENT_NL = re.compile(r"\n[ \t]+")
_SPECIAL_LINE = re.compile(r"\n *[\[*]")  # a continuation line may not start with "[" or "*"


def _norm_text(parts: list[str]) -> str:
    return _INDENT_NL.sub("\n", "".join(parts)).strip()


def _new_pattern() -> dict[str, Any]:
    return {"text": "", "dtext": "", "vars": [], "refs": [], "selects": []}


# --- fast path ----------------------------------------------------------------------------------
def _fast_pattern(raw: str, base: int) -> dict[str, Any] | None:
    """Pattern from raw source text starting at file offset ``base`` (simple placeables only); None
    when the fast scanner is unsure (fluent.syntax decides)."""
    pat = _new_pattern()
    parts: list[str] = []
    last = 0
    variables: list[str] = []
    for m in _SIMPLE_PLACEABLE.finditer(raw):
        parts.append(raw[last:m.start()])
        parts.append(PLACEHOLDER)
        last = m.end()
        if m.group("var"):
            if m.group("var") not in variables:
                variables.append(m.group("var"))
        elif m.group("term"):
            pat["refs"].append(["term", m.group("term"), None, False, base + m.start("term") - 1])
        elif m.group("msg"):
            pat["refs"].append(["msg", m.group("msg"), m.group("mattr"), False, base + m.start("msg")])
    parts.append(raw[last:])
    if any("{" in p or "}" in p for p in parts) or _SPECIAL_LINE.search(raw):
        return None
    text = _norm_text(parts)
    pat["text"] = pat["dtext"] = text
    pat["vars"] = variables
    return pat


_ID = r"[a-zA-Z][a-zA-Z0-9_-]*"
_SELECT_HEAD = re.compile(
    r"\{ *(?P<sel>\$(?P<var>" + _ID + r")|NUMBER\( *\$(?P<nvar>" + _ID + r") *\)|(?P<fn>PLATFORM)\( *\)"
    r"|-(?P<term>" + _ID + r")\.(?P<tattr>" + _ID + r")) *-> *\n")
_VARIANT = re.compile(r" *(\*?)\[ *(" + _ID + r"|-?[0-9]+(?:\.[0-9]+)?) *\] *")


def _fast_select(raw: str, base: int) -> dict[str, Any] | None:
    """A pattern that is one select placeable (``{ $n -> [one] ... *[other] ... }``) with simple
    variants: the summary ``_ast_pattern`` would give, or None."""
    m = _SELECT_HEAD.search(raw)
    if m is None or raw[:m.start()].strip(" \n"):
        return None
    pat = _new_pattern()
    sel_at = base + m.start("sel")
    if m.group("var") or m.group("nvar"):
        kind = "number"
        pat["vars"].append(m.group("var") or m.group("nvar"))
    elif m.group("term"):
        kind = "term-attr"
        pat["refs"].append(["term", m.group("term"), m.group("tattr"), True, sel_at])
    else:
        kind = "other"
    lines = raw[m.end():].split("\n")
    while lines and not lines[-1].strip(" "):
        lines.pop()
    if not lines or lines[-1].strip(" ") != "}":
        return None
    offset = m.end()
    variants: list[tuple[str, bool, int, int]] = []  # key, default, value start, value end (in raw)
    for line in lines[:-1]:
        vm = _VARIANT.match(line)
        if vm:
            variants.append((vm.group(2), bool(vm.group(1)), offset + vm.end(), offset + len(line)))
        elif not variants or (line.strip(" ") and not line.startswith(" ")) or \
                line.lstrip(" ")[:1] in ("[", "*", "}", "."):
            return None
        else:
            key, default, start, _end = variants[-1]
            variants[-1] = (key, default, start, offset + len(line))
        offset += len(line) + 1
    if not variants or sum(d for _, d, _, _ in variants) != 1:
        return None
    parts: list[str] = []
    dparts: list[str] = []
    shown: list[str] = []
    for _key, default, start, end in variants:
        sub = _fast_pattern(raw[start:end], base + start)
        if sub is None:
            return None
        value = _INDENT_NL.sub("\n", raw[start:end]).strip(" \n")
        if not value:
            return None  # a variant without a value is junk
        shown.extend(sub["vars"])
        for v in sub["vars"]:
            if v not in pat["vars"]:
                pat["vars"].append(v)
        pat["refs"].extend(sub["refs"])
        parts += [sub["text"], "\n"]
        if default:
            dparts.append(sub["text"])
    pat["selects"].append([kind, [k for k, _, _, _ in variants], sel_at])
    pat["sel_only"] = [v for v in pat["vars"] if v not in shown]
    pat["text"] = _norm_text(parts)
    pat["dtext"] = _norm_text(dparts)
    return pat


def _fast_entry(src: str, base: int, comment: str | None) -> dict[str, Any] | None:
    """One entry (its lines without trailing blank lines) by the fast scanner, or None."""
    m = _ENTRY_RE.match(src)
    assert m is not None
    lines = src.split("\n")
    # chunk boundaries: value, then one per attribute line
    chunks: list[tuple[str | None, int, int]] = []  # (attr name or None, start offset in src, text start)
    offset = 0
    for i, line in enumerate(lines):
        if i == 0:
            chunks.append((None, 0, m.end()))
        else:
            stripped = line.lstrip(" ")
            if stripped and line[0] != " ":
                return None
            if stripped[:1] == "\t":
                return None
            if stripped[:1] == ".":
                am = _ATTR_RE.match(line)
                if not am:
                    return None
                chunks.append((am.group(1), offset, offset + am.end()))
        offset += len(line) + 1
    entry: dict[str, Any] = {"id": ("-" if m.group(1) else "") + m.group(2), "term": bool(m.group(1)),
                             "start": base, "comment": comment, "value": None, "attrs": {}, "attr_pos": {}}
    for k, (name, cstart, tstart) in enumerate(chunks):
        cend = chunks[k + 1][1] - 1 if k + 1 < len(chunks) else len(src)
        raw = src[tstart:cend]
        if not raw.strip():
            if name is not None:
                return None  # attribute without value: junk
            continue
        pat = _fast_select(raw, base + tstart) if "->" in raw else _fast_pattern(raw, base + tstart)
        if pat is None:
            return None
        if name is None:
            entry["value"] = pat
        else:
            if name in entry["attrs"]:
                return None
            entry["attrs"][name] = pat
            entry["attr_pos"][name] = base + cstart + (len(src[cstart:]) - len(src[cstart:].lstrip(" ")))
    if entry["value"] is None and (entry["term"] or not entry["attrs"]):
        return None
    return entry


# --- fluent.syntax path -------------------------------------------------------------------------
def _walk_expr(expr: Any, pat: dict, parts: list[str], dparts: list[str] | None, base: int,
               in_selector: bool) -> None:
    if isinstance(expr, ftl.VariableReference):
        if expr.id.name not in pat["vars"]:
            pat["vars"].append(expr.id.name)
        if not in_selector:
            pat.setdefault("_shown", set()).add(expr.id.name)
    elif isinstance(expr, ftl.TermReference):
        pat["refs"].append(["term", expr.id.name, expr.attribute.name if expr.attribute else None,
                            in_selector, base + expr.span.start])
        if expr.arguments:
            for arg in expr.arguments.positional:
                _walk_expr(arg, pat, [], None, base, in_selector)
    elif isinstance(expr, ftl.MessageReference):
        pat["refs"].append(["msg", expr.id.name, expr.attribute.name if expr.attribute else None,
                            in_selector, base + expr.span.start])
    elif isinstance(expr, ftl.FunctionReference):
        for arg in expr.arguments.positional:
            _walk_expr(arg, pat, [], None, base, in_selector)
        for arg in expr.arguments.named:
            _walk_expr(arg.value, pat, [], None, base, in_selector)
    elif isinstance(expr, ftl.Placeable):
        _walk_expr(expr.expression, pat, parts, dparts, base, in_selector)
    elif isinstance(expr, ftl.SelectExpression):
        sel = expr.selector
        if isinstance(sel, ftl.VariableReference) or (
                isinstance(sel, ftl.FunctionReference) and sel.id.name == "NUMBER"):
            kind = "number"
        elif isinstance(sel, ftl.TermReference) and sel.attribute:
            kind = "term-attr"
        else:
            kind = "other"
        _walk_expr(sel, pat, [], None, base, True)
        keys = [v.key.name if isinstance(v.key, ftl.Identifier) else v.key.value for v in expr.variants]
        pat["selects"].append([kind, keys, base + expr.span.start])
        for variant in expr.variants:
            _walk_elements(variant.value.elements, pat, parts, dparts if variant.default else None, base)
            parts.append("\n")


def _walk_elements(elements: list, pat: dict, parts: list[str], dparts: list[str] | None, base: int) -> None:
    for el in elements:
        if isinstance(el, ftl.TextElement):
            parts.append(el.value)
            if dparts is not None:
                dparts.append(el.value)
        else:
            expr = el.expression
            if isinstance(expr, ftl.SelectExpression):
                _walk_expr(expr, pat, parts, dparts, base, False)
            else:
                parts.append(PLACEHOLDER)
                if dparts is not None:
                    dparts.append(PLACEHOLDER)
                _walk_expr(expr, pat, parts, dparts, base, False)


def _ast_pattern(pattern: ftl.Pattern, base: int) -> dict[str, Any]:
    pat = _new_pattern()
    parts: list[str] = []
    dparts: list[str] = []
    _walk_elements(pattern.elements, pat, parts, dparts, base)
    shown = pat.pop("_shown", set())
    if pat["selects"]:
        pat["sel_only"] = [v for v in pat["vars"] if v not in shown]
    pat["text"] = _norm_text(parts)
    pat["dtext"] = _norm_text(dparts)
    return pat


def _ast_entry(node: ftl.Message | ftl.Term, base: int, comment: str | None) -> dict[str, Any]:
    is_term = isinstance(node, ftl.Term)
    entry: dict[str, Any] = {"id": ("-" if is_term else "") + node.id.name, "term": is_term,
                             "start": base + node.id.span.start - is_term, "comment": comment, "value": None,
                             "attrs": {}, "attr_pos": {}}
    if node.value is not None:
        entry["value"] = _ast_pattern(node.value, base)
    for attr in node.attributes:
        if attr.id.name in entry["attrs"]:
            entry.setdefault("dup_attrs", []).append([attr.id.name, base + attr.span.start])
            continue
        entry["attrs"][attr.id.name] = _ast_pattern(attr.value, base)
        entry["attr_pos"][attr.id.name] = base + attr.span.start
    return entry


def _comment_of(node: Any) -> str | None:
    c = getattr(node, "comment", None)
    return c.content if c is not None else None


def _parse_full(text: str) -> tuple[list[dict], list[list]]:
    entries: list[dict] = []
    errors: list[list] = []
    resource = FluentParser(with_spans=True).parse(text)
    for node in resource.body:
        if isinstance(node, (ftl.Message, ftl.Term)):
            entries.append(_ast_entry(node, 0, _comment_of(node)))
        elif isinstance(node, ftl.Junk):
            for ann in node.annotations:
                pos = ann.span.start if ann.span else node.span.start
                errors.append([pos, ann.code, ann.message])
    return entries, errors


# --- driver -------------------------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, bool, bool]:
    """Bytes -> (text with ``\\n`` line ends, had BOM, had CRLF). Raises UnicodeDecodeError."""
    text = data.decode("utf-8")
    bom = text.startswith("\ufeff")
    if bom:
        text = text[1:]
    crlf = "\r" in text
    if crlf:
        text = text.replace("\r\n", "\n")
    return text, bom, crlf


def summarize(text: str, *, fast: bool = True) -> dict[str, Any]:
    """Summary of one Fluent resource (already decoded, ``\\n`` line ends)."""
    entries: list[dict] | None = None
    errors: list[list] = []
    if fast and text and not text.endswith("\n"):
        fast = False  # rare (no final newline): leave every edge case to fluent.syntax
    if fast:
        try:
            entries = _scan(text)
        except RecursionError:
            entries = None
    if entries is None:
        try:
            entries, errors = _parse_full(text)
        except RecursionError:
            entries, errors = [], [[0, "E-NESTING", "placeables nested too deeply to parse"]]
    nl = _newlines(text)
    return {"entries": entries, "errors": errors, "nl": nl}


def _newlines(text: str) -> list[int]:
    out = []
    i = text.find("\n")
    while i != -1:
        out.append(i)
        i = text.find("\n", i + 1)
    return out


def _scan(text: str) -> list[dict] | None:
    """Fast scan; None for anything that might be junk (the caller parses it with fluent.syntax)."""
    lines = text.split("\n")
    n = len(lines)
    entries: list[dict] = []
    comment: list[str] = []
    offsets = [0] * (n + 1)
    pos = 0
    for i, line in enumerate(lines):
        offsets[i] = pos
        pos += len(line) + 1
    offsets[n] = pos
    i = 0
    parser: FluentParser | None = None
    while i < n:
        line = lines[i]
        if not line.strip(" "):
            comment = []
            i += 1
            continue
        c = line[0]
        if c == "#":
            if line == "#" or line.startswith("# "):
                comment.append(line[2:])
            elif line.startswith("##"):
                if not (line.lstrip("#") == "" or line.lstrip("#").startswith(" ")) or len(line) - len(
                        line.lstrip("#")) > 3:
                    return None
                comment = []
            else:
                return None
            i += 1
            continue
        if not _ENTRY_RE.match(line):
            return None
        j = i + 1
        while j < n and (not lines[j].strip(" ") or lines[j][0] == " "):
            j += 1
        k = j
        while k > i + 1 and not lines[k - 1].strip(" "):
            k -= 1
        src = "\n".join(lines[i:k])
        cmt = "\n".join(comment) if comment else None
        entry = _fast_entry(src, offsets[i], cmt)
        if entry is None:
            parser = parser or FluentParser(with_spans=True)
            # parse the whole chunk: parse_entry() stops after the first entry and would silently
            # drop junk on its later lines (an indented "}" after a value)
            body = parser.parse(src + "\n").body
            node = body[0] if len(body) == 1 else None
            if not isinstance(node, (ftl.Message, ftl.Term)):
                return None
            entry = _ast_entry(node, offsets[i], cmt)
        entries.append(entry)
        comment = []
        i = j
    return entries


def line_col(nl: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` given the sorted newline offsets."""
    line = bisect.bisect_left(nl, offset)
    start = nl[line - 1] + 1 if line else 0
    return line + 1, offset - start + 1
