"""Locale packs: discovery, overlays, derivation, merging and the :class:`Pack` object.

``load("de-DE")`` merges a curated pack over ``locales/root.yaml``; ``load("de-AT")`` (no curated
pack) derives one from CLDR and python-holidays (:mod:`localekit.derive`), taking from curated
packs only the parts they scope to it. Product overlays (:func:`add_overlay`,
``LOCALEKIT_OVERLAY_DIRS``) merge field by field over both. ``Pack.status`` says curated or
derived, ``Pack.sources`` where each field came from, ``Pack.match_note`` what happened.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections import Counter, OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from localekit import calendar, markers, scripts
from localekit.errors import PackError, UnknownLocaleError
from localekit.markers import Marker, MarkerError, MarkerHit
from localekit.policy import EffectivePolicy, effective_policy
from localekit.resources import locales_dir
from localekit.tags import normalize_tag
from localekit.yamlio import YamlDoc, parse_yaml, validate

REGISTERS = ("formal", "informal")
MODEL_MIN_PROB = 0.5  # a register read by the formality head alone counts from here (pack default)
ROOT = "root"


@dataclass(frozen=True)
class Formality:
    default: str
    rationale: str
    _markers: dict[str, tuple[Marker, ...]]
    neutral_examples: tuple[str, ...] = ()
    #: without a marker, the formality head's register counts only at or above this probability
    model_min_prob: float = MODEL_MIN_PROB

    def markers(self, register: str) -> tuple[Marker, ...]:
        return self._markers.get(register, ())

    @property
    def all_markers(self) -> tuple[Marker, ...]:
        return tuple(m for r in REGISTERS for m in self._markers.get(r, ()))

    @property
    def registers(self) -> tuple[str, ...]:
        return tuple(r for r in REGISTERS if self._markers.get(r))

    @property
    def neutral_markers(self) -> tuple[Marker, ...]:
        """Evidence that a sentence addresses nobody (``registers.neutral``: written styles)."""
        return self._markers.get("neutral", ())


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
    #: ``curated`` (a pack folder, possibly overlaid), ``derived`` (built from CLDR) or ``root``
    status: str = "curated"
    #: field -> ``kind:detail`` (kind: curated, CLDR, python-holidays, default, unknown, overlay)
    sources: Mapping[str, str] = field(default_factory=dict, repr=False)

    # --- formality -----------------------------------------------------------------------
    def find_register_markers(self, text: str) -> list[MarkerHit]:
        """Every register marker in ``text`` (both registers), in text order (:mod:`localekit.markers`)."""
        return markers.find_markers(self.formality.all_markers, text)

    def find_unaddressed(self, text: str) -> list[MarkerHit]:
        """Every neutral (written-style) marker in ``text``: evidence that it addresses nobody."""
        return markers.find_markers(self.formality.neutral_markers, text)

    def register_of(self, text: str) -> str:
        """``formal``/``informal`` by majority of markers, ``neutral`` when none are present."""
        return markers.register_of(self.find_register_markers(text), self.formality.default)

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


def _compile_markers(raw: dict, source: str, pack_scripts: tuple[str, ...]) -> dict[str, tuple[Marker, ...]]:
    out: dict[str, tuple[Marker, ...]] = {}
    boundary = markers.default_boundary(pack_scripts)
    for register, spec in (raw.get("registers") or {}).items():
        compiled = []
        for i, m in enumerate(spec.get("markers", [])):
            try:
                compiled.append(markers.compile_marker(m, register, boundary))
            except MarkerError as exc:
                raise PackError(f"formality.registers.{register}.markers[{i}]: {exc}", source,
                                hint="fix the marker (patterns use the syntax of the `regex` module)") from None
        out[register] = tuple(compiled)
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


def build_pack(tag: str, *, requested: str | None = None, match_note: str | None = None) -> Pack:
    """Build the :class:`Pack` for curated ``tag`` (or root), overlays applied."""
    root = _root_doc().data
    layers = _overlays_for(tag)
    path: Path | None = None
    if tag == ROOT:
        path = locales_dir() / "root.yaml"
    elif tag in available():
        path = available()[tag] / "pack.yaml"
    elif layers and layers[0].path != "<api>":
        path = Path(layers[0].path)
    merged = _curated_one(tag) if tag != ROOT else root
    chain: tuple[str, ...] = ((tag, ROOT) if tag != ROOT else (ROOT,))
    if tag != ROOT and tag in available():
        chain = (*[t for t, _ in _chain_docs(tag)], ROOT)
    sources = {"*": "default:root" if tag == ROOT else f"curated:{tag}"}
    for over in layers:
        sources.update({key: f"overlay:{over.path}" for key in over.data})
    if requested and requested != tag:
        chain = (requested, *chain)
    return _make_pack(merged, tag=requested or tag, requested=requested or tag, chain=chain, match_note=match_note,
                      path=path, status="root" if tag == ROOT else "curated", sources=sources)


def _make_pack(merged: dict, *, tag: str, requested: str, chain: tuple[str, ...], match_note: str | None,
               path: Path | None, status: str, sources: Mapping[str, str]) -> Pack:
    hol = merged["holidays"]
    fm = merged["formality"]
    disp = merged["display"]
    cul = merged.get("culture", {})
    return Pack(
        tag=tag,
        requested=requested,
        chain=chain,
        match_note=match_note,
        path=path,
        names=merged.get("names", {"english": tag, "native": tag}),
        language=merged.get("language", "und"),
        region=merged.get("region"),
        scripts=tuple(merged.get("scripts", ())),
        direction=merged.get("direction", "ltr"),
        numbering_system=merged.get("numbering_system", "latn"),
        aliases=tuple(merged.get("aliases", ())),
        formality=Formality(fm["default"], fm["rationale"],
                            _compile_markers(fm, str(path or tag), tuple(merged.get("scripts", ()))),
                            tuple(fm.get("neutral_examples", ())), float(fm.get("model_min_prob", MODEL_MIN_PROB))),
        display=Display(disp["title"], disp["body"], disp["button"]),
        culture=Culture(
            tuple(NumberNote(n["number"], n["reason"]) for n in cul.get("unlucky_numbers", [])),
            tuple(NumberNote(n["number"], n["reason"]) for n in cul.get("lucky_numbers", [])),
            tuple(cul.get("notes", [])),
        ),
        holiday_country=hol.get("country"),
        holiday_subdivision=hol.get("subdivision"),
        holiday_language=hol.get("language"),
        holiday_categories=tuple(hol.get("categories", ())),
        greet_ids=tuple(hol.get("greet", ())),
        avoid_ids=tuple(hol.get("avoid", ())),
        observance_rules=tuple(
            ObservanceRule(o["id"], o.get("note"), tuple(o.get("effects", [])), o.get("days"))
            for o in hol.get("observances", [])
        ),
        raw=merged,
        status=status,
        sources=dict(sources),
    )


# --- overlays --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Overlay:
    """Pack fields a product lays over one locale (a partial pack.yaml, or a mapping)."""

    tag: str
    path: str  # the overlay file, or ``<api>`` for a mapping
    doc: YamlDoc

    @property
    def data(self) -> dict:
        return self.doc.data if isinstance(self.doc.data, dict) else {}


_api_overlays: list[Path | dict] = []


def add_overlay(source: str | os.PathLike | Mapping[str, Mapping]) -> None:
    """Lay product pack fields over the bundled packs, merged field by field (later overlays win).

    ``source`` is a folder of ``<tag>/pack.yaml`` files (partial packs), or a mapping ``{tag: fields}``.
    A tag with no bundled pack gets a new curated pack when its overlay is a complete pack, and
    otherwise overlays its derived pack. Invalid overlays raise :class:`PackError` on load;
    ``localekit audit`` reports them with file and line.
    """
    if isinstance(source, Mapping):
        _api_overlays.append({str(k): v for k, v in source.items()})
    else:
        path = Path(source)
        if not path.is_dir():
            raise PackError("overlay folder not found", str(path), hint="name a folder of <tag>/pack.yaml files")
        _api_overlays.append(path)
    clear_cache()


def clear_overlays() -> None:
    """Drop every overlay added with :func:`add_overlay` (``LOCALEKIT_OVERLAY_DIRS`` stays)."""
    _api_overlays.clear()
    clear_cache()


def overlay_sources() -> list[Path | dict]:
    """``LOCALEKIT_OVERLAY_DIRS`` folders (os.pathsep-separated) first, then :func:`add_overlay` ones."""
    env = [Path(p) for p in os.environ.get("LOCALEKIT_OVERLAY_DIRS", "").split(os.pathsep) if p]
    return [*env, *_api_overlays]


def _overlay_key(name: str, where: str) -> str:
    try:
        return normalize_tag(name)
    except UnknownLocaleError as exc:
        raise PackError(f"overlay folder {name!r} is not a locale tag", where, hint=exc.hint) from None


@cache
def overlays() -> dict[str, tuple[Overlay, ...]]:
    """Overlays by locale tag, in the order they apply."""
    out: dict[str, list[Overlay]] = {}
    for src in overlay_sources():
        if isinstance(src, dict):
            for name, fields in src.items():
                if not isinstance(fields, Mapping):
                    raise PackError(f"overlay for {name!r} must be a mapping of pack fields", "<api>")
                tag = name if name in available() else _overlay_key(name, "<api>")
                out.setdefault(tag, []).append(Overlay(tag, "<api>", YamlDoc("<api>", dict(fields), {})))
            continue
        if not src.is_dir():
            raise PackError("overlay folder not found", str(src), hint="fix LOCALEKIT_OVERLAY_DIRS")
        for folder in sorted(p for p in src.iterdir() if (p / "pack.yaml").is_file()):
            tag = folder.name if folder.name in available() else _overlay_key(folder.name, str(folder))
            doc = parse_yaml(folder / "pack.yaml")
            if not isinstance(doc.data, dict):
                raise PackError("an overlay must be a mapping of pack fields", doc.path, 1)
            out.setdefault(tag, []).append(Overlay(tag, doc.path, doc))
    return {tag: tuple(items) for tag, items in out.items()}


def _overlays_for(tag: str) -> tuple[Overlay, ...]:
    return overlays().get(tag, ())


def _check_merged(data: dict, tag: str, layers: tuple[Overlay, ...]) -> None:
    """Validate overlaid data against the pack schema; blame the overlay that set the bad key."""
    problems = validate(YamlDoc(layers[-1].path, data, {}), "pack.schema.json")
    if not problems:
        return
    exc = problems[0]
    for over in reversed(layers):
        probe = validate(YamlDoc(over.path, _merge({}, over.data), over.doc.lines), "pack.schema.json")
        hit = next((p for p in probe if p.message == exc.message), None)
        if hit is not None:
            raise hit
    raise PackError(f"{tag}: overlay makes the pack invalid: {exc.message}", layers[-1].path, hint=exc.hint)


def apply_overlays(tag: str, data: dict) -> dict:
    """``data`` with ``tag``'s overlays merged over it, validated."""
    layers = _overlays_for(tag)
    if not layers:
        return data
    for over in layers:
        data = _merge(data, over.data)
    data = {**data, "tag": data.get("tag", tag)}
    _check_merged(data, tag, layers)
    return data


