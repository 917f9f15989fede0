"""Holidays (python-holidays, localized names) and observance periods (Ramadan, Lent...).

python-holidays supplies dates and names; this module tags each holiday with the ids of
``policies/holidays.yaml`` (matched on the English names) and turns religious calendars into
periods, which python-holidays lists only as single holidays.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache, lru_cache

import holidays as pyholidays
import regex
from dateutil.easter import EASTER_ORTHODOX, easter
from holidays.calendars.hebrew import _HebrewLunisolar
from holidays.calendars.islamic import _IslamicLunar

from localekit.resources import policies_dir
from localekit.yamlio import load_yaml

OBSERVANCE_IDS: tuple[str, ...] = (
    "ramadan", "lent", "great_lent", "yom_kippur", "passover", "ashura", "navratri", "remembrance",
)


@dataclass(frozen=True, slots=True)
class Holiday:
    date: dt.date
    name: str  # in the pack's language where python-holidays has it
    ids: tuple[str, ...]  # ids from policies/holidays.yaml
    english: str


@dataclass(frozen=True, slots=True)
class Observance:
    id: str
    start: dt.date
    end: dt.date  # inclusive
    estimated: bool = False


@cache
def holiday_catalog() -> dict[str, dict]:
    """Holiday ids -> {religion, match: [compiled regex]}."""
    data = load_yaml(policies_dir() / "holidays.yaml")
    out: dict[str, dict] = {}
    for hid, spec in data["holidays"].items():
        spec = spec or {}
        patterns = [regex.compile(p, regex.IGNORECASE) for p in spec.get("match", [])]
        out[hid] = {"religion": spec.get("religion"), "match": patterns}
    return out


def ids_for_name(english_name: str) -> tuple[str, ...]:
    """Holiday ids whose patterns match a python-holidays English name."""
    found = []
    for part in english_name.split("; "):
        for hid, spec in holiday_catalog().items():
            if any(p.search(part) for p in spec["match"]) and hid not in found:
                found.append(hid)
    return tuple(found)


def _english_language(country: str) -> str | None:
    langs = pyholidays.list_localized_countries().get(country, [])
    for cand in ("en_US", "en_GB", "en"):
        if cand in langs:
            return cand
    return None


@lru_cache(maxsize=512)
def country_holidays(
    country: str, subdivision: str | None, year: int, language: str | None, categories: tuple[str, ...]
) -> tuple[Holiday, ...]:
    """All holidays of one country/year, localized, each tagged with catalog ids."""
    kwargs: dict = {"years": year}
    if subdivision:
        kwargs["subdiv"] = subdivision
    if categories:
        kwargs["categories"] = categories
    local = pyholidays.country_holidays(country, language=language, **kwargs)
    english = pyholidays.country_holidays(country, language=_english_language(country), **kwargs)
    out = []
    for day in sorted(local):
        en_name = english.get(day) or local[day]
        out.append(Holiday(date=day, name=local[day], ids=ids_for_name(en_name), english=en_name))
    return tuple(out)


def _islamic(method: str, year: int) -> list[tuple[dt.date, bool]]:
    return [(d, est) for d, est in getattr(_IslamicLunar(), method)(year)]


@lru_cache(maxsize=256)
def observance_periods(observance: str, year: int, country: str | None = None) -> tuple[Observance, ...]:
    """Periods of one observance overlapping ``year`` (Islamic dates are estimates where flagged)."""
    out: list[Observance] = []
    if observance == "ramadan":
        starts = _islamic("ramadan_beginning_dates", year) + _islamic("ramadan_beginning_dates", year + 1)
        eids = _islamic("eid_al_fitr_dates", year) + _islamic("eid_al_fitr_dates", year + 1)
        for start, est in starts:
            end = next((e for e, _ in sorted(eids) if e > start), None)
            if end is not None:
                out.append(Observance("ramadan", start, end - dt.timedelta(days=1), est))
    elif observance == "ashura":
        out += [Observance("ashura", d, d, est) for d, est in _islamic("ashura_dates", year)]
    elif observance == "lent":
        e = easter(year)
        out.append(Observance("lent", e - dt.timedelta(days=46), e - dt.timedelta(days=1)))
    elif observance == "great_lent":
        e = easter(year, EASTER_ORTHODOX)
        out.append(Observance("great_lent", e - dt.timedelta(days=48), e - dt.timedelta(days=1)))
    elif observance == "yom_kippur":
        d = _HebrewLunisolar().yom_kippur_date(year)
        # The fast runs from sunset the evening before.
        out.append(Observance("yom_kippur", d - dt.timedelta(days=1), d))
    elif observance == "passover":
        d = _HebrewLunisolar().passover_date(year)
        out.append(Observance("passover", d, d + dt.timedelta(days=6)))
    elif observance == "navratri":
        india = pyholidays.country_holidays("IN", years=year, language="en_US")
        for day in india.get_named("Dussehra"):
            out.append(Observance("navratri", day - dt.timedelta(days=9), day - dt.timedelta(days=1)))
    elif observance == "remembrance":
        if country:
            for h in country_holidays(country, None, year, _english_language(country), ()):
                if "remembrance_day" in h.ids:
                    out.append(Observance("remembrance", h.date, h.date))
    else:
        raise ValueError(f"unknown observance {observance!r}; known: {', '.join(OBSERVANCE_IDS)}")
    return tuple(sorted({o for o in out if o.start.year <= year <= o.end.year}, key=lambda o: o.start))


def observances_on(day: dt.date, observance_ids: tuple[str, ...], country: str | None = None) -> list[Observance]:
    """The observances among ``observance_ids`` whose period contains ``day``."""
    hits = []
    for oid in observance_ids:
        for period in observance_periods(oid, day.year, country):
            if period.start <= day <= period.end:
                hits.append(period)
    return hits
