"""The ``check`` rules: one :class:`localekit.findings.Rule` class per stable id, over typed contexts.

Each rule declares a ``scope`` and reads the matching context:

- ``file``: a :class:`FileContext` (one locale file and its reference file);
- ``entry``: an :class:`EntryContext` (one message or term and its reference counterpart);
- ``message``: a :class:`MessageContext` (one pattern: a value or an attribute);
- ``screen``: a :class:`ScreenedMessage` (a message and the screener's verdict, with ``--screen``).

The engine builds the contexts and runs the registry; a rule only yields findings.
"""

from __future__ import annotations

import fnmatch
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from localekit import scripts
from localekit.check.heuristics import (
    code_attribute,
    mozilla_plural_categories,
    optional_variables,
    term_pattern,
    translatable_words,
)
from localekit.check.locale_info import LocaleInfo, likely_script, plural_categories
from localekit.check.parse import PLACEHOLDER, line_col
from localekit.findings import Finding, Registry, Rule
from localekit.invisible import ALWAYS_INVISIBLE, BIDI_MARKS, JOINERS, ZERO_WIDTH_SPACE, char_class
from localekit.register import MARKED, majority
from localekit.textwidth import display_width

RULES = Registry("check")

# A catalog's own register counts when one register marks at least this many messages, and at
# least this many times as many as the other.
CATALOG_MAJORITY_MIN = 5
CATALOG_MAJORITY_RATIO = 3.0

_MAXLEN = re.compile(r"(?:MAX_LENGTH|max-width)\s*[:=]\s*(\d+)", re.I)
_TAGS = re.compile(r"<[^<>]*>")
_INVISIBLE_ALWAYS = char_class(ALWAYS_INVISIBLE)
_MARKS_LTR = char_class(BIDI_MARKS)
_JOINERS = char_class(JOINERS)
_ZWSP = char_class(ZERO_WIDTH_SPACE)
_PLURAL_KEYS = frozenset({"zero", "one", "two", "few", "many", "other"})
# A file counts as left untranslated (one finding) when at least this many of its messages, and this
# share of those compared, are identical to the reference.
WHOLE_FILE_MIN = 10
WHOLE_FILE_SHARE = 0.5


def patterns(entry: dict) -> list[tuple[str | None, dict]]:
    """``(attribute or None, pattern)`` for an entry's value and attributes."""
    out: list[tuple[str | None, dict]] = []
    if entry["value"] is not None:
        out.append((None, entry["value"]))
    out.extend(entry["attrs"].items())
    return out


def label(mid: str, attr: str | None) -> str:
    """``message.attribute`` (or the message id)."""
    return f"{mid}.{attr}" if attr else mid


# --- contexts ------------------------------------------------------------------------------------
@dataclass(slots=True)
class LocaleContext:
    """What every rule may know about the locale folder being checked."""

    info: LocaleInfo
    opts: Mapping[str, Any]
    defs: dict[str, set[str]] = field(default_factory=dict)  # id -> attributes, across the locale's files
    register: str | None = None
    register_source: str | None = None
    register_counts: dict[str, int] = field(default_factory=dict)
    register_hits: dict[int, list] = field(default_factory=dict)  # id(pattern) -> hits, computed once
    ref_broken: frozenset[tuple[str, str]] = frozenset()  # (message id, reference) broken in the reference

    @property
    def script(self) -> str | None:
        """The locale's primary script (the pack's, else CLDR's likely script)."""
        return self.info.scripts[0] if self.info.scripts else likely_script(self.info.folder)


@dataclass(slots=True)
class FileContext:
    """One locale file (``summary`` None: missing or unreadable) and its reference (None: obsolete)."""

    locale: LocaleContext
    path: str
    ref: dict | None
    summary: dict | None
    text: str = ""
    read_error: str | None = None
    first: dict[str, dict] = field(default_factory=dict)  # id -> first definition in the file
    ref_by_id: dict[str, dict] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for e in (self.summary or {}).get("entries", ()):
            self.first.setdefault(e["id"], e)
        for e in (self.ref or {}).get("entries", ()):
            self.ref_by_id.setdefault(e["id"], e)

    def finding(self, rule: Rule, message: str, pos: int | None = None, message_id: str | None = None,
                extra: dict | None = None) -> Finding:
        """A finding of ``rule`` at file offset ``pos`` (``None``: the whole file)."""
        line = col = None
        if pos is not None and self.summary is not None:
            line, col = line_col(self.summary["nl"], pos)
        return Finding(rule.id, rule.severity, message, self.path, line, col, self.locale.info.folder, message_id,
                       extra or {})

    def locate(self, start: int, word: str) -> int:
        """Offset of ``word`` at or after ``start`` (a value's or an attribute's position), else ``start``."""
        i = self.text.find(word, start)
        return i if i != -1 else start


