"""The ``check`` rules: one small class per stable id (registry), and the functions that apply them.

Findings are produced as compact tuples ``(rule, message, offset|None, message_id, extra)`` per file
and turned into :class:`localekit.findings.Finding` by the engine (severity from the registry or
the config).
"""

from __future__ import annotations

import fnmatch
import re
from collections import Counter
from typing import Any

from localekit.check.heuristics import (
    code_attribute,
    mozilla_plural_categories,
    optional_variables,
    term_pattern,
    translatable_words,
)
from localekit.check.locale_info import LocaleInfo, likely_script, plural_categories
from localekit.check.parse import PLACEHOLDER
from localekit.findings import Registry, Rule

RULES = Registry()


def _rule(rid: str, severity: str, description: str, pack: bool = False) -> type[Rule]:
    cls = type(rid.title().replace("-", ""), (Rule,), {"id": rid, "severity": severity,
                                                       "description": description, "needs_pack": pack})
    RULES.register(cls)
    return cls


_rule("syntax-error", "error", "Fluent syntax error (junk); the rest of the file is still checked.")
_rule("unreadable-file", "error", "A file that cannot be read or is not valid UTF-8.")
_rule("missing-file", "warning", "A reference file the locale lacks (extra.missing_messages counts its messages).")
_rule("obsolete-file", "warning", "A locale file with no reference counterpart.")
_rule("missing-message", "warning", "A reference message or term the locale file lacks.")
_rule("obsolete-message", "warning", "A message or term the reference no longer has.")
_rule("missing-attribute", "error", "A reference attribute (or the value) the translation lacks.")
_rule("obsolete-attribute", "error", "An attribute (or a value) the reference does not have.")
_rule("duplicate-id", "error", "The same message, term or attribute id defined twice in one file.")
_rule("variable-mismatch", "error",
      "A displayed $variable of the reference used in no branch of the translation, or one the reference never "
      "provides (selector-only variables and those the reference comment marks optional may be dropped).")
_rule("reference-mismatch", "error",
      "A message/term reference the locale does not define, including term attributes used as selectors; "
      "a broken reference in the reference itself is reported once, against the reference.")
_rule("reference-dropped", "warning",
      "A message/term reference of the reference message the translation drops, or one it adds "
      "(compare-locales' 'Missing/Obsolete term reference').")
_rule("plural-categories", "warning",
      "A plural selector lacking a category Mozilla's l10n gate (compare-locales) asks of the locale "
      "(CLDR for locales it does not know).")
_rule("plural-dead-variant", "info", "A plural variant for a category the locale never uses (dead code).")
_rule("untranslated", "warning",
      "Identical to the reference, with enough words of human language (code, markup and names do not count); "
      "a file left wholly untranslated is one finding.")
_rule("script-mismatch", "warning", "Letters outside the pack's expected scripts.", pack=True)
_rule("formality-mismatch", "info", "Markers of a register other than the catalog's (a judgement: info).",
      pack=True)
_rule("length-exceeded", "warning",
      "Over a declared width budget (display cells): a MAX_LENGTH comment or the config's widths.")
_rule("invisible-char", "warning", "Bidi controls, zero-width and other invisible characters that do not belong.")
_rule("forbidden-term", "warning", "Terms the locale's policy bans, and brand names altered or translated.")
_rule("sensitive-topic", "warning", "With --screen: text the locale's policy blocks, per the screener.", pack=True)

PACK_RULES = frozenset(r.id for r in RULES if getattr(r, "needs_pack", False))

