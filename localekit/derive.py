"""Derived locale packs: pack data for any tag whose language CLDR resolves, every field sourced.

A derived pack takes identity, names, script, direction and numbering from CLDR (Babel, langcodes),
holidays from python-holidays for the tag's own country, display budgets from the script class
(``policies/derived.yaml``), and from curated packs only the parts they scope to the requested
locale: ``scopes`` in a pack (defaults in ``locales/root.yaml``) says whether a part is shared
with the same language in other countries (``language``), with other languages of the same
country (``country``) or with nobody (``pack``). Nothing scoped to a country crosses its border,
and the register is never taken from another language.

Every field's origin is recorded in ``sources`` as ``kind:detail`` with kind one of
:data:`SOURCE_KINDS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import babel
import holidays as pyholidays
import langcodes
from babel import localedata
from babel.core import get_global

from localekit.errors import UnknownLocaleError
from localekit.resources import policies_dir
from localekit.scripts import is_rtl
from localekit.yamlio import load_yaml

SOURCE_KINDS = ("curated", "CLDR", "python-holidays", "default", "unknown", "overlay")
SCOPE_PARTS = ("formality", "display", "holidays", "policy.overrides", "policy.forbidden_terms",
               "culture.unlucky_numbers", "culture.lucky_numbers", "culture.notes")
# parts merged from every pack in scope (the rest are taken whole from the closest pack in scope)
_MERGED_PARTS = ("policy.overrides", "policy.forbidden_terms", "culture.unlucky_numbers", "culture.lucky_numbers")
_STRICTNESS = {"allow": 0, "revise": 1, "block": 2}


@cache
def settings() -> dict[str, Any]:
    """``policies/derived.yaml``: display classes and the screener's language and script lists."""
    return load_yaml(policies_dir() / "derived.yaml")


@cache
def _likely() -> dict[str, str]:
    return dict(get_global("likely_subtags"))


@cache
def cldr_languages() -> frozenset[str]:
    """Languages CLDR's likely subtags resolve to a script and region (~7,300)."""
    return frozenset(k.split("_")[0] for k in _likely()) - {"und"}


@cache
def babel_ids() -> frozenset[str]:
    """Babel's CLDR locale identifiers (``ur_IN``, ``sr_Latn_BA``, ...)."""
    return frozenset(localedata.locale_identifiers())


@lru_cache(maxsize=8192)
def likely(language: str, script: str | None = None, region: str | None = None) -> tuple[str | None, str | None]:
    """(script, region) by CLDR's likely subtags as Babel ships them; ``(None, None)`` for unknown languages."""
    table = _likely()
    keys = []
    if script and region:
        keys.append(f"{language}_{script}_{region}")
    if region:
        keys.append(f"{language}_{region}")
    if script:
        keys.append(f"{language}_{script}")
    keys.append(language)
    for key in keys:
        hit = table.get(key)
        if hit:
            parts = hit.split("_")
            return script or (parts[1] if len(parts) > 1 else None), region or (parts[2] if len(parts) > 2 else None)
    return script, region


@lru_cache(maxsize=8192)
def simplify(tag: str) -> str:
    """Canonical minimal form of a normalised tag: the likely script dropped (``zh-Hans-CN`` -> ``zh-CN``)."""
    lang = langcodes.Language.get(tag)
    if lang.script and lang.language and likely(lang.language, None, lang.territory)[0] == lang.script:
        lang = lang.update_dict({"script": None})
    return lang.to_tag()


@dataclass(frozen=True)
class CldrFacts:
    """What CLDR says about one tag."""

    tag: str
    language: str
    script: str
    region: str | None
    region_inferred: bool  # the region came from likely subtags, not from the tag
    names: dict[str, str]
    direction: str
    numbering_system: str
    babel_id: str | None  # the CLDR locale the numbers and direction come from; None: CLDR root


def babel_locale_id(language: str, script: str, region: str | None) -> str | None:
    """The most specific Babel locale for (language, script, region), or None when Babel has none."""
    default_script = likely(language)[0]
    cands = []
    if region:
        cands.append(f"{language}_{script}_{region}")
        if script == likely(language, None, region)[0]:
            cands.append(f"{language}_{region}")
    cands.append(f"{language}_{script}")
    if script == default_script:
        cands.append(language)
    ids = babel_ids()
    return next((c for c in cands if c in ids), None)