@dataclass(slots=True)
class EntryContext:
    """One message or term (its first definition in the file) and the reference's (None: not there)."""

    file: FileContext
    entry: dict
    ref: dict | None


@dataclass(slots=True)
class MessageContext:
    """One pattern of an entry (``attr`` None: the value) and the reference's pattern (None: none)."""

    file: FileContext
    entry: dict
    ref_entry: dict | None
    attr: str | None
    pattern: dict
    ref_pattern: dict | None

    @property
    def label(self) -> str:
        return label(self.entry["id"], self.attr)

    @property
    def info(self) -> LocaleInfo:
        return self.file.locale.info

    @property
    def where(self) -> int:
        """Offset of the pattern: the entry for its value, the ``.name`` line for an attribute."""
        return self.entry["attr_pos"].get(self.attr, self.entry["start"]) if self.attr else self.entry["start"]

    def finding(self, rule: Rule, message: str, pos: int | None = None, extra: dict | None = None) -> Finding:
        return self.file.finding(rule, message, self.where if pos is None else pos, self.entry["id"], extra)


@dataclass(slots=True)
class ScreenedMessage:
    """A message the screener judged (``check --screen``)."""

    locale: str
    path: str
    line: int | None
    column: int | None
    label: str
    action: str
    flagged: tuple[str, ...]


class CheckRule(Rule[Any]):
    """A check rule; ``scope`` names its context, ``needs_pack`` rules run only for locales with a pack."""

    scope: ClassVar[str] = "message"
    needs_pack: ClassVar[bool] = False


def locale_context(summaries: dict[str, dict], info: LocaleInfo, opts: Mapping[str, Any],
                   register: str | None) -> LocaleContext:
    """Definitions across all the locale's files and the catalog's register (config, majority or pack)."""
    ctx = LocaleContext(info, opts)
    for summ in summaries.values():
        for e in summ["entries"]:
            ctx.defs.setdefault(e["id"], set()).update(e["attrs"])
    ctx.register, ctx.register_source = register, ("config" if register else None)
    counts: Counter[str] = Counter()
    if info.registers:
        for summ in summaries.values():
            for e in summ["entries"]:
                for _, pat in patterns(e):
                    hits = ctx.register_hits[id(pat)] = info.register_hits(pat["text"])
                    votes = Counter(h[0] for h in hits)
                    if votes:
                        counts[votes.most_common(1)[0][0]] += 1
        if not register:
            top = majority(counts, min_votes=CATALOG_MAJORITY_MIN, ratio=CATALOG_MAJORITY_RATIO)
            if top:
                other = next(r for r in MARKED if r != top)
                ctx.register = top
                ctx.register_source = f"catalog majority ({counts[top]} vs {counts[other]} messages)"
            else:
                ctx.register, ctx.register_source = info.default_register, "pack default"
    ctx.register_counts = dict(counts)
    return ctx


def rules_of(scope: str) -> list[CheckRule]:
    """Instances of the registered rules of one scope."""
    return [r() for r in RULES if issubclass(r, CheckRule) and r.scope == scope]


# --- file rules ----------------------------------------------------------------------------------
@RULES.register
class UnreadableFile(CheckRule):
    id = "unreadable-file"
    severity = "error"
    description = "A file that cannot be read or is not valid UTF-8."
    scope = "file"

    def check(self, context: FileContext) -> Iterator[Finding]:
        if context.read_error:
            yield context.finding(self, context.read_error)


@RULES.register
class MissingFile(CheckRule):
    id = "missing-file"
    severity = "warning"
    description = "A reference file the locale lacks (extra.missing_messages counts its messages)."
    scope = "file"

    def check(self, context: FileContext) -> Iterator[Finding]:
        if context.summary is None and context.read_error is None and context.ref is not None:
            n = len(context.ref["entries"])
            yield context.finding(self, f"missing file ({n} messages)", extra={"missing_messages": n})