_LETTERS = re.compile(r"[^\W\d_]+")
_MAXLEN = re.compile(r"(?:MAX_LENGTH|max-width)\s*[:=]\s*(\d+)", re.I)
_TAGS = re.compile(r"<[^<>]*>")
# Always out of place in UI text: bidi embeddings/overrides/isolates, zero-width space, word joiner,
# invisible operators, BOM, Mongolian vowel separator, tag characters.
_INVISIBLE_ALWAYS = re.compile("[\u202a-\u202e\u2066-\u2069\u2060-\u2064\ufeff\u180e\U000e0000-\U000e007f]")
_MARKS_LTR = re.compile("[\u200e\u200f\u061c]")  # LRM/RLM/ALM: fine in RTL locales
_JOINERS = re.compile("[\u200c\u200d]")  # ZWNJ/ZWJ: fine between letters of joining scripts, in emoji
_ZWSP = re.compile("\u200b")  # word separator in scripts written without spaces
_ANY_INVISIBLE = re.compile("|".join(p.pattern for p in (_INVISIBLE_ALWAYS, _MARKS_LTR, _JOINERS, _ZWSP)))
_NO_SPACE = frozenset({"Thai", "Laoo", "Khmr", "Mymr", "Tibt", "Bali", "Java", "Hani", "Hira", "Kana"})
_RTL = frozenset({"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"})
_BREAKERS = frozenset({"Latn", "Cyrl", "Grek"})
_PLURAL_KEYS = frozenset({"zero", "one", "two", "few", "many", "other"})
# A file counts as left untranslated (one finding) when at least this many of its messages, and this
# share of those compared, are identical to the reference.
WHOLE_FILE_MIN = 10
WHOLE_FILE_SHARE = 0.5

Raw = tuple[str, str, int | None, str | None, dict | None]


def patterns(entry: dict) -> list[tuple[str | None, dict]]:
    out: list[tuple[str | None, dict]] = []
    if entry["value"] is not None:
        out.append((None, entry["value"]))
    out.extend(entry["attrs"].items())
    return out


def _label(mid: str, attr: str | None) -> str:
    return f"{mid}.{attr}" if attr else mid


def _pos(e: dict, attr: str | None) -> int:
    """Offset of an entry's value (the entry) or of one of its attributes (the ``.name`` line)."""
    return e["attr_pos"].get(attr, e["start"]) if attr else e["start"]


# --- locale-wide context -------------------------------------------------------------------------
def locale_context(summaries: dict[str, dict], info: LocaleInfo, register: str | None) -> dict[str, Any]:
    """Definitions across all the locale's files and the catalog's register."""
    defs: dict[str, set[str]] = {}
    for summ in summaries.values():
        for e in summ["entries"]:
            defs.setdefault(e["id"], set()).update(e["attrs"])
    reg_source = "config" if register else None
    counts: Counter[str] = Counter()
    hits_by_pat: dict[int, list] = {}  # id(pattern) -> register hits, reused by formality-mismatch
    if info.registers:
        for summ in summaries.values():
            for e in summ["entries"]:
                for _, pat in patterns(e):
                    hits = hits_by_pat[id(pat)] = info.register_hits(pat["text"])
                    if hits:
                        regs = Counter(h[0] for h in hits)
                        counts[regs.most_common(1)[0][0]] += 1
        if not register:
            (top, n1), *rest = [*counts.most_common(2), ("", 0)]
            n2 = rest[0][1] if rest else 0
            if n1 >= 5 and n1 >= 3 * n2:
                register, reg_source = top, f"catalog majority ({n1} vs {n2} messages)"
            else:
                register, reg_source = info.default_register, "pack default"
    return {"defs": defs, "register": register, "register_source": reg_source, "register_counts": dict(counts),
            "register_hits": hits_by_pat}


# --- per file ------------------------------------------------------------------------------------
def check_file(ref: dict | None, l10n: dict, info: LocaleInfo, ctx: dict, opts: dict, text: str) -> list[Raw]:
    """Findings for one locale file against its reference summary (``ref`` None: obsolete file)."""
    out: list[Raw] = []
    for pos, code, msg in l10n["errors"]:
        out.append(("syntax-error", f"{msg} [{code}]", pos, None, None))
    seen: dict[str, int] = {}
    for e in l10n["entries"]:
        if e["id"] in seen:
            out.append(("duplicate-id", f"{e['id']} is already defined in this file", e["start"], e["id"], None))
        seen.setdefault(e["id"], e["start"])
        for name, pos in e.get("dup_attrs", []):
            out.append(("duplicate-id", f"attribute {e['id']}.{name} is defined twice", pos, e["id"], None))
    l10n_by_id = {}
    for e in l10n["entries"]:
        l10n_by_id.setdefault(e["id"], e)
    ref_by_id: dict[str, dict] = {}
    if ref is not None:
        for e in ref["entries"]:
            ref_by_id.setdefault(e["id"], e)
            if e["id"] not in l10n_by_id:
                kind = "term" if e["term"] else "message"
                out.append(("missing-message", f"{kind} {e['id']} is missing", None, e["id"], None))
        for e in l10n["entries"]:
            if e["id"] not in ref_by_id and seen.get(e["id"]) == e["start"]:
                kind = "term" if e["term"] else "message"
                out.append(("obsolete-message", f"{kind} {e['id']} is not in the reference", e["start"], e["id"], None))
    brands = opts.get("brands") or ()
    compared = 0
    for e in l10n["entries"]:
        if seen.get(e["id"]) != e["start"]:
            continue
        r = ref_by_id.get(e["id"])
        if r is not None:
            out.extend(_structure(r, e))
            compared += not e["term"]
        out.extend(_content(r, e, info, ctx, opts, text, brands))
    return _whole_file_untranslated(out, compared)