def _complete(over: Overlay) -> bool:
    return not validate(YamlDoc(over.path, _merge({}, over.data), over.doc.lines), "pack.schema.json")


@cache
def _curated_one(tag: str) -> dict:
    """One curated pack's data merged over root along its chain, overlays applied."""
    root = _root_doc().data
    merged: dict = {}
    if tag in available():
        for _, data in reversed(_chain_docs(tag)):
            merged = _merge(merged, data)
    return apply_overlays(tag, _merge(root, merged))


@cache
def curated_data() -> dict[str, dict]:
    """Every curated pack's data merged over root (overlays applied), including overlay-only packs."""
    out = {tag: _curated_one(tag) for tag in available()}
    for tag, layers in overlays().items():
        if tag not in out and _complete(layers[0]):
            out[tag] = _curated_one(tag)
    return out


# --- resolution -------------------------------------------------------------------------------
_CACHE_SIZE = 4096  # derived packs kept (curated ones always are): memory stays bounded
_cache: OrderedDict[str, Pack] = OrderedDict()


def load(tag: str) -> Pack:
    """The pack for ``tag``: curated (exact, alias, same locale) or derived from CLDR.

    Raises :class:`UnknownLocaleError` for tags that are not valid BCP-47 and for languages CLDR
    cannot resolve (no silent fallback to another language).
    """
    pack = _cache.get(tag)
    if pack is not None:
        return pack
    with _lock:
        pack = _cache.get(tag)
        if pack is None:
            pack = _resolve(tag)
            _cache[tag] = pack
            if len(_cache) > _CACHE_SIZE:
                for key in list(_cache)[: len(_cache) - _CACHE_SIZE]:
                    if _cache[key].status != "curated":
                        del _cache[key]
    return pack