@RULES.register
class ObsoleteFile(CheckRule):
    id = "obsolete-file"
    severity = "warning"
    description = "A locale file with no reference counterpart."
    scope = "file"

    def check(self, context: FileContext) -> Iterator[Finding]:
        if context.ref is None and context.summary is not None:
            yield context.finding(self, "file is not in the reference",
                                  extra={"messages": len(context.summary["entries"])})


@RULES.register
class SyntaxErrorRule(CheckRule):
    id = "syntax-error"
    severity = "error"
    description = "Fluent syntax error (junk); the rest of the file is still checked."
    scope = "file"

    def check(self, context: FileContext) -> Iterator[Finding]:
        for pos, code, msg in (context.summary or {}).get("errors", ()):
            yield context.finding(self, f"{msg} [{code}]", pos)


@RULES.register
class DuplicateId(CheckRule):
    id = "duplicate-id"
    severity = "error"
    description = "The same message, term or attribute id defined twice in one file."
    scope = "file"

    def check(self, context: FileContext) -> Iterator[Finding]:
        for e in (context.summary or {}).get("entries", ()):
            if context.first[e["id"]] is not e:
                yield context.finding(self, f"{e['id']} is already defined in this file", e["start"], e["id"])
            for name, pos in e.get("dup_attrs", []):
                yield context.finding(self, f"attribute {e['id']}.{name} is defined twice", pos, e["id"])


@RULES.register
class MissingMessage(CheckRule):
    id = "missing-message"
    severity = "warning"
    description = "A reference message or term the locale file lacks."
    scope = "file"

    def check(self, context: FileContext) -> Iterator[Finding]:
        if context.summary is None or context.ref is None:
            return
        for e in context.ref_by_id.values():
            if e["id"] not in context.first:
                kind = "term" if e["term"] else "message"
                yield context.finding(self, f"{kind} {e['id']} is missing", None, e["id"])


@RULES.register
class ObsoleteMessage(CheckRule):
    id = "obsolete-message"
    severity = "warning"
    description = "A message or term the reference no longer has."
    scope = "file"

    def check(self, context: FileContext) -> Iterator[Finding]:
        if context.ref is None:
            return
        for e in context.first.values():
            if e["id"] not in context.ref_by_id:
                kind = "term" if e["term"] else "message"
                yield context.finding(self, f"{kind} {e['id']} is not in the reference", e["start"], e["id"])


# --- entry rules (messages with a reference counterpart; term attributes are locale grammar) ------
@RULES.register
class MissingAttribute(CheckRule):
    id = "missing-attribute"
    severity = "error"
    description = "A reference attribute (or the value) the translation lacks."
    scope = "entry"

    def check(self, context: EntryContext) -> Iterator[Finding]:
        e, r = context.entry, context.ref
        if r is None or e["term"]:
            return
        mid = e["id"]
        if r["value"] is not None and e["value"] is None:
            yield context.file.finding(self, f"{mid} has no value but the reference has one", e["start"], mid)
        for name in r["attrs"]:
            if name not in e["attrs"]:
                yield context.file.finding(self, f"attribute {mid}.{name} is missing", e["start"], mid)


@RULES.register
class ObsoleteAttribute(CheckRule):
    id = "obsolete-attribute"
    severity = "error"
    description = "An attribute (or a value) the reference does not have."
    scope = "entry"

    def check(self, context: EntryContext) -> Iterator[Finding]:
        e, r = context.entry, context.ref
        if r is None or e["term"]:
            return
        mid = e["id"]
        if r["value"] is None and e["value"] is not None:
            yield context.file.finding(self, f"{mid} has a value but the reference has none", e["start"], mid)
        for name in e["attrs"]:
            if name not in r["attrs"]:
                yield context.file.finding(self, f"attribute {mid}.{name} is not in the reference",
                                           e["attr_pos"][name], mid)


