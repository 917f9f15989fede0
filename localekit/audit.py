"""``localekit audit``: validate locale packs against the schema and against the world.

Each rule is a :class:`localekit.findings.Rule` registered in :data:`RULES`; per-pack rules see one
:class:`PackUnderAudit`, set rules (aliases, duplicate tags) see all of them.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import babel
import holidays as pyholidays
import langcodes
import pycountry
import regex

from localekit import calendar, markers, scripts
from localekit.derive import cldr_languages, holiday_name_languages
from localekit.derive import likely as likely_subtags
from localekit.errors import LocalekitError, PackError, UnknownLocaleError
from localekit.findings import Finding, Registry, Rule, Severity
from localekit.policy import taxonomy
from localekit.resources import locales_dir
from localekit.tags import normalize_tag
from localekit.yamlio import YamlDoc, parse_yaml, validate

RULES = Registry("audit")


@dataclass
class PackUnderAudit:
    """One pack folder being audited: its parsed document (if it parsed) and its findings."""

    folder: Path
    doc: YamlDoc | None = None
    findings: list[Finding] = field(default_factory=list)
    schema_ok: bool = False
    schema_problems: list[LocalekitError] = field(default_factory=list)
    label: str | None = None  # what findings name instead of pack.yaml: ``derived:<tag>``, an overlay file

    @property
    def path(self) -> Path:
        return Path(self.label) if self.label else self.folder / "pack.yaml"

    @property
    def data(self) -> dict:
        return self.doc.data if self.doc and isinstance(self.doc.data, dict) else {}

    @property
    def locale(self) -> str:
        tag = self.data.get("tag")
        return tag if isinstance(tag, str) else self.folder.name

    def line(self, *key: Any) -> int | None:
        return self.doc.line_of(key) if self.doc else None


Problem = tuple[str, tuple, "Severity | None"]


class AuditRule(Rule[PackUnderAudit]):
    """A rule over one pack; ``needs_schema`` rules run only on schema-valid packs.

    Subclasses implement :meth:`problems`, which locates each problem by a key path into
    ``pack.yaml`` (or ``("@file", path, line)`` for another file of the pack).
    """

    needs_schema: ClassVar[bool] = True

    def problems(self, pack: PackUnderAudit) -> Iterator[Problem]:
        """Yield ``(message, key_path, severity_or_None)``."""
        raise NotImplementedError

    def check(self, context: PackUnderAudit) -> Iterator[Finding]:
        for message, key, severity in self.problems(context):
            yield _finding(self, context, message, key, severity)


class SetRule(Rule[list[PackUnderAudit]]):
    """A rule over all audited packs together; findings point into the pack they concern."""

    def problems(self, packs: list[PackUnderAudit]) -> Iterator[tuple[PackUnderAudit, str, tuple]]:
        """Yield ``(pack, message, key_path)``."""
        raise NotImplementedError

    def check(self, context: list[PackUnderAudit]) -> Iterator[Finding]:
        for pack, message, key in self.problems(context):
            yield _finding(self, pack, message, key, None)


@RULES.register
class SchemaRule(AuditRule):
    id = "schema"
    severity = "error"
    description = "pack.yaml follows localekit/schema/pack.schema.json (keys, types, required fields)"
    needs_schema = False

    def check(self, context: PackUnderAudit) -> Iterator[Finding]:
        for exc in context.schema_problems:
            yield self.finding(exc.message + (f" ({exc.hint})" if exc.hint else ""), path=exc.path or str(context.path),
                               line=exc.line, column=exc.column, locale=context.locale)


@RULES.register
class TagRule(AuditRule):
    id = "tag"
    severity = "error"
    description = "tag is valid BCP-47, canonical, equal to the folder name, and agrees with language/region"

    def problems(self, pack):
        d = pack.data
        tag = d["tag"]
        try:
            norm = normalize_tag(tag)
        except UnknownLocaleError as exc:
            yield f"tag {tag!r} is not a valid BCP-47 tag ({exc.hint})", ("tag",), None
            return
        if norm != tag and not _legacy_language_ok(tag, norm):
            yield f"tag {tag!r} is not canonical; write {norm!r}", ("tag",), None
        if pack.folder.name != tag:
            yield f"tag {tag!r} differs from its folder name {pack.folder.name!r}; rename one", ("tag",), None
        lang = langcodes.Language.get(norm)
        if tag.split("-")[0].lower() != d["language"]:
            yield f"language {d['language']!r} does not match tag {tag!r} ({lang.language})", ("language",), None
        if (lang.territory or None) != d.get("region"):
            yield f"region {d.get('region')!r} does not match tag {tag!r} ({lang.territory})", ("region",), None
        if not pycountry.languages.get(alpha_2=d["language"]) and not pycountry.languages.get(
                alpha_3=d["language"]) and d["language"] not in cldr_languages():
            yield f"language {d['language']!r} is neither an ISO 639 code nor a CLDR language", ("language",), None
        if d.get("region") and not pycountry.countries.get(alpha_2=d["region"]) and not _cldr_territory(d["region"]):
            yield f"region {d['region']!r} is neither an ISO 3166-1 code nor a CLDR territory", ("region",), None


def _cldr_territory(code: str) -> bool:
    """CLDR territories beyond ISO 3166-1: UN M.49 areas (001, 419) and user-assigned codes (XK)."""
    return code in babel.Locale("en").territories


def _legacy_language_ok(tag: str, norm: str) -> bool:
    """CLDR replaces some valid ISO 639-1 codes (tl -> fil); MASSIVE and IANA keep them, so both pass."""
    lang, _, rest = tag.partition("-")
    nlang, _, nrest = norm.partition("-")
    return rest == nrest and lang != nlang and pycountry.languages.get(alpha_2=lang) is not None


@RULES.register
class ScriptRule(AuditRule):
    id = "script"
    severity = "error"
    description = "scripts are ISO 15924 codes; the first is CLDR's likely script for the tag; direction fits"

    def problems(self, pack):
        d = pack.data
        for i, code in enumerate(d["scripts"]):
            if not scripts.is_iso15924(code):
                yield f"script {code!r} is not an ISO 15924 code", ("scripts", i), None
        tag = langcodes.Language.get(d["tag"])
        likely = likely_subtags(tag.language or "und", tag.script, tag.territory)[0]
        if likely and d["scripts"][0] != likely:
            yield (f"primary script {d['scripts'][0]!r} is implausible for {d['tag']}: CLDR likely subtags say "
                   f"{likely!r}"), ("scripts", 0), None
        want = "rtl" if scripts.is_rtl(d["scripts"][0]) else "ltr"
        if d["direction"] != want:
            yield f"direction {d['direction']!r} but script {d['scripts'][0]} is {want}", ("direction",), None


@RULES.register
class NumberingRule(AuditRule):
    id = "numbering"
    severity = "warning"
    description = "numbering_system exists in CLDR and is the locale's default (or its native one)"

    def problems(self, pack):
        d = pack.data
        try:
            loc = babel.Locale.parse(d["tag"].replace("-", "_"))
        except (babel.UnknownLocaleError, ValueError):
            return
        systems = set(loc.number_symbols.keys()) if hasattr(loc.number_symbols, "keys") else set()
        native = loc._data.get("numbering_systems", {}).get("native") if hasattr(loc, "_data") else None
        allowed = {loc.default_numbering_system, native}
        if systems and d["numbering_system"] not in systems and d["numbering_system"] not in allowed:
            yield (f"numbering_system {d['numbering_system']!r} is unknown to CLDR for {d['tag']}",
                   ("numbering_system",), "error")
        elif d["numbering_system"] not in allowed:
            yield (f"numbering_system {d['numbering_system']!r} differs from CLDR's default "
                   f"{loc.default_numbering_system!r}"), ("numbering_system",), None


@RULES.register
class HolidaysRule(AuditRule):
    id = "holidays"
    severity = "error"
    description = "holiday country/subdivision/categories/language are supported by python-holidays and pycountry"

    def problems(self, pack):
        h = pack.data["holidays"]
        country = h.get("country")
        if country is None:
            return
        supported = pyholidays.list_supported_countries()
        if not pycountry.countries.get(alpha_2=country) and not _cldr_territory(country):
            yield (f"holiday country {country!r} is neither an ISO 3166-1 alpha-2 code nor a CLDR territory",
                   ("holidays", "country"), None)
            return
        if country not in supported:
            yield f"python-holidays has no calendar for {country!r}", ("holidays", "country"), None
            return
        sub = h.get("subdivision")
        if sub and sub not in supported[country]:
            yield (f"subdivision {sub!r} is not one of python-holidays' {country} subdivisions",
                   ("holidays", "subdivision"), None)
        if sub and not pycountry.subdivisions.get(code=f"{country}-{sub}") and sub.isupper():
            yield f"subdivision {country}-{sub} is not in ISO 3166-2", ("holidays", "subdivision"), "warning"
        cls = pyholidays.country_holidays(country)
        for i, cat in enumerate(h.get("categories", [])):
            if cat not in cls.supported_categories:
                yield (f"category {cat!r} not supported for {country} (has: {', '.join(cls.supported_categories)})",
                       ("holidays", "categories", i), None)
        lang = h.get("language")
        localized = pyholidays.list_localized_countries().get(country, [])
        if lang and lang not in localized:
            have = ", ".join(localized) or "none"
            yield f"python-holidays has no {lang!r} names for {country} (has: {have})", ("holidays", "language"), None
        own = holiday_name_languages(country, pack.data.get("language") or "", (pack.data.get("scripts") or [""])[0])
        if own and (lang is None or lang.split("_")[0] != pack.data.get("language")):
            yield (f"python-holidays has {own[0]!r} names for {country}, but holidays.language is {lang!r}; "
                   f"set it to {own[0]!r}"), ("holidays", "language"), "warning"
        region = pack.data.get("region")
        if region and region != country:
            yield f"holiday country {country} differs from region {region}", ("holidays", "country"), "warning"


@RULES.register
class HolidayIdsRule(AuditRule):
    id = "holiday-ids"
    severity = "error"
    description = ("greet/avoid ids exist in policies/holidays.yaml; observances known; none greeted and avoided; "
                   "no day of mourning greeted")

    def problems(self, pack):
        h = pack.data["holidays"]
        catalog = calendar.holiday_catalog()
        for key in ("greet", "avoid"):
            for i, hid in enumerate(h.get(key, [])):
                if hid not in catalog:
                    yield f"unknown holiday id {hid!r} in holidays.{key}", ("holidays", key, i), None
        for i, hid in enumerate(h.get("greet", [])):
            if hid in catalog and catalog[hid].solemn:
                yield (f"holiday {hid!r} is a day of mourning or remembrance and is never greeted; remove it from "
                       "holidays.greet"), ("holidays", "greet", i), None
        both = set(h.get("greet", [])) & set(h.get("avoid", []))
        for hid in sorted(both):
            yield f"holiday {hid!r} is both greeted and avoided", ("holidays", "avoid"), None
        for i, obs in enumerate(h.get("observances", [])):
            if obs["id"] not in calendar.OBSERVANCE_IDS:
                yield (f"unknown observance {obs['id']!r} (known: {', '.join(calendar.OBSERVANCE_IDS)})",
                       ("holidays", "observances", i, "id"), None)


def _calendar_years(h: dict) -> list[calendar.Holiday]:
    """The pack's python-holidays calendar for 2026-2027 (empty if it has none or it is unsupported)."""
    country = h.get("country")
    if not country or country not in pyholidays.list_supported_countries():
        return []
    out: list[calendar.Holiday] = []
    try:
        for year in CHECK_YEARS:
            out += calendar.country_holidays(country, h.get("subdivision"), year, h.get("language"),
                                             tuple(h.get("categories", ())))
    except (NotImplementedError, KeyError, ValueError):
        return []  # the holidays rule reports an unsupported calendar
    return out


