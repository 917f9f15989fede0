"""Locale packs: discovery, fallback chains, merging and the :class:`Pack` object.

``load("de-AT")`` finds the best pack by exact tag, alias, then CLDR matching (langcodes), merges
its fields over ``locales/root.yaml`` and caches the result; a tag served by another pack says so
in ``Pack.match_note``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import holidays as pyholidays
import regex

from localekit import calendar, scripts
from localekit.errors import PackError, UnknownLocaleError
from localekit.policy import EffectivePolicy, effective_policy
from localekit.resources import locales_dir
from localekit.tags import closest, normalize_tag
from localekit.yamlio import YamlDoc, parse_yaml, validate

REGISTERS = ("formal", "informal")
ROOT = "root"


@dataclass(frozen=True, slots=True)
class Marker:
    """One linguistic marker of a register (a compiled `regex` pattern)."""

    register: str
    kind: str
    pattern: regex.Pattern
    example: str | None = None


@dataclass(frozen=True, slots=True)
class MarkerHit:
    register: str
    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Formality:
    default: str
    rationale: str
    _markers: dict[str, tuple[Marker, ...]]

    def markers(self, register: str) -> tuple[Marker, ...]:
        return self._markers.get(register, ())

    @property
    def registers(self) -> tuple[str, ...]:
        return tuple(r for r in REGISTERS if self._markers.get(r))


@dataclass(frozen=True, slots=True)
class Display:
    title: int
    body: int
    button: int


@dataclass(frozen=True, slots=True)
class NumberNote:
    number: int
    reason: str


@dataclass(frozen=True)
class Culture:
    unlucky_numbers: tuple[NumberNote, ...]
    lucky_numbers: tuple[NumberNote, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ObservanceRule:
    id: str
    note: str | None
    effects: tuple[dict, ...]
    days: int | None = None  # documented length, where the observance has one (Abiy Tsom: 55)


@dataclass(frozen=True, eq=False)
class Pack:
    """A resolved locale pack: every field merged along ``chain`` (most specific first)."""

    tag: str
    requested: str
    chain: tuple[str, ...]
    match_note: str | None
    path: Path | None
    names: dict[str, str]
    language: str
    region: str | None
    scripts: tuple[str, ...]
    direction: str
    numbering_system: str
    aliases: tuple[str, ...]
    formality: Formality
    display: Display
    culture: Culture
    holiday_country: str | None
    holiday_subdivision: str | None
    holiday_language: str | None
    holiday_categories: tuple[str, ...]
    greet_ids: tuple[str, ...]
    avoid_ids: tuple[str, ...]
    observance_rules: tuple[ObservanceRule, ...]
    raw: dict[str, Any] = field(repr=False)

    # --- formality -----------------------------------------------------------------------
    def find_register_markers(self, text: str) -> list[MarkerHit]:
        """Every register marker in ``text`` (both registers), in text order."""
        hits = []
        for register in REGISTERS:
            for marker in self.formality.markers(register):
                for m in marker.pattern.finditer(text):
                    if m.end() > m.start():
                        hits.append(MarkerHit(register, marker.kind, m.start(), m.end(), m.group()))
        hits.sort(key=lambda h: (h.start, h.end))
        return hits

    def register_of(self, text: str) -> str:
        """``formal``/``informal`` by majority of markers, ``neutral`` when none are present."""
        counts = Counter(h.register for h in self.find_register_markers(text))
        if not counts:
            return "neutral"
        if counts["formal"] == counts["informal"]:
            return self.formality.default if self.formality.default != "neutral" else "formal"
        return counts.most_common(1)[0][0]

    # --- scripts -------------------------------------------------------------------------
    def scripts_of(self, text: str) -> Counter[str]:
        """ISO 15924 scripts of the letters in ``text``, counted."""
        return scripts.scripts_of(text)

    def unexpected_scripts(self, text: str, tolerate: tuple[str, ...] = ("Latn",)) -> Counter[str]:
        """Letters in scripts this locale does not use (Latin tolerated by default: brands, URLs)."""
        return scripts.unexpected_scripts(text, self.scripts, tolerate)

    # --- holidays ------------------------------------------------------------------------
    def holidays(self, year: int) -> list[calendar.Holiday]:
        """Public holidays of the pack's country in ``year``, names in the locale's language."""
        if not self.holiday_country:
            return []
        return list(calendar.country_holidays(self.holiday_country, self.holiday_subdivision, year,
                                              self.holiday_language, self.holiday_categories))

    def greetings_on(self, day: dt.date) -> list[calendar.Holiday]:
        """Holidays on ``day`` the assistant may greet for: an id the pack greets, on the day itself.

        Substitute and observed days off are never returned, nor holidays with an avoided id.
        """
        if not self.holiday_country or not self.greet_ids:
            return []
        out = []
        for h in self.holidays(day.year):
            if h.date != day or not h.ids or set(h.ids) & set(self.avoid_ids):
                continue
            if set(h.ids) & set(self.greet_ids):
                out.append(h)
        return out

    def greeting_ids_on(self, day: dt.date) -> list[str]:
        """The greeted holiday ids on ``day`` (what ``holiday-greeting`` takes as ``$holiday``)."""
        return [hid for h in self.greetings_on(day) for hid in h.ids if hid in self.greet_ids]

    def observances_on(self, day: dt.date) -> list[tuple[calendar.Observance, ObservanceRule]]:
        """Observance periods (e.g. Ramadan) in force on ``day``, with the pack's rule for each."""
        rules = {r.id: r for r in self.observance_rules}
        periods = calendar.observances_on(day, tuple(rules), self.holiday_country,
                                          tuple(r.days for r in rules.values()), self.holiday_categories)
        return [(p, rules[p.id]) for p in periods]

    # --- policy --------------------------------------------------------------------------
    @cached_property
    def policy(self) -> EffectivePolicy:
        pol = self.raw.get("policy", {})
        return effective_policy(pol.get("overrides", {}), pol.get("forbidden_terms", []))

    def __repr__(self) -> str:
        return f"<Pack {self.tag} chain={'>'.join(self.chain)}>"