@lru_cache(maxsize=4096)
def cldr_facts(tag: str) -> CldrFacts:
    """CLDR facts for a normalised tag; :class:`UnknownLocaleError` if CLDR cannot resolve its language."""
    lang = langcodes.Language.get(tag)
    code = lang.language or "und"
    if code not in cldr_languages():
        name = lang.language_name()
        named = f" ({name})" if name and not name.startswith("Unknown") else ""
        raise UnknownLocaleError(f"no CLDR data for language {code!r}{named} in locale tag {tag!r}",
                                 hint="use a language CLDR knows, or add locales/<tag>/pack.yaml (or an overlay)")
    script, region = likely(code, lang.script, lang.territory)
    script = script or "Zyyy"
    bid = babel_locale_id(code, script, lang.territory)  # "ar" is CLDR's ar (latn), not ar_EG (arab)
    if bid is not None:
        loc = babel.Locale.parse(bid)
        numbering = loc.default_numbering_system or "latn"
        direction = "rtl" if loc.character_order == "right-to-left" else "ltr"
    else:
        numbering = "latn"  # CLDR root's default numbering system
        direction = "rtl" if is_rtl(script) else "ltr"
    shown = langcodes.Language.get(tag)
    names = {"english": shown.display_name("en"), "native": shown.display_name(tag)}
    return CldrFacts(tag=tag, language=code, script=script, region=region, region_inferred=not lang.territory,
                     names=names, direction=direction, numbering_system=numbering, babel_id=bid)


def holiday_name_languages(country: str, language: str, script: str) -> list[str]:
    """python-holidays' name languages for ``country`` that are ``language`` written in ``script``,
    best first (``<lang>_<country>``, then ``<lang>``, then the other variants)."""
    offered = pyholidays.list_localized_countries().get(country, [])
    cands = [f"{language}_{country}", language, *sorted(o for o in offered if o.split("_")[0] == language)]
    return list(dict.fromkeys(c for c in cands if c in offered and likely(*_split(c))[0] == script))


def holiday_calendar(region: str | None, language: str, script: str) -> tuple[str | None, str | None]:
    """(python-holidays country, name language) for a region; the language only when offered in this script."""
    if not region or region not in pyholidays.list_supported_countries():
        return None, None
    names = holiday_name_languages(region, language, script)
    return region, names[0] if names else None


def _split(babel_style: str) -> tuple[str, str | None, str | None]:
    """``zh_TW`` -> ("zh", None, "TW"); ``sr_Latn`` -> ("sr", "Latn", None)."""
    parts = babel_style.replace("-", "_").split("_")
    script = next((p for p in parts[1:] if len(p) == 4), None)
    region = next((p for p in parts[1:] if len(p) in (2, 3) and p != script), None)
    return parts[0], script, region


def display_class(script: str) -> tuple[str, dict[str, int]]:
    """(class name, budgets) for a script."""
    classes = settings()["display_classes"]
    for name, spec in classes.items():
        if script in spec["scripts"]:
            return name, {k: spec[k] for k in ("title", "body", "button")}
    spec = classes["other"]
    return "other", {k: spec[k] for k in ("title", "body", "button")}


# --- curated parts in scope -----------------------------------------------------------------
def _part(data: Mapping, part: str) -> Any:
    node: Any = data
    for key in part.split("."):
        node = node.get(key) if isinstance(node, Mapping) else None
    return node


def _scope(data: Mapping, part: str) -> str:
    return (data.get("scopes") or {}).get(part, "pack")


def _in_scope(facts: CldrFacts, curated: Mapping[str, Mapping], part: str) -> list[tuple[str, Mapping]]:
    """Curated packs whose ``part`` reaches ``facts``' locale, closest first."""
    out = []
    for ctag, data in curated.items():
        scope = _scope(data, part)
        same_lang = data.get("language") == facts.language
        if scope == "language" and same_lang:
            if part == "formality" and (data.get("scripts") or [None])[0] != facts.script:
                continue  # markers of another script never match this one
            out.append((0, langcodes.tag_distance(facts.tag, ctag), ctag, data))
        elif scope == "country" and facts.region and data.get("region") == facts.region:
            out.append((0 if same_lang else 1, 0, ctag, data))
    out.sort(key=lambda x: x[:3])
    return [(ctag, data) for *_, ctag, data in out]