# --- message rules -------------------------------------------------------------------------------
@RULES.register
class VariableMismatch(CheckRule):
    id = "variable-mismatch"
    severity = "error"
    description = ("A displayed $variable of the reference used in no branch of the translation, or one the "
                   "reference never provides (selector-only variables and those the reference comment marks "
                   "optional may be dropped).")

    def check(self, context: MessageContext) -> Iterator[Finding]:
        rpat, r = context.ref_pattern, context.ref_entry
        if rpat is None or r is None or context.entry["term"]:
            return
        pat = context.pattern
        optional = optional_variables(rpat, r.get("comment")) if rpat["vars"] else set()
        for v in rpat["vars"]:
            if v not in pat["vars"] and v not in optional:
                yield context.finding(self, f"${v} of the reference is used in no variant of {context.label}",
                                      extra={"variable": v})
        ref_all_vars = {v for _, p in patterns(r) for v in p["vars"]}
        for v in pat["vars"]:
            if v not in ref_all_vars:
                yield context.finding(self, f"${v} in {context.label} is never provided by the reference",
                                      extra={"variable": v})


def _cl_refs(pat: dict) -> dict[str, int]:
    """References as compare-locales counts them: outside selectors, term references without attributes."""
    out: dict[str, int] = {}
    for kind, name, attr, in_sel, pos in pat["refs"]:
        if in_sel:
            continue
        if kind == "term":
            if attr:
                continue
            out.setdefault("-" + name, pos)
        else:
            out.setdefault(f"{name}.{attr}" if attr else name, pos)
    return out


@RULES.register
class ReferenceDropped(CheckRule):
    id = "reference-dropped"
    severity = "warning"
    description = ("A message/term reference of the reference message the translation drops, or one it adds "
                   "(compare-locales' 'Missing/Obsolete term reference').")

    def check(self, context: MessageContext) -> Iterator[Finding]:
        rpat = context.ref_pattern
        if rpat is None or context.entry["term"]:
            return
        rrefs = _cl_refs(rpat)
        lrefs = _cl_refs(context.pattern)
        for name in rrefs:
            if name not in lrefs:
                kind = "term" if name.startswith("-") else "message"
                yield context.finding(self, f"Missing {kind} reference: {name}", extra={"ref": name})
        for name, pos in lrefs.items():
            if name not in rrefs:
                kind = "term" if name.startswith("-") else "message"
                yield context.finding(self, f"Obsolete {kind} reference: {name}", pos, {"ref": name})


@RULES.register
class ReferenceMismatch(CheckRule):
    id = "reference-mismatch"
    severity = "error"
    description = ("A message/term reference the locale does not define, including term attributes used as "
                   "selectors; a broken reference in the reference itself is reported once, against the reference.")

    def check(self, context: MessageContext) -> Iterator[Finding]:
        defs = context.file.locale.defs
        broken = context.file.locale.ref_broken
        folder = context.info.folder
        mid = context.entry["id"]
        for kind, name, rattr, in_sel, pos in context.pattern["refs"]:
            key = ("-" + name) if kind == "term" else name
            if (mid, key if key not in defs else f"{key}.{rattr}") in broken:
                continue  # the reference has the same broken reference: reported once, against it
            if key not in defs:
                what = "term" if kind == "term" else "message"
                yield context.finding(self, f"{context.label} references {what} {key}, which {folder} never defines",
                                      pos, {"ref": key})
            elif rattr and rattr not in defs[key]:
                how = "selects on" if in_sel else "references"
                yield context.finding(
                    self, f"{context.label} {how} {key}.{rattr}, an attribute the {folder} {key} does not define",
                    pos, {"ref": f"{key}.{rattr}"})

    @staticmethod
    def in_reference(files: list[tuple[str, dict]]) -> tuple[list[list], set[tuple[str, str]]]:
        """References the reference files (``(shown path, summary)``) make to messages, terms or
        attributes they never define.

        Returns findings rows (reported once, against the reference) and the ``(message id,
        reference)`` pairs, so that locales copying the same reference are not blamed.
        """
        from localekit.check.parse import line_col

        defs: dict[str, set[str]] = {}
        for _, summ in files:
            for e in summ["entries"]:
                defs.setdefault(e["id"], set()).update(e["attrs"])
        rows: list[list] = []
        broken: set[tuple[str, str]] = set()
        for path, summ in files:
            for e in summ["entries"]:
                for attr, pat in patterns(e):
                    label = f"{e['id']}.{attr}" if attr else e["id"]
                    for kind, name, rattr, in_sel, pos in pat["refs"]:
                        key = ("-" + name) if kind == "term" else name
                        what = "term" if kind == "term" else "message"
                        if key not in defs:
                            msg = f"{label} references {what} {key}, which the reference never defines"
                            if kind == "term" and name in defs:
                                msg += f" (it defines a message {name}: drop the '-')"
                            elif kind == "msg" and "-" + name in defs:
                                msg += f" (it defines a term -{name}: add the '-')"
                            bad = key
                        elif rattr and rattr not in defs[key]:
                            how = "selects on" if in_sel else "references"
                            msg = f"{label} {how} {key}.{rattr}, an attribute the reference's {key} does not define"
                            bad = f"{key}.{rattr}"
                        else:
                            continue
                        if (e["id"], bad) in broken and any(r[5] == e["id"] and r[6]["ref"] == bad for r in rows):
                            continue
                        broken.add((e["id"], bad))
                        line, col = line_col(summ["nl"], pos)
                        rows.append([ReferenceMismatch.id, msg, path, line, col, e["id"], {"ref": bad}])
        return rows, broken