def _whole_file_untranslated(out: list[Raw], compared: int) -> list[Raw]:
    """Many untranslated messages in one file: one file-level finding instead of one per message."""
    ids = {f[3] for f in out if f[0] == "untranslated"}
    if len(ids) < WHOLE_FILE_MIN or len(ids) < WHOLE_FILE_SHARE * compared:
        return out
    kept = [f for f in out if f[0] != "untranslated"]
    kept.append(("untranslated", f"file left untranslated: {len(ids)} of {compared} messages are identical to "
                 "the reference", None, None, {"messages": len(ids), "compared": compared}))
    return kept


def _structure(r: dict, e: dict) -> list[Raw]:
    out: list[Raw] = []
    mid = e["id"]
    if e["term"]:  # term attributes are locale grammar (gender, case), not reference structure
        return out
    if r["value"] is not None and e["value"] is None:
        out.append(("missing-attribute", f"{mid} has no value but the reference has one", e["start"], mid, None))
    if r["value"] is None and e["value"] is not None:
        out.append(("obsolete-attribute", f"{mid} has a value but the reference has none", e["start"], mid, None))
    for name in r["attrs"]:
        if name not in e["attrs"]:
            out.append(("missing-attribute", f"attribute {mid}.{name} is missing", e["start"], mid, None))
    for name in e["attrs"]:
        if name not in r["attrs"]:
            out.append(("obsolete-attribute", f"attribute {mid}.{name} is not in the reference",
                        e["attr_pos"][name], mid, None))
    ref_all_vars = {v for _, p in patterns(r) for v in p["vars"]}
    for attr, pat in patterns(e):
        rpat = r["value"] if attr is None else r["attrs"].get(attr)
        if rpat is None:
            continue
        label = _label(mid, attr)
        where = _pos(e, attr)
        optional = optional_variables(rpat, r.get("comment")) if rpat["vars"] else set()
        for v in rpat["vars"]:
            if v not in pat["vars"] and v not in optional:
                out.append(("variable-mismatch", f"${v} of the reference is used in no variant of {label}",
                            where, mid, {"variable": v}))
        for v in pat["vars"]:
            if v not in ref_all_vars:
                out.append(("variable-mismatch", f"${v} in {label} is never provided by the reference",
                            where, mid, {"variable": v}))
        # compare-locales' reference visitor: variant refs only, term refs without attributes
        rrefs = _cl_refs(rpat)
        lrefs = _cl_refs(pat)
        for name in rrefs:
            if name not in lrefs:
                kind = "term" if name.startswith("-") else "message"
                out.append(("reference-dropped", f"Missing {kind} reference: {name}", where, mid, {"ref": name}))
        for name, pos in lrefs.items():
            if name not in rrefs:
                kind = "term" if name.startswith("-") else "message"
                out.append(("reference-dropped", f"Obsolete {kind} reference: {name}", pos, mid, {"ref": name}))
    return out


def _cl_refs(pat: dict) -> dict[str, int]:
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