def _terms_in_scope(facts: CldrFacts, curated: Mapping[str, Mapping]) -> Iterator[tuple[str, dict]]:
    """Forbidden terms whose own ``scope`` (or their pack's) reaches ``facts``' locale."""
    for ctag, data in curated.items():
        default = _scope(data, "policy.forbidden_terms")
        for term in _part(data, "policy.forbidden_terms") or []:
            scope = term.get("scope", default)
            if (scope == "language" and data.get("language") == facts.language) or (
                    scope == "country" and facts.region and data.get("region") == facts.region):
                yield ctag, {k: v for k, v in term.items() if k != "scope"}


@lru_cache(maxsize=512)
def public_holiday_ids(country: str, language: str | None, categories: tuple[str, ...]) -> tuple[str, ...]:
    """Catalog ids of ``country``'s own holidays (this year and next), never solemn days or days present
    only as substitutes: what a derived pack may greet, since the country itself keeps them."""
    from localekit import calendar

    catalog = calendar.holiday_catalog()
    year = dt.date.today().year
    ids: set[str] = set()
    for y in (year, year + 1):
        for h in calendar.country_holidays(country, None, y, language, categories):
            ids.update(i for i in h.ids if i in catalog and not catalog[i].solemn)
    return tuple(sorted(ids))


def derive(tag: str, curated: Mapping[str, Mapping], root: Mapping) -> tuple[dict, dict[str, str], str | None]:
    """Pack data (pack schema) for ``tag``, its ``sources`` and the curated pack it shares a register with.

    ``curated`` maps each curated pack's tag to its data merged over root (``scopes`` included).
    """
    f = cldr_facts(tag)
    cldr = f"CLDR:{f.babel_id or 'root'}"
    sources: dict[str, str] = {"tag": "CLDR:canonical form of the requested tag", "names": "CLDR:display names",
                               "scripts": "CLDR:likely subtags", "direction": cldr, "numbering_system": cldr}
    sources["region"] = ("CLDR:the requested tag" if not f.region_inferred else
                         f"CLDR:likely subtags ({f.region}, used for holidays only: the tag names no region)")
    country, hlang = holiday_calendar(f.region, f.language, f.script)
    holidays: dict[str, Any] = {"country": country, "subdivision": None,
                                "categories": list(root["holidays"].get("categories", ["public"])),
                                "language": hlang, "greet": list(root["holidays"].get("greet", [])),
                                "avoid": [], "observances": []}
    if country:
        sources["holidays"] = f"python-holidays:{country}" + (f" ({hlang})" if hlang else " (default names)")
    else:
        sources["holidays"] = f"default:python-holidays has no calendar for {f.region or 'this locale'}"
    sources["holidays.greet"] = "default:root"
    if country:
        # the country's own holidays that some curated pack greets (reviewed as greetable at all)
        greetable = {hid for data in curated.values() for hid in data["holidays"].get("greet", [])}
        greetable |= set(settings().get("greet_also", []))
        own = set(public_holiday_ids(country, hlang, tuple(holidays["categories"]))) & greetable
        if own:
            holidays["greet"] = sorted(set(holidays["greet"]) | own)
            sources["holidays.greet"] = f"python-holidays:{country} (its own holidays that curated packs greet)"
    hol_from = _in_scope(f, curated, "holidays")
    if hol_from:
        ctag, data = hol_from[0]
        for key in ("greet", "avoid", "observances"):
            holidays[key] = list(data["holidays"].get(key, []))
        sources["holidays.greet"] = f"curated:{ctag}"

    register_pack = None
    formality: dict[str, Any] = dict(root["formality"])
    sources["formality"] = "unknown"
    form_from = _in_scope(f, curated, "formality")
    if form_from:
        register_pack, data = form_from[0]
        formality = dict(data["formality"])
        sources["formality"] = f"curated:{register_pack}"

    disp_from = _in_scope(f, curated, "display")
    if disp_from:
        display = dict(disp_from[0][1]["display"])
        sources["display"] = f"curated:{disp_from[0][0]}"
    else:
        cls, display = display_class(f.script)
        sources["display"] = f"default:script class {cls}"

    overrides: dict[str, dict] = {}
    for ctag, data in _in_scope(f, curated, "policy.overrides"):
        for topic, ov in (_part(data, "policy.overrides") or {}).items():
            have = overrides.get(topic)
            if have is None or _STRICTNESS[ov["action"]] > _STRICTNESS[have["action"]]:
                overrides[topic] = dict(ov)
                sources[f"policy.overrides.{topic}"] = f"curated:{ctag}"
    sources["policy.overrides"] = "default:taxonomy" + (" + curated overrides" if overrides else "")
    terms: list[dict] = []
    for ctag, term in _terms_in_scope(f, curated):
        if all(t["term"] != term["term"] for t in terms):
            terms.append(term)
            sources.setdefault("policy.forbidden_terms", f"curated:{ctag}")
    sources.setdefault("policy.forbidden_terms", "default:none")

    culture: dict[str, list] = {"unlucky_numbers": [], "lucky_numbers": [], "notes": []}
    for key in ("unlucky_numbers", "lucky_numbers"):
        for ctag, data in _in_scope(f, curated, f"culture.{key}"):
            for note in _part(data, f"culture.{key}") or []:
                if all(n["number"] != note["number"] for n in culture[key]):
                    culture[key].append(dict(note))
                    sources.setdefault(f"culture.{key}", f"curated:{ctag}")
    notes_from = _in_scope(f, curated, "culture.notes")
    if notes_from:
        culture["notes"] = list(_part(notes_from[0][1], "culture.notes") or [])
        sources["culture.notes"] = f"curated:{notes_from[0][0]}"

    data: dict[str, Any] = {
        "schema_version": 1, "tag": tag, "names": f.names, "language": f.language,
        **({"region": f.region} if f.region and not f.region_inferred else {}),
        "scripts": [f.script], "direction": f.direction, "numbering_system": f.numbering_system, "aliases": [],
        "formality": formality, "holidays": holidays, "display": display,
        "policy": {"overrides": overrides, "forbidden_terms": terms}, "culture": culture,
    }
    return data, sources, register_pack