@RULES.register
class PluralCategories(CheckRule):
    id = "plural-categories"
    severity = "warning"
    description = ("A plural selector lacking a category Mozilla's l10n gate (compare-locales) asks of the locale "
                   "(CLDR for locales it does not know).")

    def check(self, context: MessageContext) -> Iterator[Finding]:
        """compare-locales' plural check, on messages the reference has: a select naming any category the
        locale uses must name all of them (``other`` alone is fine)."""
        if context.ref_pattern is None:
            return
        gate = mozilla_plural_categories(context.info.folder)
        cldr = plural_categories(context.info.language)
        if gate is None and cldr is None:
            return
        for skind, keys, pos in context.pattern["selects"]:
            names = {k for k in keys if isinstance(k, str)}
            if gate is not None:
                needed = gate
            elif skind != "number" or cldr is None or not names <= _PLURAL_KEYS:
                continue
            else:
                needed = cldr[0]
            if names & (needed - {"other"}):
                missing = sorted(needed - names)
                if missing:
                    yield context.finding(self, f"{context.label}: plural selector lacks {', '.join(missing)} "
                                          f"(asked of {context.info.folder})", pos, {"missing": missing})


@RULES.register
class PluralDeadVariant(CheckRule):
    id = "plural-dead-variant"
    severity = "info"
    description = "A plural variant for a category the locale never uses (dead code)."

    def check(self, context: MessageContext) -> Iterator[Finding]:
        if context.ref_pattern is None:
            return
        language = context.info.language
        cldr = plural_categories(language)
        if cldr is None:
            return
        for skind, keys, pos in context.pattern["selects"]:
            names = {k for k in keys if isinstance(k, str)}
            if skind == "number" and names and names <= _PLURAL_KEYS and names != {"other"}:
                dead = sorted(names - cldr[1])
                if dead:
                    yield context.finding(self, f"{context.label}: variant(s) {', '.join(dead)} never selected in "
                                          f"{language} (CLDR has no such category)", pos, {"dead": dead})


def _script(ch: str) -> str | None:
    return scripts.script_of_char(ch) if ch.strip() else None


def _joining(ch: str) -> bool:
    """A letter/mark of a script where ZWJ/ZWNJ are meaningful, or an emoji/symbol."""
    if not ch.strip():
        return False
    cat = unicodedata.category(ch)
    if cat in ("So", "Sk") or "\ufe00" <= ch <= "\ufe0f":
        return True
    if cat[0] not in "LM":
        return False
    return scripts.script_of_char(ch) not in scripts.bicameral_scripts()


def _neighbours(body: str, m: re.Match) -> tuple[str, str]:
    return (body[m.start() - 1] if m.start() else " "), (body[m.end()] if m.end() < len(body) else " ")


