"""Holiday greetings by id on python-holidays' real dates, observances from each country's calendar."""

from __future__ import annotations

import dataclasses
import datetime as dt

import holidays as pyholidays
import pytest
from click.testing import CliRunner

from localekit import calendar
from localekit.cli import cli
from localekit.packs import available, load
from localekit.render import Renderer

D = dt.date.fromisoformat


def greeted(tag: str, day: str) -> list[str]:
    return load(tag).greeting_ids_on(D(day))


@pytest.mark.parametrize(("tag", "day", "why"), [
    ("tr-TR", "2026-07-15", "Democracy and National Unity Day commemorates the 2016 coup attempt's victims"),
    ("tr-TR", "2027-07-15", "same, next year"),
    ("fr-FR", "2026-05-08", "Victoire 1945 is a commemoration"),
    ("ka-GE", "2026-04-09", "9 April commemorates the victims of 1989"),
    ("ka-GE", "2027-04-09", "same, next year"),
    ("pt-PT", "2026-04-25", "Freedom Day is not Portugal's national day"),
    ("zh-CN", "2026-10-05", "国庆节（补假） is a substitute day off"),
    ("en-US", "2026-07-03", "Independence Day (observed)"),
    ("ko-KR", "2027-12-27", "대체 휴일 for Christmas"),
    ("en-US", "2026-06-19", "Juneteenth is not the Fourth of July"),
    ("pl-PL", "2026-05-01", "python-holidays calls 1 May 'National Day' in Poland"),
])
def test_not_greeted(tag, day, why):
    assert greeted(tag, day) == [], why


@pytest.mark.parametrize(("tag", "day", "hid"), [
    ("ru-RU", "2026-01-01", "new_year"),
    ("ru-RU", "2027-01-01", "new_year"),
    ("ru-RU", "2026-05-09", "victory_day"),
    ("nl-NL", "2026-04-27", "national_day"),
    ("nl-NL", "2027-04-27", "national_day"),
    ("pt-PT", "2026-06-10", "national_day"),
    ("pt-PT", "2027-06-10", "national_day"),
    ("tr-TR", "2026-10-29", "national_day"),
    ("tr-TR", "2026-08-30", "victory_day"),
    ("fr-FR", "2026-07-14", "national_day"),
    ("ka-GE", "2026-05-26", "national_day"),
    ("sv-SE", "2026-06-19", "midsummer"),
    ("lv-LV", "2026-06-23", "midsummer"),
    ("my-MM", "2026-04-13", "songkran"),
    ("mn-MN", "2026-07-11", "national_day"),
    ("ms-MY", "2026-08-25", "mawlid"),
    ("ms-MY", "2026-11-08", "diwali"),
    ("bn-BD", "2026-04-14", "regional_new_year"),
    ("kn-IN", "2026-03-19", "regional_new_year"),
    ("te-IN", "2026-03-19", "regional_new_year"),
    ("ta-IN", "2026-04-14", "regional_new_year"),
    ("ml-IN", "2026-04-15", "vishu"),
    ("am-ET", "2026-09-11", "new_year"),
    ("zh-CN", "2026-10-01", "national_day"),
    ("zh-TW", "2026-01-01", "new_year"),
    ("sq-AL", "2026-04-05", "easter"),
])
def test_greeted(tag, day, hid):
    assert hid in greeted(tag, day)


def test_avoided_holidays_are_never_greeted():
    pack = load("de-DE")
    assert greeted("de-DE", "2026-12-25") == ["christmas"]
    avoiding = dataclasses.replace(pack, avoid_ids=("christmas",))
    assert avoiding.greetings_on(D("2026-12-25")) == []


def test_greetings_on_never_returns_substitute_days():
    for tag in available():
        pack = load(tag)
        for year in (2026, 2027):
            for h in pack.holidays(year):
                if h.substitute:
                    assert h not in pack.greetings_on(h.date), (tag, h)


def test_every_greeted_calendar_id_falls_on_a_real_day():
    catalog = calendar.holiday_catalog()
    for tag in available():
        pack = load(tag)
        days = [h.date for y in (2026, 2027) for h in pack.holidays(y)]
        got = {hid for d in days for hid in pack.greeting_ids_on(d)}
        want = {hid for hid in pack.greet_ids if catalog[hid].in_calendars}
        assert want <= got, (tag, sorted(want - got))