CHECK_YEARS = (2026, 2027)


@RULES.register
class HolidayGreetRule(AuditRule):
    id = "holiday-greet"
    severity = "info"  # greeting a non-public holiday can be right (New Year in India); worth a look
    description = "every greeted holiday id python-holidays knows occurs (not only as a day off) in the pack's calendar"

    def problems(self, pack):
        h = pack.data["holidays"]
        hols = _calendar_years(h)
        if not hols:
            return
        catalog = calendar.holiday_catalog()
        seen = {hid for hol in hols for hid in hol.ids}
        substitute = {hid for hol in hols for hid in hol.observed}
        for i, hid in enumerate(h.get("greet", [])):
            if hid not in catalog or not catalog[hid].in_calendars or hid in seen:
                continue
            if hid in substitute:
                yield (f"greeted holiday {hid!r} occurs in python-holidays' {h['country']} calendar only as a "
                       "substitute/observed day off (2026-2027); greet the day itself or drop the id"), \
                    ("holidays", "greet", i), "warning"
            else:
                yield (f"greeted holiday {hid!r} never occurs in python-holidays' {h['country']} calendar "
                       "(2026-2027); check the id or its names in policies/holidays.yaml"), \
                    ("holidays", "greet", i), None


def _greeting_variants(folder: Path) -> tuple[Path, dict[str, int]] | None:
    """core.ftl's ``holiday-greeting`` variant keys selected on ``$holiday`` -> line (None: no such message)."""
    from fluent.syntax import FluentParser, ast

    path = folder / "core.ftl"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    for entry in FluentParser(with_spans=True).parse(text).body:
        if isinstance(entry, ast.Message) and entry.id.name == "holiday-greeting" and entry.value:
            keys: dict[str, int] = {}
            for el in entry.value.elements:
                expr = getattr(el, "expression", None)
                if isinstance(expr, ast.SelectExpression) and isinstance(expr.selector, ast.VariableReference) \
                        and expr.selector.id.name == "holiday":
                    for v in expr.variants:
                        name = v.key.name if isinstance(v.key, ast.Identifier) else str(v.key.value)
                        keys[name] = text.count("\n", 0, v.span.start) + 1
            return path, keys
    return path, {}