# --- discovery -------------------------------------------------------------------------------
_lock = threading.RLock()


@cache
def available() -> dict[str, Path]:
    """Bundled pack folders by tag (folder name)."""
    root = locales_dir()
    return {p.name: p for p in sorted(root.iterdir()) if (p / "pack.yaml").is_file()}


def _validated(path: Path, schema: str) -> YamlDoc:
    """Parse and validate one YAML file; raise its first problem as :class:`PackError`."""
    doc = parse_yaml(path)
    problems = validate(doc, schema)
    if problems:
        raise problems[0]
    return doc


@cache
def _doc(tag: str) -> YamlDoc:
    """Parsed and validated ``pack.yaml`` of a bundled pack."""
    return _validated(available()[tag] / "pack.yaml", "pack.schema.json")


@cache
def _root_doc() -> YamlDoc:
    return _validated(locales_dir() / "root.yaml", "root.schema.json")


@cache
def alias_index() -> dict[str, str]:
    """Alias tag -> pack tag over all bundled packs (parses every pack once)."""
    index: dict[str, str] = {}
    for tag in available():
        for alias in _doc(tag).data.get("aliases", []) or []:
            try:
                index.setdefault(normalize_tag(alias), tag)
            except UnknownLocaleError:
                continue
    return index


def _merge(base: Any, over: Any) -> Any:
    """Deep-merge mappings; lists and scalars from ``over`` replace ``base``."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for key, value in over.items():
            out[key] = _merge(base.get(key), value) if key in base else value
        return out
    return over


def _compile_markers(raw: dict, source: str) -> dict[str, tuple[Marker, ...]]:
    out: dict[str, tuple[Marker, ...]] = {}
    for register, spec in (raw.get("registers") or {}).items():
        markers = []
        for i, m in enumerate(spec.get("markers", [])):
            try:
                pattern = regex.compile(m["regex"], regex.V1)
            except regex.error as exc:
                raise PackError(f"formality.registers.{register}.markers[{i}]: bad regex: {exc}", source,
                                hint="fix the pattern (syntax of the `regex` module)") from None
            markers.append(Marker(register, m["kind"], pattern, m.get("example")))
        out[register] = tuple(markers)
    return out


def _chain_docs(tag: str) -> list[tuple[str, dict]]:
    """(tag, data) from the pack itself up to its explicit parents (root not included)."""
    chain: list[tuple[str, dict]] = []
    seen: set[str] = set()
    current: str | None = tag
    while current and current != ROOT:
        if current in seen:
            raise PackError(f"parent cycle through {current}", str(available()[tag] / "pack.yaml"))
        seen.add(current)
        if current not in available():
            raise PackError(f"parent pack {current!r} does not exist", str(available()[tag] / "pack.yaml"))
        data = _doc(current).data
        chain.append((current, data))
        current = data.get("parent")
    return chain


def build_pack(tag: str, *, requested: str | None = None, derive_region: str | None = None,
               match_note: str | None = None) -> Pack:
    """Build the :class:`Pack` for bundled ``tag`` (or root), optionally re-targeted at a region."""
    root = _root_doc().data
    docs = _chain_docs(tag) if tag != ROOT else []
    merged: dict = {}
    for _, data in reversed(docs):
        merged = _merge(merged, data)
    merged = _merge(root, merged)
    chain = (*[t for t, _ in docs], ROOT)
    path = available()[tag] / "pack.yaml" if tag != ROOT else locales_dir() / "root.yaml"

    language = merged.get("language", "und")
    region = merged.get("region")
    hol = merged["holidays"]
    country, subdiv, hlang = hol.get("country"), hol.get("subdivision"), hol.get("language")
    out_tag = tag
    if derive_region and derive_region != region:
        region = derive_region
        supported = pyholidays.list_supported_countries()
        country = derive_region if derive_region in supported else None
        subdiv = None
        if country and hlang not in pyholidays.list_localized_countries().get(country, []):
            hlang = None
    if requested and tag == ROOT:
        language = requested.split("-")[0]
    if requested:
        out_tag = requested
        if requested != tag:
            chain = (requested, *chain)
    fm = merged["formality"]
    disp = merged["display"]
    cul = merged.get("culture", {})
    return Pack(
        tag=out_tag,
        requested=requested or tag,
        chain=chain,
        match_note=match_note,
        path=path,
        names=merged.get("names", {"english": out_tag, "native": out_tag}),
        language=language,
        region=region,
        scripts=tuple(merged.get("scripts", ())),
        direction=merged.get("direction", "ltr"),
        numbering_system=merged.get("numbering_system", "latn"),
        aliases=tuple(merged.get("aliases", ())),
        formality=Formality(fm["default"], fm["rationale"], _compile_markers(fm, str(path))),
        display=Display(disp["title"], disp["body"], disp["button"]),
        culture=Culture(
            tuple(NumberNote(n["number"], n["reason"]) for n in cul.get("unlucky_numbers", [])),
            tuple(NumberNote(n["number"], n["reason"]) for n in cul.get("lucky_numbers", [])),
            tuple(cul.get("notes", [])),
        ),
        holiday_country=country,
        holiday_subdivision=subdiv,
        holiday_language=hlang,
        holiday_categories=tuple(hol.get("categories", ())),
        greet_ids=tuple(hol.get("greet", ())),
        avoid_ids=tuple(hol.get("avoid", ())),
        observance_rules=tuple(
            ObservanceRule(o["id"], o.get("note"), tuple(o.get("effects", [])), o.get("days"))
            for o in hol.get("observances", [])
        ),
        raw=merged,
    )


_cache: dict[str, Pack] = {}


def load(tag: str) -> Pack:
    """The pack for ``tag``: exact, alias, or closest CLDR match (``match_note`` says which).

    Raises :class:`UnknownLocaleError` for tags that are not valid BCP-47.
    """
    pack = _cache.get(tag)
    if pack is not None:
        return pack
    with _lock:
        pack = _cache.get(tag)
        if pack is None:
            pack = _resolve(tag)
            _cache[tag] = pack
    return pack


def _resolve(tag: str) -> Pack:
    norm = normalize_tag(tag)
    packs = available()
    if norm in packs:
        return build_pack(norm)
    raw = tag.replace("_", "-")
    if raw in packs:  # a pack kept under a valid tag CLDR would rewrite (MASSIVE's tl-PH, not fil-PH)
        return build_pack(raw)
    if norm == ROOT or norm == "und":
        return build_pack(ROOT)
    aliases = alias_index()
    if norm in aliases:
        target = aliases[norm]
        return build_pack(target, match_note=f"{norm} is an alias of the {target} pack")
    match, distance = closest(norm, tuple(packs))
    if match is None:
        return build_pack(ROOT, requested=norm,
                          match_note=f"no pack close to {norm}; using root defaults (no register, holidays)")
    from langcodes import Language

    region = Language.get(norm).territory
    note = f"no pack for {norm}; derived from {match} (CLDR match distance {distance})"
    pack = build_pack(match, requested=norm, derive_region=region, match_note=note)
    if region and region != _doc(match).data.get("region"):
        where = pack.holiday_country or "none (python-holidays has no calendar for it)"
        pack = dataclasses.replace(pack, match_note=f"{note}; holidays for {region}: {where}")
    return pack


def clear_cache() -> None:
    """Forget loaded packs (after editing pack files in the same process)."""
    with _lock:
        _cache.clear()
        for fn in (available, _doc, _root_doc, alias_index):
            fn.cache_clear()