@RULES.register
class InvisibleChar(CheckRule):
    id = "invisible-char"
    severity = "warning"
    description = "Bidi controls, zero-width and other invisible characters that do not belong."

    def check(self, context: MessageContext) -> Iterator[Finding]:
        body = context.pattern["text"]
        if body.isascii():
            return
        hits: list[tuple[int, str]] = [(m.start(), m.group()) for m in _INVISIBLE_ALWAYS.finditer(body)]
        if not scripts.is_rtl(context.file.locale.script):
            hits += [(m.start(), m.group()) for m in _MARKS_LTR.finditer(body)]
        for m in _JOINERS.finditer(body):
            a, b = _neighbours(body, m)
            if not (_joining(a) or _joining(b)):
                hits.append((m.start(), m.group()))
        spaceless = scripts.spaceless_scripts()
        for m in _ZWSP.finditer(body):
            a, b = _neighbours(body, m)
            if not (_script(a) in spaceless or _script(b) in spaceless):
                hits.append((m.start(), m.group()))
        if not hits:
            return
        hits.sort()
        names = sorted({f"U+{ord(ch):04X}" for _, ch in hits})
        yield context.finding(self, f"{context.label}: invisible character(s) {', '.join(names)}",
                              context.file.locate(context.where, hits[0][1]), {"chars": names})


@RULES.register
class Untranslated(CheckRule):
    id = "untranslated"
    severity = "warning"
    description = ("Identical to the reference, with enough words of human language (code, markup and names do "
                   "not count); a file left wholly untranslated is one finding.")

    def check(self, context: MessageContext) -> Iterator[Finding]:
        rpat = context.ref_pattern
        if rpat is None or context.entry["term"] or context.file.locale.opts.get("ref_language") == \
                context.info.language or code_attribute(context.attr):
            return
        a = context.pattern["dtext"].strip()
        if not a or a != rpat["dtext"].strip():
            return
        words = translatable_words(a.replace(PLACEHOLDER, "0"))  # a placeable is notation: "{ $n }px" -> "0px"
        script = context.file.locale.script
        min_words = 4 if script in (None, "Latn") else 2
        if len(words) >= min_words:
            yield context.finding(self, f"{context.label} is identical to the reference")


@RULES.register
class ScriptMismatch(CheckRule):
    id = "script-mismatch"
    severity = "warning"
    description = "Letters outside the pack's expected scripts."
    needs_pack = True

    def check(self, context: MessageContext) -> Iterator[Finding]:
        info = context.info
        body = context.pattern["text"]
        if not body or not info.unexpected_scripts(body):  # quick test first, then without markup
            return
        bad = info.unexpected_scripts(_TAGS.sub(" ", body))
        if bad:
            scr = ", ".join(f"{k} ({v})" for k, v in sorted(bad.items()))
            yield context.finding(self, f"{context.label}: letters in {scr}, expected {'/'.join(info.scripts)}",
                                  extra={"scripts": sorted(bad)})


@RULES.register
class FormalityMismatch(CheckRule):
    id = "formality-mismatch"
    severity = "info"
    description = "Markers of a register other than the catalog's (a judgement: info)."
    needs_pack = True

    def check(self, context: MessageContext) -> Iterator[Finding]:
        loc = context.file.locale
        reg = loc.register
        if reg not in MARKED:
            return
        hits = loc.register_hits.get(id(context.pattern))
        for hreg, start, end, word in context.info.register_hits(context.pattern["text"]) if hits is None else hits:
            if hreg != reg:
                yield context.finding(self, f"{context.label}: '{word}' is {hreg} but the catalog is {reg} "
                                      f"({loc.register_source})", context.file.locate(context.where, word),
                                      {"span": [start, end], "text": word, "register": hreg})
                return


def _width(text: str) -> int:
    return display_width(text.replace(PLACEHOLDER, ""))


@RULES.register
class LengthExceeded(CheckRule):
    id = "length-exceeded"
    severity = "warning"
    description = "Over a declared width budget (display cells): a MAX_LENGTH comment or the config's widths."

    def check(self, context: MessageContext) -> Iterator[Finding]:
        budget, source = self.budget(context)
        if budget:
            width = _width(context.pattern["dtext"])
            if width > budget:
                yield context.finding(self, f"{context.label}: {width} cells over the budget of {budget} ({source})",
                                      extra={"width": width, "budget": budget})

    @staticmethod
    def budget(context: MessageContext) -> tuple[int | None, str]:
        """(budget, where it comes from): a MAX_LENGTH comment or a config width; none is assumed."""
        e, r = context.entry, context.ref_entry
        for cmt in (e.get("comment"), r.get("comment") if r else None):
            if cmt and "ax" in cmt.lower():  # MAX_LENGTH / max-width
                m = _MAXLEN.search(cmt)
                if m:
                    return int(m.group(1)), "comment"
        widths = context.file.locale.opts.get("widths")
        if not widths:
            return None, ""
        info = context.info
        mid, name = e["id"], context.label
        for pattern, value in widths.items():
            if fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(mid, pattern):
                if isinstance(value, str):
                    return info.display.get(value), f"config {pattern}: pack {value} budget"
                return int(value), f"config {pattern}"
        return None, ""  # no budget is declared: no width is assumed