@RULES.register
class HolidayGreetingTextRule(AuditRule):
    id = "greeting-variants"
    severity = "error"
    description = ("core.ftl's holiday-greeting selects on the holiday id: a variant per greeted id, none for an "
                   "avoided or unknown id")

    def problems(self, pack):
        found = _greeting_variants(pack.folder)
        if found is None:
            return
        path, keys = found
        h = pack.data["holidays"]
        catalog = calendar.holiday_catalog()
        avoid = set(h.get("avoid", []))
        for key, line in keys.items():
            if key == "other":
                continue
            if key not in catalog:
                guess = difflib.get_close_matches(key, list(catalog), n=1)
                hint = f" (did you mean {guess[0]!r}?)" if guess else ""
                yield (f"core.ftl: holiday-greeting variant {key!r} is not a holiday id of policies/holidays.yaml"
                       f"{hint}"), ("@file", str(path), line), None
            elif key in avoid:
                yield (f"core.ftl: holiday-greeting has a greeting for {key!r}, which the pack avoids; remove "
                       "the variant"), ("@file", str(path), line), None
        for i, hid in enumerate(h.get("greet", [])):
            if hid not in keys:
                yield (f"greeted holiday {hid!r} has no variant in core.ftl's holiday-greeting; the generic "
                       "fallback would be said instead"), ("holidays", "greet", i), "warning"