def test_names_match_exactly_and_per_country():
    assert calendar.ids_for_name("Victory Day") == ()
    assert calendar.ids_for_name("Victory Day", "RU") == ("victory_day",)
    assert calendar.ids_for_name("Victory Day", "FR") == ("remembrance_day",)
    assert calendar.ids_for_name("Democracy and National Unity Day", "TR") == ("remembrance_day",)
    assert calendar.ids_for_name("National Day of Catalonia", "ES", "CT") == ("national_day",)
    assert calendar.ids_for_name("National Day", "ES", "CT") == ()  # 12 October is not the Diada
    assert calendar.ids_for_name("Christmas Day (observed)") == ("christmas",)
    assert calendar.ids_for_name("Eid al-Fitr (additional holiday)") == ()
    # Civic names: a listed country uses only its own; others fall back to the unambiguous global names.
    assert calendar.ids_for_name("National Day", "PL") == ()  # 1 May in python-holidays' Poland
    assert calendar.ids_for_name("National Day", "AT") == ("national_day",)
    assert calendar.ids_for_name("Coptic Christmas Day", "EG") == ("orthodox_christmas",)


def test_substitute_days_keep_their_id_apart():
    cn = {h.date: h for h in calendar.country_holidays("CN", None, 2026, "zh_CN", ("public",))}
    day = cn[D("2026-10-05")]  # 国庆节（补假）
    assert day.ids == () and day.observed == ("national_day",) and day.substitute
    swap = cn[D("2026-10-07")]  # 休息日（由 2026-10-10 调休）: a moved working day
    assert swap.substitute and swap.ids == ()
    real = cn[D("2026-10-01")]
    assert not real.substitute and real.ids == ("national_day",)


RENDERS = [
    ("de-DE", "christmas", None, "Frohe Weihnachten!"),
    ("de-DE", "new_year", None, "Frohes neues Jahr!"),
    ("sv-SE", "new_year", None, "Gott nytt år!"),
    ("sv-SE", "midsummer", None, "Glad midsommar!"),
    ("es-ES", "christmas", None, "¡Feliz Navidad!"),
    ("zh-CN", "dragon_boat", "informal", "端午安康！"),
    ("zh-CN", "national_day", None, "国庆快乐！"),
    ("ko-KR", "new_year", "formal", "새해 복 많이 받으세요!"),
    ("ko-KR", "new_year", "informal", "새해 복 많이 받아!"),
    ("hi-IN", "dussehra", "formal", "आपको दशहरे की हार्दिक शुभकामनाएँ!"),
    ("nl-NL", "national_day", None, "Fijne Koningsdag!"),
]


@pytest.mark.parametrize(("tag", "hid", "formality", "want"), RENDERS)
def test_greeting_by_id(tag, hid, formality, want):
    assert Renderer.for_locale(tag).render("holiday-greeting", {"holiday": hid}, formality=formality,
                                           width=0) == want


def test_cli_renders_greeting_by_id():
    result = CliRunner().invoke(cli, ["render", "--locale", "de-DE", "--id", "holiday-greeting", "--arg",
                                      "holiday=christmas"])
    assert result.exit_code == 0 and result.output.strip() == "Frohe Weihnachten!"


def test_every_greeted_id_has_its_own_greeting():
    for tag in available():
        pack = load(tag)
        r = Renderer.for_locale(tag)
        fallback = r.render("holiday-greeting", {"holiday": "no_such_day"}, width=0)
        for hid in pack.greet_ids:
            for formality in ("formal", "informal"):
                text = r.render("holiday-greeting", {"holiday": hid}, formality=formality, width=0)
                assert text != fallback, (tag, hid)
                assert not set("(（") & set(text), (tag, hid, text)  # no "(observed)"-style name parts


@pytest.mark.parametrize(("tag", "hid", "official"), [
    ("de-DE", "christmas", "Erster Weihnachtstag"),
    ("sv-SE", "new_year", "Nyårsdagen"),
    ("es-ES", "christmas", "Natividad del Señor"),
    ("ko-KR", "christmas", "기독탄신일"),
    ("zh-CN", "national_day", "国庆节（补假）"),
])
def test_greetings_are_not_the_official_calendar_name(tag, hid, official):
    day = next(h for y in (2026, 2027) for h in load(tag).holidays(y) if official in h.name)
    assert hid in day.ids + day.observed
    for formality in ("formal", "informal"):
        text = Renderer.for_locale(tag).render("holiday-greeting", {"holiday": hid}, formality=formality, width=0)
        assert official not in text