def _content(r: dict | None, e: dict, info: LocaleInfo, ctx: dict, opts: dict, text: str,
             brands: tuple[str, ...]) -> list[Raw]:
    out: list[Raw] = []
    mid = e["id"]
    defs = ctx["defs"]
    ref_broken = ctx.get("ref_broken") or frozenset()
    plural = plural_categories(info.language)
    gate = mozilla_plural_categories(info.folder)
    for attr, pat in patterns(e):
        label = _label(mid, attr)
        where = _pos(e, attr)
        rpat = None if r is None else (r["value"] if attr is None else r["attrs"].get(attr))
        # reference-mismatch
        for kind, name, rattr, in_sel, pos in pat["refs"]:
            key = ("-" + name) if kind == "term" else name
            if (mid, key if key not in defs else f"{key}.{rattr}") in ref_broken:
                continue  # the reference has the same broken reference: reported once, against it
            if key not in defs:
                what = "term" if kind == "term" else "message"
                out.append(("reference-mismatch", f"{label} references {what} {key}, which {info.folder} never defines",
                            pos, mid, {"ref": key}))
            elif rattr and rattr not in defs[key]:
                how = "selects on" if in_sel else "references"
                out.append(("reference-mismatch",
                            f"{label} {how} {key}.{rattr}, an attribute the {info.folder} {key} does not define",
                            pos, mid, {"ref": f"{key}.{rattr}"}))
        # plural-categories (as Mozilla's gate: messages the reference has), plural-dead-variant
        if rpat is not None and (gate is not None or plural is not None):
            out.extend(_plurals(pat, label, mid, info, gate, plural))
        body = pat["text"]
        # invisible-char
        out.extend(_invisible(body, label, mid, where, text, info))
        # untranslated
        if rpat is not None and not e["term"] and opts.get("ref_language") != info.language \
                and not code_attribute(attr):
            out.extend(_untranslated(rpat, pat, label, mid, where, info))
        # script-mismatch
        if info.has_pack and body and info.unexpected_scripts(body):  # quick test first, then without markup
            bad = info.unexpected_scripts(_TAGS.sub(" ", body))
            if bad:
                scr = ", ".join(f"{k} ({v})" for k, v in sorted(bad.items()))
                out.append(("script-mismatch", f"{label}: letters in {scr}, expected {'/'.join(info.scripts)}",
                            where, mid, {"scripts": sorted(bad)}))
        # formality-mismatch
        reg = ctx.get("register")
        if info.has_pack and reg in ("formal", "informal"):
            hits = ctx.get("register_hits", {}).get(id(pat))
            for hreg, start, _end, word in info.register_hits(body) if hits is None else hits:
                if hreg != reg:
                    pos = _locate(text, where, word)
                    out.append(("formality-mismatch", f"{label}: '{word}' is {hreg} but the catalog is {reg} "
                                f"({ctx.get('register_source')})", pos, mid,
                                {"span": [start, _end], "text": word, "register": hreg}))
                    break
        # length-exceeded
        budget, source = _budget(mid, attr, e, r, info, opts)
        if budget:
            width = _width(pat["dtext"].replace(PLACEHOLDER, ""))
            if width > budget:
                out.append(("length-exceeded", f"{label}: {width} cells over the budget of {budget} ({source})",
                            where, mid, {"width": width, "budget": budget}))
        # forbidden-term
        low = body.casefold()
        for term, reason, suggest in info.forbidden_terms:
            if term and term.casefold() in low and term_pattern(term).search(body):
                msg = f"{label}: forbidden term '{term}' ({reason})" + (f"; use '{suggest}'" if suggest else "")
                out.append(("forbidden-term", msg, _locate(text, where, term), mid, {"term": term}))
        if rpat is not None and brands:
            for brand in brands:
                if brand in rpat["text"] and brand not in body:
                    out.append(("forbidden-term", f"{label}: brand name '{brand}' of the reference is altered "
                                "or translated", where, mid, {"brand": brand}))
    return out


def _locate(text: str, start: int, word: str) -> int:
    """Offset of ``word`` at or after ``start`` (the value's or the attribute's position), else ``start``."""
    i = text.find(word, start)
    return i if i != -1 else start