@cache
def _curated_by_simple() -> dict[str, str]:
    from localekit.derive import simplify

    out: dict[str, str] = {}
    for tag in curated_data():
        try:
            out.setdefault(simplify(normalize_tag(tag)), tag)
        except UnknownLocaleError:
            continue
    return out


def _resolve(tag: str) -> Pack:
    from localekit.derive import simplify

    norm = normalize_tag(tag)
    if norm in available():  # the common case: no need to parse every other pack
        return build_pack(norm)
    curated = curated_data()
    if norm in curated:
        return build_pack(norm)
    raw = tag.replace("_", "-")
    if raw in curated:  # a pack kept under a valid tag CLDR would rewrite (MASSIVE's tl-PH, not fil-PH)
        return build_pack(raw)
    if norm == ROOT or norm == "und":
        return build_pack(ROOT)
    aliases = alias_index()
    if norm in aliases:
        target = aliases[norm]
        return build_pack(target, match_note=f"{norm} is an alias of the {target} pack")
    same = _curated_by_simple().get(simplify(norm))
    if same is not None:
        return build_pack(same, requested=norm, match_note=f"{norm} is the {same} locale")
    return derived_pack(norm)


def derived_pack(norm: str) -> Pack:
    """The derived pack of a normalised tag (see :mod:`localekit.derive`)."""
    from localekit.derive import derive

    root = _root_doc().data
    data, sources, register_pack = derive(norm, curated_data(), root)
    layers = _overlays_for(norm)
    if layers:
        data = apply_overlays(norm, data)
        for over in layers:
            sources.update({key: f"overlay:{over.path}" for key in over.data})
    chain = (norm, register_pack, ROOT) if register_pack else (norm, ROOT)
    borrowed = f"register from {register_pack}" if register_pack else "register unknown (neutral)"
    hol = data["holidays"]
    where = f"holidays for {hol['country']}" if hol["country"] else "no holiday calendar"
    note = f"no curated pack for {norm}; derived from CLDR ({borrowed}; {where})"
    path = available()[register_pack] / "pack.yaml" if register_pack in available() else None
    return _make_pack(data, tag=norm, requested=norm, chain=chain, match_note=note, path=path,
                      status="derived", sources=sources)


def clear_cache() -> None:
    """Forget loaded packs (after editing pack files or overlays in the same process)."""
    with _lock:
        _cache.clear()
        for fn in (available, _doc, _root_doc, alias_index, overlays, curated_data, _curated_one,
                   _curated_by_simple):
            fn.cache_clear()