_NEGATION = regex.compile(
    r"\b(?:no (?:shared |holiday |python-holidays )?ids?\b|has no (?:\w+ )?id\b|(?:is |are )?not matched|"
    r"do(?:es)? not match|no id yet|lacks?\b|not (?:in|listed by|known to) python-holidays|cannot fire)",
    regex.IGNORECASE,
)


def _comment_blocks(path: Path) -> list[tuple[int, str]]:
    """``(first line, text)`` of each comment: runs of full-line comments merge, a trailing comment stands alone."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    blocks: list[tuple[int, str]] = []
    run: list[str] = []
    start = 0
    for n, line in enumerate(lines, 1):
        stripped = line.lstrip()
        if stripped.startswith("#"):
            if not run:
                start = n
            run.append(stripped[1:].strip())
            continue
        if run:
            blocks.append((start, " ".join(run)))
            run = []
        m = regex.search(r"\s#\s(.*)$", line)
        if m and line.count('"', 0, m.start()) % 2 == 0 and line.count("'", 0, m.start()) % 2 == 0:
            blocks.append((n, m.group(1)))
    if run:
        blocks.append((start, " ".join(run)))
    return blocks


def _mentions(text: str, token: str) -> bool:
    token = token.strip()
    if len(token) < 4:
        return False
    return regex.search(rf"(?<!\w){regex.escape(token)}(?!\w)", text, regex.IGNORECASE) is not None


@RULES.register
class HolidayCommentRule(AuditRule):
    id = "holiday-comment"
    severity = "warning"
    description = ("a comment saying a holiday has no id or is not matched, while python-holidays' calendar "
                   "tags it with one")

    def problems(self, pack):
        h = pack.data["holidays"]
        hols = [x for x in _calendar_years(h) if x.ids]
        if not hols:
            return
        catalog = calendar.holiday_catalog()
        greet = set(h.get("greet", []))
        h = {**h, "_path": str(pack.path)}
        for line, block in _comment_blocks(pack.path):
            for text in regex.split(r"(?<=[.;])\s+", block):
                if _NEGATION.search(text):
                    yield from self._contradictions(text, line, hols, h, catalog, greet)

    @staticmethod
    def _contradictions(text: str, line: int, hols: list, h: dict, catalog: dict, greet: set) -> Iterator:
        """At most one finding for one negative sentence: the calendar holiday it names most specifically."""
        best: tuple[int, str, calendar.Holiday] | None = None
        for hol in hols:
            tokens = [calendar.base_name(p) for p in hol.english.split("; ")]
            tokens += [regex.sub(r"\s*\(.*?\)", "", p) for p in hol.name.split("; ")]
            tokens += [a for hid in hol.ids for a in catalog[hid].aliases]
            for t in tokens:
                if _mentions(text, t) and (best is None or len(t) > best[0]):
                    best = (len(t), t, hol)
        if best is None:
            return
        _, hit, hol = best
        missing = [hid for hid in hol.ids if hid not in greet]
        tail = f"; the pack does not greet {', '.join(missing)}" if missing else ""
        yield (f"comment says {hit!r} has no id or is not matched, but python-holidays' {h['country']} "
               f"calendar tags {hol.english!r} ({hol.date}) as {', '.join(hol.ids)}{tail}; fix the comment"), \
            ("@file", h["_path"], line), None


@RULES.register
class FormalityRule(AuditRule):
    id = "formality"
    severity = "error"
    description = ("a non-neutral default has markers; markers compile, fire on their own examples, not on the "
                   "other register's, and on none of the pack's neutral look-alike examples")

    def problems(self, pack):
        f = pack.data["formality"]
        regs = f.get("registers") or {}
        default = f["default"]
        if default != "neutral" and not (regs.get(default) or {}).get("markers"):
            yield (f"default register {default!r} has no markers; checkers cannot see it",
                   ("formality", "registers"), None)
        boundary = markers.default_boundary(pack.data.get("scripts") or ())
        compiled: list[tuple[markers.Marker, tuple]] = []
        for register, spec in regs.items():
            for i, m in enumerate(spec.get("markers", [])):
                key = ("formality", "registers", register, "markers", i)
                try:
                    marker = markers.compile_marker(m, register, boundary)
                except markers.MarkerError as exc:
                    yield f"marker {exc}", key, None
                    continue
                if marker.pattern.search(""):
                    yield "marker regex matches the empty string", key, None
                compiled.append((marker, key))
                if m.get("example") and not markers.find_markers([marker], m["example"]):
                    yield f"marker does not match its own example {m['example']!r}", key, "warning"
        for marker, key in compiled:
            for other, _ in compiled:
                if other.register != marker.register and other.example and \
                        markers.find_markers([marker], other.example):
                    yield (f"{marker.register} marker also matches the {other.register} example "
                           f"{other.example!r}", key, "warning")
        neutral = f.get("neutral_examples") or []
        if compiled and not neutral:
            yield ("no neutral_examples: list look-alike sentences without address that the markers must not "
                   "fire on", ("formality",), "warning")
        for j, text in enumerate(neutral):
            for marker, _key in compiled:
                if marker.register == "neutral":
                    continue
                for hit in markers.find_markers([marker], text):
                    yield (f"{marker.register} marker fires on the neutral example {text!r} at "
                           f"{hit.text!r}", ("formality", "neutral_examples", j), "warning")


_YEAR = regex.compile(r"(?<!\d)(?:1[6-9]\d\d|20\d\d)(?!\d)")


@RULES.register
class PolicyRule(AuditRule):
    id = "policy"
    severity = "error"
    description = ("policy overrides name topics of policies/topics.yaml and cite a law or source with a year; "
                   "forbidden terms are unique, and each allow_in word contains its term")

    def problems(self, pack):
        pol = pack.data.get("policy") or {}
        topics = taxonomy()
        for topic in (pol.get("overrides") or {}):
            if topic not in topics:
                guess = difflib.get_close_matches(topic, list(topics), n=1)
                hint = f"; did you mean {guess[0]!r}?" if guess else ""
                yield f"unknown topic {topic!r} in policy.overrides{hint}", ("policy", "overrides", topic), None
        for topic, spec in (pol.get("overrides") or {}).items():
            reason = (spec or {}).get("reason") or ""
            if not _YEAR.search(reason):
                yield (f"policy override {topic!r}: the reason cites no law or source with a year; name it "
                       "(e.g. 'Penal Code art. 292 (2023)')"), ("policy", "overrides", topic, "reason"), "warning"
        seen: set[str] = set()
        for i, term in enumerate(pol.get("forbidden_terms") or []):
            if term["term"] in seen:
                yield f"forbidden term {term['term']!r} listed twice", ("policy", "forbidden_terms", i), "warning"
            seen.add(term["term"])
            for j, word in enumerate(term.get("allow_in") or []):
                if term["term"].casefold() not in word.casefold():
                    where = ("policy", "forbidden_terms", i, "allow_in", j)
                    yield (f"forbidden term {term['term']!r}: allow_in word {word!r} does not contain the term; "
                           "list only longer words that contain it"), where, None


@RULES.register
class DisplayRule(AuditRule):
    id = "display"
    severity = "warning"
    description = "display budgets are ordered: button <= title <= body"

    def problems(self, pack):
        d = pack.data.get("display") or {}
        b, t, body = d.get("button"), d.get("title"), d.get("body")
        if b and t and b > t:
            yield f"button budget {b} exceeds title budget {t}", ("display", "button"), None
        if t and body and t > body:
            yield f"title budget {t} exceeds body budget {body}", ("display", "title"), None


@RULES.register
class FtlSyntaxRule(AuditRule):
    id = "ftl-syntax"
    severity = "error"
    description = "the pack's .ftl files parse without Junk (fluent.syntax)"
    needs_schema = False

    def problems(self, pack):
        from fluent.syntax import FluentParser, ast

        for ftl in sorted(pack.folder.glob("*.ftl")):
            try:
                text = ftl.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                yield f"{ftl.name}: cannot read as UTF-8: {exc}", ("@file", str(ftl), 1), None
                continue
            res = FluentParser(with_spans=True).parse(text)
            for entry in res.body:
                if isinstance(entry, ast.Junk):
                    ann = entry.annotations[0] if entry.annotations else None
                    offset = entry.span.start
                    line = text.count("\n", 0, offset) + 1
                    msg = ann.message if ann else "unparsable entry"
                    yield f"{ftl.name}: {msg}", ("@file", str(ftl), line), None


@RULES.register
class PathRule(AuditRule):
    id = "path"
    severity = "error"
    description = "pack files are regular files inside the pack folder (no symlinks escaping it)"
    needs_schema = False

    def problems(self, pack):
        if not pack.folder.is_dir():
            return
        base = pack.folder.resolve()
        for item in sorted(pack.folder.iterdir()):
            if item.is_symlink():
                target = item.resolve()
                if not target.is_relative_to(base):
                    message = f"{item.name} is a symlink pointing outside the pack ({target})"
                    yield message, ("@file", str(item), 1), None


@RULES.register
class TodoRule(AuditRule):
    id = "todo"
    severity = "warning"
    description = "no TODO markers left in pack.yaml (a scaffolded pack names what a human must decide)"
    needs_schema = False

    def problems(self, pack):
        if not pack.path.is_file():
            return
        try:
            text = pack.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return  # the schema rule reports unreadable files
        for n, line in enumerate(text.splitlines(), 1):
            if "TODO" in line:
                what = line.split("TODO", 1)[1].lstrip(":").strip()[:120]
                yield f"TODO left: {what}", ("@file", str(pack.path), n), None


@RULES.register
class AliasRule(SetRule):
    id = "aliases"
    severity = "error"
    description = "aliases are valid tags, unique across packs, and never another pack's tag"

    def problems(self, packs):
        tags = {p.data["tag"]: p for p in packs if p.schema_ok}
        owner: dict[str, PackUnderAudit] = {}
        for p in packs:
            if not p.schema_ok:
                continue
            for i, alias in enumerate(p.data.get("aliases", [])):
                try:
                    norm = normalize_tag(alias)
                except UnknownLocaleError:
                    yield p, f"alias {alias!r} is not a valid BCP-47 tag", ("aliases", i)
                    continue
                if norm in tags and tags[norm] is not p:
                    yield p, f"alias {alias!r} is the tag of another pack ({tags[norm].folder.name})", ("aliases", i)
                elif norm in owner and owner[norm] is not p:
                    yield p, f"alias {alias!r} is also claimed by {owner[norm].folder.name}", ("aliases", i)
                owner.setdefault(norm, p)


@RULES.register
class DuplicateTagRule(SetRule):
    id = "duplicate-tag"
    severity = "error"
    description = "no two packs claim the same tag"

    def problems(self, packs):
        seen: dict[str, PackUnderAudit] = {}
        for p in packs:
            if not p.schema_ok:
                continue
            tag = p.data["tag"]
            if tag in seen:
                yield p, f"tag {tag!r} is also claimed by {seen[tag].folder}", ("tag",)
            else:
                seen[tag] = p


def _finding(rule: Rule, pack: PackUnderAudit, message: str, key: tuple, severity: str | None) -> Finding:
    if key and key[0] == "@file":
        path, line = key[1], key[2]
    else:
        path, line = str(pack.path), pack.line(*key)
    return Finding(rule=rule.id, severity=severity or rule.severity, message=message, path=path, line=line,
                   locale=pack.locale)


def audit_pack(folder: Path) -> PackUnderAudit:
    """Parse, validate and run every per-pack rule on one pack folder."""
    pack = PackUnderAudit(folder=folder)
    try:
        if (folder / "pack.yaml").is_symlink() and not (folder / "pack.yaml").resolve().is_relative_to(
            folder.resolve()
        ):
            raise PackError("pack.yaml is a symlink pointing outside the pack", str(folder / "pack.yaml"), 1,
                            hint="copy the file into the pack folder")
        pack.doc = parse_yaml(folder / "pack.yaml")
    except LocalekitError as exc:
        pack.schema_problems = [exc]
        pack.findings.extend(SchemaRule().check(pack))
        return pack
    return _run_rules(pack)


def _run_rules(pack: PackUnderAudit) -> PackUnderAudit:
    """Validate ``pack.doc`` against the schema, then run every per-pack rule (the schema rule reports it)."""
    assert pack.doc is not None
    pack.schema_problems = list(validate(pack.doc, "pack.schema.json"))
    pack.schema_ok = not pack.schema_problems
    for rule in RULES:
        if not issubclass(rule, AuditRule):
            continue
        if rule.needs_schema and not pack.schema_ok:
            continue
        pack.findings.extend(rule().check(pack))
    return pack


def audit_root() -> list[Finding]:
    """Validate ``locales/root.yaml`` (the base every pack inherits)."""
    path = locales_dir() / "root.yaml"
    try:
        doc = parse_yaml(path)
    except LocalekitError as exc:
        return [Finding("schema", "error", exc.message, exc.path, exc.line, exc.column, locale="root")]
    return [Finding("schema", "error", e.message + (f" ({e.hint})" if e.hint else ""), e.path, e.line,
                    locale="root") for e in validate(doc, "root.schema.json")]


def discover(paths: Iterable[Path]) -> list[Path]:
    """Pack folders named by ``paths``: a pack folder itself, or a folder of pack folders."""
    folders: list[Path] = []
    for path in paths:
        if not path.exists():
            raise LocalekitError("no such file or directory", str(path), hint="name a pack folder or a locales folder")
        if path.is_file() and path.name == "pack.yaml":
            path = path.parent
        if not path.is_dir():
            raise LocalekitError("not a pack folder", str(path), hint="name a folder containing pack.yaml")
        if (path / "pack.yaml").exists() or (path / "pack.yaml").is_symlink():
            folders.append(path)
            continue
        children = sorted(p for p in path.iterdir() if p.is_dir() and ((p / "pack.yaml").exists()))
        if not children:
            raise LocalekitError("contains no pack.yaml", str(path), hint="name a pack folder or a locales folder")
        folders.extend(children)
    return folders


@dataclass
class AuditReport:
    packs: list[PackUnderAudit]
    extra: list[Finding]

    @property
    def findings(self) -> list[Finding]:
        return [f for p in self.packs for f in p.findings] + self.extra

    def summary(self) -> dict[str, int]:
        fs = self.findings
        return {
            "packs": len(self.packs),
            "errors": sum(f.severity == "error" for f in fs),
            "warnings": sum(f.severity == "warning" for f in fs),
        }

    def as_dict(self) -> dict:
        packs = [
            {
                "locale": p.locale,
                "path": p.label or str(p.folder),
                "findings": [
                    {k: f.as_dict()[k] for k in ("rule", "severity", "path", "line", "message")} for f in p.findings
                ],
            }
            for p in self.packs
        ]
        if self.extra:
            packs.append({"locale": "root", "path": str(locales_dir() / "root.yaml"),
                          "findings": [{k: f.as_dict()[k] for k in ("rule", "severity", "path", "line", "message")}
                                       for f in self.extra]})
        return {"packs": packs, "summary": self.summary()}


def audit_derived(tag: str) -> PackUnderAudit:
    """Run every per-pack rule on the derived pack of ``tag`` (as :func:`localekit.load` builds it)."""
    from localekit import packs as packs_mod

    label = f"derived:{tag}"
    try:
        data = packs_mod.derived_pack(tag).raw
    except LocalekitError as exc:
        return PackUnderAudit(folder=Path(tag), label=label, findings=[
            Finding("schema", "error", str(exc), label, None, locale=tag)])
    return _run_rules(PackUnderAudit(folder=Path("derived") / tag, doc=YamlDoc(label, data, {}), label=label))


def audit_overlay(tag: str) -> PackUnderAudit:
    """Run every per-pack rule on ``tag``'s pack with its overlays merged (findings name the overlay)."""
    from localekit import packs as packs_mod

    layers = packs_mod.overlays()[tag]
    last = layers[-1]
    folder = Path(last.path).parent if last.path != "<api>" else Path("overlay") / tag
    try:
        if tag in packs_mod.curated_data() or tag in packs_mod.available():
            base = packs_mod._merge(packs_mod._root_doc().data, _bundled_data(tag))
        else:
            from localekit.derive import derive

            base = derive(tag, packs_mod.curated_data(), packs_mod._root_doc().data)[0]
    except LocalekitError as exc:
        return PackUnderAudit(folder=folder, label=last.path, findings=[
            Finding("schema", "error", str(exc), exc.path or last.path, exc.line, locale=tag)])
    data = base
    for over in layers:
        data = packs_mod._merge(data, over.data)
    data = {**data, "tag": data.get("tag", tag)}
    return _run_rules(PackUnderAudit(folder=folder, doc=YamlDoc(last.path, data, last.doc.lines), label=last.path))


