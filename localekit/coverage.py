"""``localekit coverage``: every locale CLDR knows, curated or derived, with what is known and from where.

One entry per locale (``tag``, ``status``, ``scripts``, ``direction``, ``numbering``, ``holidays``,
``register``, ``register_source``, ``screener``, ``sources``) and a summary with counts by
status, region and script, and the share of the world's population (CLDR territory data) that
curated packs, derived packs and the screener reach.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from babel.core import get_global

from localekit import derive, packs
from localekit.errors import LocalekitError

SCREENER_LEVELS = ("trained", "measured", "reads", "script_only", "unsupported_script")
_HEADS_META = Path(__file__).resolve().parent / "screen" / "heads" / "heads.json"


@cache
def trained_languages() -> frozenset[str]:
    """Languages the shipped screener heads were trained on (``heads.json``)."""
    try:
        return frozenset(json.loads(_HEADS_META.read_text(encoding="utf-8")).get("languages", []))
    except (OSError, ValueError):
        return frozenset()


def screener_support(language: str, script: str) -> dict[str, Any]:
    """How far the screener's model reaches a language (rules apply to every locale regardless).

    ``trained``: in its training data; ``measured``: never trained on but measured
    (``policies/derived.yaml``); ``reads``: a language of the encoder's pretraining, nobody has
    measured it; ``script_only``: the encoder tokenizes the script but never saw the language;
    ``unsupported_script``: the encoder's vocabulary barely covers the script.
    """
    conf = derive.settings()["screener"]
    scripts = set(conf["encoder_scripts"])
    from localekit.scripts import expand

    script_ok = bool(expand([script]) & scripts) or script in scripts
    if language in trained_languages() and script_ok:
        return {"level": "trained", "detail": "in the screener's training data"}
    measured = (conf.get("measured_transfer") or {}).get(language)
    if measured and script_ok:
        return {"level": "measured", "detail": f"transfer measured: macro-F1 {measured['macro_f1']} "
                                               f"({measured['source']})"}
    if not script_ok:
        return {"level": "unsupported_script", "detail": f"the encoder's vocabulary barely covers {script}"}
    if language in conf["encoder_languages"]:
        return {"level": "reads", "detail": "a pretraining language of the encoder; never measured"}
    return {"level": "script_only", "detail": f"the encoder reads {script} but never saw this language"}


@cache
def territory_region() -> dict[str, str]:
    """territory -> world region, from the first CLDR time zone of the territory (Europe/Berlin -> Europe)."""
    names = {"America": "Americas", "Europe": "Europe", "Africa": "Africa", "Asia": "Asia",
             "Australia": "Oceania", "Pacific": "Oceania", "Indian": "Indian Ocean", "Atlantic": "Atlantic",
             "Antarctica": "Antarctica", "Arctic": "Europe"}
    out = {}
    for territory, zones in get_global("territory_zones").items():
        if zones:
            out[territory] = names.get(zones[0].split("/")[0], "Other")
    return out


def _holidays(pack: packs.Pack, year: int) -> dict[str, Any]:
    source = pack.sources.get("holidays") or pack.sources.get("*", "")
    out: dict[str, Any] = {"country": pack.holiday_country, "language": pack.holiday_language,
                           "source": source, "year": year, "greet": list(pack.greet_ids),
                           "avoid": list(pack.avoid_ids), "greet_source": pack.sources.get(
                               "holidays.greet", pack.sources.get("*", "default:root"))}
    try:
        days = pack.holidays(year)
    except (LocalekitError, NotImplementedError, KeyError, ValueError) as exc:
        out["error"] = str(exc)
        days = []
    out["days"] = [{"date": h.date.isoformat(), "name": h.name, "ids": list(h.ids)} for h in days]
    return out


def locale_entry(pack: packs.Pack, year: int) -> dict[str, Any]:
    """The coverage record of one loaded pack."""
    script = pack.scripts[0] if pack.scripts else "Zyyy"
    curated = pack.status == "curated"
    register_source = f"curated:{pack.tag}" if curated else pack.sources.get("formality", "unknown")
    sources = ({"*": pack.sources.get("*", f"curated:{pack.tag}"), **pack.sources} if curated
               else dict(pack.sources))
    return {
        "tag": pack.tag, "status": pack.status, "name": pack.names.get("english", pack.tag),
        "region": pack.region, "scripts": list(pack.scripts), "direction": pack.direction,
        "numbering": pack.numbering_system, "holidays": _holidays(pack, year),
        "register": pack.formality.default, "register_source": register_source,
        "screener": screener_support(pack.language, script), "sources": sources,
    }


def locale_tags() -> list[str]:
    """Curated packs plus every locale CLDR knows that is not one of them, sorted."""
    tags = dict.fromkeys(packs.curated_data())
    for tag in derive.known_tags():
        try:
            pack = packs.load(tag)
        except LocalekitError:
            continue
        tags.setdefault(pack.tag, None)
    return sorted(tags)


def _share(reached: dict[str, float]) -> float:
    pops = derive.territory_population()
    world = sum(t["population"] for t in pops.values())
    return sum(pops[t]["population"] * share for t, share in reached.items() if t in pops) / world


def population_reach(entries: list[dict]) -> dict[str, float]:
    """Share of the world's population (CLDR territory data) each kind of support reaches.

    Per territory the reach is the sum of the population shares of its covered languages, capped
    at the whole territory (an upper bound where people speak two covered languages).
    """
    by_tag = {e["tag"]: e for e in entries}
    curated = {derive.simplify(t) for t, e in by_tag.items() if e["status"] == "curated"}
    for alias, target in packs.alias_index().items():
        curated.add(derive.simplify(alias) if "-" in alias else alias)
        curated.add(target)
    kinds: dict[str, dict[str, float]] = {"curated": {}, "derived": {}, "curated_or_derived": {},
                                          "screener_trained": {}, "screener_model": {}}
    for territory, info in derive.territory_population().items():
        for lang, share in info.items():
            if lang == "population" or not share:
                continue
            code = lang.split("-")[0]
            script = lang.split("-")[1] if "-" in lang else None
            try:
                tag = derive.simplify(packs.normalize_tag(f"{lang}-{territory}"))
            except LocalekitError:
                continue
            is_curated = tag in curated
            level = screener_support(code, script or derive.likely(code, None, territory)[0] or "Zyyy")["level"]
            hits = {
                "curated": is_curated,
                "derived": not is_curated and code in derive.cldr_languages(),
                "curated_or_derived": code in derive.cldr_languages() or is_curated,
                "screener_trained": level == "trained",
                "screener_model": level in ("trained", "measured", "reads"),
            }
            for kind, hit in hits.items():
                if hit:
                    kinds[kind][territory] = min(1.0, kinds[kind].get(territory, 0.0) + share)
    pops = derive.territory_population()
    out = {kind: round(_share(reached), 4) for kind, reached in kinds.items()}
    out["world_population"] = round(sum(t["population"] for t in pops.values()))
    return out


def coverage(year: int | None = None) -> dict[str, Any]:
    """The full report: ``{"locales": [...], "summary": {...}}``."""
    year = year or dt.date.today().year
    entries = []
    for tag in locale_tags():
        entries.append(locale_entry(packs.load(tag), year))
    regions = territory_region()
    by_region: dict[str, Counter] = {}
    by_script: dict[str, Counter] = {}
    for e in entries:
        region = regions.get(e["region"] or (e["holidays"]["country"] or ""), "no country")
        by_region.setdefault(region, Counter())[e["status"]] += 1
        by_script.setdefault(e["scripts"][0], Counter())[e["status"]] += 1
    summary = {
        "locales": len(entries),
        "by_status": dict(Counter(e["status"] for e in entries)),
        "register_known": sum(e["register_source"] != "unknown" for e in entries),
        "with_holidays": sum(bool(e["holidays"]["country"]) for e in entries),
        "screener": {level: sum(e["screener"]["level"] == level for e in entries) for level in SCREENER_LEVELS},
        "by_region": {k: dict(v) for k, v in sorted(by_region.items())},
        "by_script": {k: dict(v) for k, v in sorted(by_script.items(), key=lambda kv: -sum(kv[1].values()))},
        "population": population_reach(entries),
        "year": year,
    }
    return {"locales": entries, "summary": summary}