def test_dragon_boat_is_ankang_not_kuaile():
    for formality in ("formal", "informal"):
        text = Renderer.for_locale("zh-CN").render("holiday-greeting", {"holiday": "dragon_boat"},
                                                   formality=formality, width=0)
        assert "安康" in text and "快乐" not in text


# --- observances from each country's own calendar ---------------------------------------------
def test_ramadan_ends_the_day_before_the_countrys_own_eid():
    for country in ("BD", "PK", "ID", "MY", "TR"):
        eid = min(d for d, n in pyholidays.country_holidays(country, years=2026, language="en_US").items()
                  if n.replace(" (estimated)", "") == "Eid al-Fitr")
        (period,) = calendar.observance_periods("ramadan", 2026, country)
        assert period.end == eid - dt.timedelta(days=1), country
        assert 29 <= (period.end - period.start).days + 1 <= 30


def test_ashura_uses_the_countrys_dates_and_tasua():
    pk = pyholidays.country_holidays("PK", years=2026, language="en_US").get_named("Ashura")
    (period,) = calendar.observance_periods("ashura", 2026, "PK")
    assert {period.start, period.end} == set(pk) and len(pk) == 2
    ir = pyholidays.country_holidays("IR", years=2026, language="en_US")
    (tasua,) = ir.get_named("Tasua")
    (period,) = calendar.observance_periods("ashura", 2026, "IR")
    assert period.start == tasua and period.end == tasua + dt.timedelta(days=1)
    assert [o.id for o, _ in load("fa-IR").observances_on(tasua)] == ["ashura"]
    assert [o.id for o, _ in load("ur-PK").observances_on(min(pk))] == ["ashura"]


def test_ethiopian_fast_lasts_the_documented_55_days():
    rule = next(r for r in load("am-ET").observance_rules if r.id == "great_lent")
    assert rule.days == 55
    easter = next(h.date for h in load("am-ET").holidays(2026) if "easter" in h.ids)
    start = easter - dt.timedelta(days=55)
    assert [o.id for o, _ in load("am-ET").observances_on(start)] == ["great_lent"]
    assert load("am-ET").observances_on(start - dt.timedelta(days=1)) == []
    # Greek Orthodox Lent: Clean Monday (python-holidays' "Green Monday") to Holy Saturday, 48 days.
    green = next(h.date for h in load("el-GR").holidays(2026) if h.english == "Green Monday")
    (period,) = calendar.observance_periods("great_lent", 2026, "GR")
    assert period.start == green and (period.end - period.start).days + 1 == 48


def test_israel_remembrance_and_hanukkah_from_the_packs_categories():
    he = load("he-IL")
    zikaron = next(h.date for h in he.holidays(2026) if h.english == "Remembrance Day")  # optional category
    assert [o.id for o, _ in he.observances_on(zikaron)] == ["remembrance"]
    hanukkah = [h.date for h in he.holidays(2026) if "hanukkah" in h.ids]  # school category
    assert len(hanukkah) == 8 and all(he.greeting_ids_on(d) == ["hanukkah"] for d in hanukkah)
    assert he.greeting_ids_on(D("2026-09-21")) == []  # Yom Kippur is a fast, never greeted


def test_default_observance_lengths_come_from_the_policy_file_and_match_the_calendars():
    import holidays as pyholidays

    assert set(calendar.default_days()) <= set(calendar.OBSERVANCE_IDS)
    # Western Lent: Ash Wednesday (python-holidays: Jamaica's public holiday) to Holy Saturday
    ash = pyholidays.country_holidays("JM", years=2026).get_named("Ash Wednesday")[0]
    (lent,) = calendar.observance_periods("lent", 2026)
    assert lent.start == ash and (lent.end - lent.start).days + 1 == calendar.default_days()["lent"]
    # Passover: Israel's first and seventh days (python-holidays) bound the 7-day default
    il = pyholidays.country_holidays("IL", years=2026)
    first, seventh = min(il.get_named("Pesach")), min(il.get_named("Seventh day of Pesach"))
    (pesach,) = calendar.observance_periods("passover", 2026, "IL")
    assert (pesach.start, pesach.end) == (first, seventh)
