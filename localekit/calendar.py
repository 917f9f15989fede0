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
    ids: tuple[str, ...]  # ids from policies/holidays.yaml of the holidays falling on this date
    english: str
    observed: tuple[str, ...] = ()  # ids present here only as a substitute/observed day off
    estimated: bool = False  # python-holidays marks the date as an estimate (lunar calendars)
    substitute: bool = False  # every holiday on this date is a substitute/observed day off


@dataclass(frozen=True, slots=True)
class Observance:
    id: str
    start: dt.date
    end: dt.date  # inclusive
    estimated: bool = False


@dataclass(frozen=True)
class CatalogEntry:
    """One holiday id: the exact python-holidays English names that carry it."""

    id: str
    religion: str | None
    names: frozenset[str]
    countries: dict[str, frozenset[str]]  # "CC" or "CC-SUB" -> extra names
    aliases: tuple[str, ...]
    solemn: bool = False  # mourning or remembrance: never greeted
    replace: bool = False  # a listed country's names replace the global ones

    @property
    def in_calendars(self) -> bool:
        """Whether python-holidays lists this day anywhere (Valentine's Day: no)."""
        return bool(self.names or self.countries)

    def names_for(self, country: str | None, subdivision: str | None = None) -> frozenset[str]:
        """Names valid in ``country`` (a subdivision's own list replaces the country's)."""
        listed = country is not None and country in self.countries
        extra = self.countries.get(country or "", frozenset())
        if country and subdivision:
            extra = self.countries.get(f"{country}-{subdivision}", extra)
        return extra if listed and self.replace else self.names | extra


@cache
def _holidays_file() -> dict:
    """``policies/holidays.yaml``, parsed once."""
    return load_yaml(policies_dir() / "holidays.yaml")


@cache
def holiday_catalog() -> dict[str, CatalogEntry]:
    """Holiday ids of ``policies/holidays.yaml``."""
    data = _holidays_file()
    out: dict[str, CatalogEntry] = {}
    for hid, spec in data["holidays"].items():
        spec = spec or {}
        out[hid] = CatalogEntry(
            id=hid,
            religion=spec.get("religion"),
            names=frozenset(spec.get("names", ())),
            countries={str(k): frozenset(v) for k, v in (spec.get("countries") or {}).items()},
            aliases=tuple(spec.get("aliases", ())),
            solemn=bool(spec.get("solemn", False)),
            replace=bool(spec.get("replace", False)),
        )
    return out


_MARKS = regex.compile(r"\s*\((?:[^()]*?\b(?:estimated|observed|in lieu)\b[^()]*)\)")
_ALTERNATIVE = regex.compile(r"^Alternative holiday for ")
_SWAPPED = regex.compile(r"^Day off \(substituted from ")  # a working day moved, not a holiday


def base_name(english_name: str) -> str:
    """A python-holidays English name without its estimate/observed marks."""
    return _ALTERNATIVE.sub("", _MARKS.sub("", english_name)).strip()


@lru_cache(maxsize=4096)
def ids_for_name(english_name: str, country: str | None = None, subdivision: str | None = None) -> tuple[str, ...]:
    """Holiday ids whose exact names (global, or for ``country``) equal a python-holidays English name."""
    found: list[str] = []
    for part in english_name.split("; "):
        base = base_name(part)
        for hid, entry in holiday_catalog().items():
            if base in entry.names_for(country, subdivision) and hid not in found:
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
    """All holidays of one country/year, localized, each tagged with catalog ids.

    Substitute and observed days off (python-holidays' ``observed`` days) carry their ids in
    ``Holiday.observed``, never in ``Holiday.ids``.
    """
    kwargs: dict = {"years": year}
    if subdivision:
        kwargs["subdiv"] = subdivision
    if categories:
        kwargs["categories"] = categories
    local = pyholidays.country_holidays(country, language=language, **kwargs)
    en_lang = _english_language(country)
    english = pyholidays.country_holidays(country, language=en_lang, **kwargs)
    plain = pyholidays.country_holidays(country, language=en_lang, observed=False, **kwargs)
    out = []
    for day in sorted(local):
        en_name = english.get(day) or local[day]
        real = set(plain.get(day, "").split("; "))
        ids: list[str] = []
        observed: list[str] = []
        parts = en_name.split("; ")
        for part in parts:
            target = ids if part in real else observed
            target.extend(h for h in ids_for_name(part, country, subdivision) if h not in target)
        observed = [h for h in observed if h not in ids]
        out.append(Holiday(date=day, name=local[day], ids=tuple(ids), english=en_name, observed=tuple(observed),
                           estimated="estimated" in en_name,
                           substitute=all(p not in real or _SWAPPED.match(p) for p in parts)))
    return tuple(out)


def _islamic(method: str, year: int) -> list[tuple[dt.date, bool]]:
    return [(d, est) for d, est in getattr(_IslamicLunar(), method)(year)]


@cache
def default_days() -> dict[str, int]:
    """Default span in days per observance (``observance_days`` of ``policies/holidays.yaml``)."""
    out = {str(k): int(v) for k, v in (_holidays_file().get("observance_days") or {}).items()}
    unknown = sorted(set(out) - set(OBSERVANCE_IDS))
    if unknown:
        raise ValueError(f"{policies_dir() / 'holidays.yaml'}: observance_days names unknown observances {unknown}")
    return out