def _bundled_data(tag: str) -> dict:
    from localekit import packs as packs_mod

    if tag not in packs_mod.available():
        return {}
    merged: dict = {}
    for _, data in reversed(packs_mod._chain_docs(tag)):
        merged = packs_mod._merge(merged, data)
    return merged


def run_audit(paths: Iterable[Path] | None = None, *, all_locales: bool = False) -> AuditReport:
    """Audit the named pack folders (default: every bundled pack, the root defaults and the overlays).

    ``all_locales`` adds the derived pack of every locale CLDR knows (:func:`localekit.derive.known_tags`).
    """
    from localekit import packs as packs_mod

    paths = list(paths or [])
    folders = discover(paths or [locales_dir()])
    packs = [audit_pack(f) for f in folders]
    if not paths:
        packs += [audit_overlay(tag) for tag in packs_mod.overlays()]
    if all_locales:
        from localekit.derive import known_tags

        for tag in known_tags():
            try:
                pack = packs_mod.load(tag)
            except LocalekitError as exc:
                packs.append(PackUnderAudit(folder=Path(tag), label=f"derived:{tag}", findings=[
                    Finding("schema", "error", str(exc), f"derived:{tag}", None, locale=tag)]))
                continue
            if pack.status == "derived" and not packs_mod.overlays().get(pack.tag):
                packs.append(audit_derived(pack.tag))
    by_path = {str(p.path): p for p in packs}
    for rule in RULES:
        if issubclass(rule, SetRule):
            for finding in rule().check(packs):
                by_path[finding.path or ""].findings.append(finding)
    for p in packs:
        p.findings.sort(key=lambda f: (f.path or "", f.line or 0))
    extra = audit_root() if not paths or any(os.path.samefile(p, locales_dir()) for p in paths if p.is_dir()) else []
    return AuditReport(packs=packs, extra=extra)