# --- the locales CLDR knows ------------------------------------------------------------------
def _tag_of(babel_id: str) -> str | None:
    parts = babel_id.split("_")
    if babel_id == "root" or any(len(p) > 4 and not p.isdigit() for p in parts[1:]):
        return None  # root and variants (en_US_POSIX, ca_ES_VALENCIA)
    try:
        return simplify(langcodes.standardize_tag("-".join(parts)))
    except (ValueError, langcodes.LanguageTagError):
        return None


@cache
def known_tags() -> tuple[str, ...]:
    """Every locale CLDR knows: Babel's locales plus every language-in-territory pair, minimal tags, sorted."""
    tags: set[str] = set()
    for bid in babel_ids():
        tag = _tag_of(bid)
        if tag:
            tags.add(tag)
    for territory, langs in get_global("territory_languages").items():
        for lang in langs:
            tag = _tag_of(f"{lang}_{territory}")
            if tag:
                tags.add(tag)
    return tuple(sorted(t for t in tags if langcodes.Language.get(t).language in cldr_languages()))


@cache
def territory_population() -> dict[str, dict[str, float]]:
    """territory -> {"population": people, language: share 0..1} from CLDR's territory data."""
    from language_data.population_data import LANGUAGE_SPEAKING_POPULATION as speakers

    out: dict[str, dict[str, float]] = {}
    for territory, langs in get_global("territory_languages").items():
        best = None  # the population implied by the most widely spoken language (the best estimate)
        for lang, info in langs.items():
            pct = info.get("population_percent") or 0
            n = speakers.get(f"{lang.replace('_', '-')}-{territory}")
            if pct and n and (best is None or pct > best[0]):
                best = (pct, n * 100 / pct)
        if best is None:
            continue
        entry: dict[str, float] = {"population": best[1]}
        for lang, info in langs.items():
            entry[lang.replace("_", "-")] = min((info.get("population_percent") or 0) / 100, 1.0)
        out[territory] = entry
    return out