def _country_days(country: str, years: tuple[int, ...], ids: tuple[str, ...],
                  names: frozenset[str] = frozenset(), categories: tuple[str, ...] = ()) -> list[tuple[dt.date, bool]]:
    """Dates (with the estimate flag) on which ``country``'s own calendar lists any of ``ids``
    (and, if ``names`` is given, under one of those exact English names)."""
    out: list[tuple[dt.date, bool]] = []
    for y in years:
        try:
            hols = country_holidays(country, None, y, _english_language(country), categories)
        except (NotImplementedError, KeyError, ValueError):
            return []
        for h in hols:
            if not set(h.ids) & set(ids):
                continue
            if names and not {base_name(p) for p in h.english.split("; ")} & names:
                continue
            out.append((h.date, h.estimated))
    return sorted(set(out))


def _runs(days: list[tuple[dt.date, bool]]) -> list[tuple[dt.date, dt.date, bool]]:
    """Consecutive dates grouped into (first, last, any estimated) runs."""
    runs: list[tuple[dt.date, dt.date, bool]] = []
    for d, est in days:
        if runs and d - runs[-1][1] == dt.timedelta(days=1):
            runs[-1] = (runs[-1][0], d, runs[-1][2] or est)
        else:
            runs.append((d, d, est))
    return runs


def _ramadan(year: int, country: str | None, categories: tuple[str, ...] = ()) -> list[Observance]:
    """Ramadan from 1 Ramadan to the eve of Eid al-Fitr.

    Where ``country``'s calendar lists the day of Eid al-Fitr, Ramadan ends the day before that country's Eid,
    and its start moves by the same offset from the global (Umm al-Qura) estimate.
    """
    starts = _islamic("ramadan_beginning_dates", year) + _islamic("ramadan_beginning_dates", year + 1)
    eids = sorted(_islamic("eid_al_fitr_dates", year) + _islamic("eid_al_fitr_dates", year + 1))
    # Only the day itself counts: a multi-day "Eid al-Fitr Holiday" may start on 30 Ramadan.
    days = _country_days(country, (year, year + 1), ("eid_al_fitr",), frozenset({"Eid al-Fitr"}), categories) \
        if country else []
    local = [(first, est) for first, _, est in _runs(days)]
    out = []
    for start, est in starts:
        end = next((e for e, _ in eids if e > start), None)
        if end is None:
            continue
        mine = next(((e, e_est) for e, e_est in local if abs((e - end).days) <= 3), None)
        if mine is not None:
            shift = mine[0] - end
            start, end, est = start + shift, mine[0], mine[1]
        out.append(Observance("ramadan", start, end - dt.timedelta(days=1), est))
    return out


@lru_cache(maxsize=512)
def observance_periods(observance: str, year: int, country: str | None = None, days: int | None = None,
                       categories: tuple[str, ...] = ()) -> tuple[Observance, ...]:
    """Periods of one observance overlapping ``year``, from ``country``'s own calendar where it has them.

    ``days`` is the documented length where the observance has one (Ethiopia's Abiy Tsom: 55;
    default: ``observance_days`` of ``policies/holidays.yaml``); ``categories`` are the python-holidays
    categories the pack observes (Israel lists Yom HaZikaron as ``optional``). Islamic dates are
    estimates where flagged.
    """
    out: list[Observance] = []
    length = days or default_days().get(observance)
    if observance == "ramadan":
        out += _ramadan(year, country, categories)
    elif observance == "ashura":
        local = _runs(_country_days(country, (year,), ("tasua", "ashura"), categories=categories)) if country else []
        if local:
            out += [Observance("ashura", a, b, est) for a, b, est in local]
        else:
            out += [Observance("ashura", d, d, est) for d, est in _islamic("ashura_dates", year)]
    elif observance == "lent":
        e = easter(year)
        out.append(Observance("lent", e - dt.timedelta(days=length), e - dt.timedelta(days=1)))
    elif observance == "great_lent":
        e = easter(year, EASTER_ORTHODOX)
        out.append(Observance("great_lent", e - dt.timedelta(days=length), e - dt.timedelta(days=1)))
    elif observance == "yom_kippur":
        d = _HebrewLunisolar().yom_kippur_date(year)
        # The fast runs from sunset the evening before.
        out.append(Observance("yom_kippur", d - dt.timedelta(days=1), d))
    elif observance == "passover":
        d = _HebrewLunisolar().passover_date(year)
        out.append(Observance("passover", d, d + dt.timedelta(days=length - 1)))
    elif observance == "navratri":
        for d, _ in _country_days(country or "IN", (year,), ("dussehra",)) or _country_days("IN", (year,),
                                                                                           ("dussehra",)):
            out.append(Observance("navratri", d - dt.timedelta(days=length), d - dt.timedelta(days=1)))
    elif observance == "remembrance":
        if country:
            out += [Observance("remembrance", d, d)
                    for d, _ in _country_days(country, (year,), ("remembrance_day",), categories=categories)]
    else:
        raise ValueError(f"unknown observance {observance!r}; known: {', '.join(OBSERVANCE_IDS)}")
    return tuple(sorted({o for o in out if o.start.year <= year <= o.end.year}, key=lambda o: o.start))


def observances_on(day: dt.date, observance_ids: tuple[str, ...], country: str | None = None,
                   days: tuple[int | None, ...] = (), categories: tuple[str, ...] = ()) -> list[Observance]:
    """The observances among ``observance_ids`` whose period contains ``day``.

    ``days`` gives each observance's documented length (same order; ``None``: the default).
    """
    hits = []
    for i, oid in enumerate(observance_ids):
        length = days[i] if i < len(days) else None
        for year in (day.year - 1, day.year):
            for period in observance_periods(oid, year, country, length, categories):
                if period.start <= day <= period.end and period not in hits:
                    hits.append(period)
    return hits