def _plurals(pat: dict, label: str, mid: str, info: LocaleInfo, gate: frozenset[str] | None,
             cldr: tuple[frozenset[str], frozenset[str]] | None) -> list[Raw]:
    """compare-locales' plural check (a select naming any category the locale uses must name all of
    them; ``other`` alone is fine), and variants for categories CLDR says the locale never uses."""
    out: list[Raw] = []
    for skind, keys, pos in pat["selects"]:
        names = {k for k in keys if isinstance(k, str)}
        if gate is not None:
            needed = gate
            asked = gate - {"other"}
        else:
            if skind != "number" or cldr is None or not names <= _PLURAL_KEYS:
                continue
            needed = cldr[0]
            asked = needed - {"other"}
        if names & asked:
            missing = sorted(needed - names)
            if missing:
                out.append(("plural-categories", f"{label}: plural selector lacks {', '.join(missing)} "
                            f"(asked of {info.folder})", pos, mid, {"missing": missing}))
        if skind == "number" and cldr is not None and names and names <= _PLURAL_KEYS and names != {"other"}:
            dead = sorted(names - cldr[1])
            if dead:
                out.append(("plural-dead-variant", f"{label}: variant(s) {', '.join(dead)} never selected in "
                            f"{info.language} (CLDR has no such category)", pos, mid, {"dead": dead}))
    return out


def _invisible(body: str, label: str, mid: str, where: int, text: str, info: LocaleInfo) -> list[Raw]:
    if _ANY_INVISIBLE.search(body) is None:
        return []
    hits: list[tuple[int, str]] = [(m.start(), m.group()) for m in _INVISIBLE_ALWAYS.finditer(body)]
    script = info.scripts[0] if info.scripts else likely_script(info.folder)
    if script not in _RTL:
        hits += [(m.start(), m.group()) for m in _MARKS_LTR.finditer(body)]
    for m in _JOINERS.finditer(body):
        a = body[m.start() - 1] if m.start() else " "
        b = body[m.end()] if m.end() < len(body) else " "
        if not (_joining(a) or _joining(b)):
            hits.append((m.start(), m.group()))
    for m in _ZWSP.finditer(body):
        a = body[m.start() - 1] if m.start() else " "
        b = body[m.end()] if m.end() < len(body) else " "
        if not (_script(a) in _NO_SPACE or _script(b) in _NO_SPACE):
            hits.append((m.start(), m.group()))
    if not hits:
        return []
    hits.sort()
    names = sorted({f"U+{ord(ch):04X}" for _, ch in hits})
    return [("invisible-char", f"{label}: invisible character(s) {', '.join(names)}", _locate(text, where, hits[0][1]),
             mid, {"chars": names})]


def _script(ch: str) -> str | None:
    from localekit.scripts import script_of_char

    return script_of_char(ch) if ch.strip() else None


def _joining(ch: str) -> bool:
    """A letter/mark of a script where ZWJ/ZWNJ are meaningful, or an emoji/symbol."""
    import unicodedata

    if not ch.strip():
        return False
    cat = unicodedata.category(ch)
    if cat in ("So", "Sk") or "\ufe00" <= ch <= "\ufe0f":
        return True
    if cat[0] not in "LM":
        return False
    from localekit.scripts import script_of_char

    return script_of_char(ch) not in _BREAKERS


def _untranslated(rpat: dict, pat: dict, label: str, mid: str, where: int, info: LocaleInfo) -> list[Raw]:
    a = pat["dtext"].strip()
    if not a or a != rpat["dtext"].strip():
        return []
    words = translatable_words(a.replace(PLACEHOLDER, "0"))  # a placeable is notation: "{ $n }px" -> "0px"
    script = info.scripts[0] if info.scripts else likely_script(info.folder)
    min_words = 4 if script in (None, "Latn") else 2
    if len(words) < min_words:
        return []
    return [("untranslated", f"{label} is identical to the reference", where, mid, None)]


def _budget(mid: str, attr: str | None, e: dict, r: dict | None, info: LocaleInfo, opts: dict
            ) -> tuple[int | None, str]:
    for cmt in (e.get("comment"), r.get("comment") if r else None):
        if cmt and "ax" in cmt.lower():  # MAX_LENGTH / max-width
            m = _MAXLEN.search(cmt)
            if m:
                return int(m.group(1)), "comment"
    widths = opts.get("widths")
    if not widths:
        return None, ""
    label = _label(mid, attr)
    for pattern, value in widths.items():
        if fnmatch.fnmatchcase(label, pattern) or fnmatch.fnmatchcase(mid, pattern):
            if isinstance(value, str):
                return info.display.get(value), f"config {pattern}: pack {value} budget"
            return int(value), f"config {pattern}"
    return None, ""  # no budget is declared: no width is assumed


def _width(text: str) -> int:
    try:
        from localekit.textwidth import display_width
    except ImportError:  # renderer not there yet: count code points
        return len(text)
    return display_width(text)
