"""Holiday tagging and observance periods against python-holidays' own calendars."""

from __future__ import annotations

import datetime as dt

import holidays as pyholidays
import pytest

from localekit import calendar


def test_ids_for_english_names():
    assert calendar.ids_for_name("Christmas Day") == ("christmas",)
    assert calendar.ids_for_name("Eid al-Fitr Holiday") == ("eid_al_fitr",)
    assert calendar.ids_for_name("Chinese New Year (Spring Festival)") == ("lunar_new_year",)
    assert calendar.ids_for_name("Christmas Eve") == ("christmas_eve",)
    assert calendar.ids_for_name("Arbor Day") == ()


def test_saudi_holidays_localized_in_arabic():
    hol = calendar.country_holidays("SA", None, 2026, "ar", ("public",))
    eid = [h for h in hol if "eid_al_fitr" in h.ids]
    assert eid and all("عيد الفطر" in h.name for h in eid)
    assert not any("christmas" in h.ids for h in hol)


def test_ramadan_period_matches_python_holidays_eid():
    (period,) = [p for p in calendar.observance_periods("ramadan", 2026) if p.start.year == 2026]
    eid = pyholidays.country_holidays("SA", years=2026, language="en_US").get_named("Eid al-Fitr")
    # Ramadan ends the day before Eid al-Fitr (python-holidays' estimate) and lasts 29-30 days.
    assert period.end + dt.timedelta(days=1) in eid
    assert 29 <= (period.end - period.start).days + 1 <= 30


def test_observances_on():
    mid_ramadan = dt.date(2026, 3, 1)
    assert [o.id for o in calendar.observances_on(mid_ramadan, ("ramadan", "lent"))] == ["ramadan", "lent"]
    assert calendar.observances_on(dt.date(2026, 7, 1), ("ramadan", "lent")) == []
    yk = calendar.observances_on(dt.date(2026, 9, 21), ("yom_kippur",))
    assert yk and yk[0].start == dt.date(2026, 9, 20)


def test_unknown_observance():
    with pytest.raises(ValueError, match="unknown observance"):
        calendar.observance_periods("carnival", 2026)