@RULES.register
class ForbiddenTerm(CheckRule):
    id = "forbidden-term"
    severity = "warning"
    description = "Terms the locale's policy bans, and brand names altered or translated."

    def check(self, context: MessageContext) -> Iterator[Finding]:
        body = context.pattern["text"]
        low = body.casefold()
        for term, reason, suggest in context.info.forbidden_terms:
            if term and term.casefold() in low and term_pattern(term).search(body):
                msg = f"{context.label}: forbidden term '{term}' ({reason})" + (f"; use '{suggest}'" if suggest else "")
                yield context.finding(self, msg, context.file.locate(context.where, term), {"term": term})
        rpat = context.ref_pattern
        if rpat is not None:
            for brand in context.file.locale.opts.get("brands") or ():
                if brand in rpat["text"] and brand not in body:
                    yield context.finding(self, f"{context.label}: brand name '{brand}' of the reference is altered "
                                          "or translated", extra={"brand": brand})


# --- screener rule -------------------------------------------------------------------------------
@RULES.register
class SensitiveTopic(CheckRule):
    id = "sensitive-topic"
    severity = "warning"
    description = "With --screen: text the locale's policy blocks, per the screener."
    scope = "screen"
    needs_pack = True

    def check(self, context: ScreenedMessage) -> Iterator[Finding]:
        if context.action == "block":
            topics = ", ".join(context.flagged) or "policy"
            yield Finding(self.id, self.severity, f"{context.label}: blocked by the {context.locale} policy ({topics})",
                          context.path, context.line, context.column, context.locale, context.label.split(".")[0],
                          {"topics": list(context.flagged)})


# --- running the rules over one file -------------------------------------------------------------
class FileChecker:
    """The registered rules of every scope, instantiated once per locale."""

    def __init__(self, has_pack: bool) -> None:
        def keep(rules: list[CheckRule]) -> list[CheckRule]:
            return [r for r in rules if has_pack or not r.needs_pack]

        self.file_rules = keep(rules_of("file"))
        self.entry_rules = keep(rules_of("entry"))
        self.message_rules = keep(rules_of("message"))

    def run(self, fctx: FileContext) -> list[Finding]:
        """Every finding for one locale file."""
        out: list[Finding] = []
        for rule in self.file_rules:
            out.extend(rule.check(fctx))
        if fctx.summary is None:
            return out
        compared = 0
        for e in fctx.first.values():
            r = fctx.ref_by_id.get(e["id"])
            compared += r is not None and not e["term"]
            ectx = EntryContext(fctx, e, r)
            for rule in self.entry_rules:
                out.extend(rule.check(ectx))
            for attr, pat in patterns(e):
                rpat = None if r is None else (r["value"] if attr is None else r["attrs"].get(attr))
                mctx = MessageContext(fctx, e, r, attr, pat, rpat)
                for rule in self.message_rules:
                    out.extend(rule.check(mctx))
        return _whole_file_untranslated(fctx, out, compared)


def _whole_file_untranslated(fctx: FileContext, out: list[Finding], compared: int) -> list[Finding]:
    """Many untranslated messages in one file: one file-level finding instead of one per message."""
    ids = {f.message_id for f in out if f.rule == Untranslated.id}
    if len(ids) < WHOLE_FILE_MIN or len(ids) < WHOLE_FILE_SHARE * compared:
        return out
    kept = [f for f in out if f.rule != Untranslated.id]
    kept.append(fctx.finding(Untranslated(), f"file left untranslated: {len(ids)} of {compared} messages are "
                             "identical to the reference", None, None, {"messages": len(ids), "compared": compared}))
    return kept
