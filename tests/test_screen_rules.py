"""Deterministic screener rules: a true positive and a near miss each, and the locale policy.

The model is replaced by a keyword stand-in (tests/screen_stub.py) so these run in milliseconds.
"""

from __future__ import annotations

import datetime as dt

import pytest
from screen_stub import KeywordBackend

from localekit.policy import TOPICS
from localekit.screen.rules import RULES
from localekit.screen.screener import Screener


@pytest.fixture(scope="module")
def scr() -> Screener:
    return Screener(backend=KeywordBackend())


def codes(v) -> list[str]:
    return [f["code"] for f in v["findings"]]


def finding(v, code):
    return next(f for f in v["findings"] if f["code"] == code)


def test_rules_registered_once_with_stable_codes():
    assert set(RULES.ids()) >= {"topic", "obfuscation", "register", "foreign-script", "banned-term",
                                "unlucky-number", "holiday-greeting", "observance"}


def test_policy_per_locale_pork(scr):
    text = "Try the slow-cooked pulled pork sandwich."
    sa = scr.screen(text, "ar-SA")
    de = scr.screen(text, "de-DE")
    assert "pork" in sa["flagged"] and "pork" in de["flagged"]
    assert sa["action"] == "revise"
    assert de["action"] == "allow"
    f = finding(sa, "topic")
    assert text[f["span"][0]:f["span"][1]] == "pork"
    assert "haram" in f["message"]


def test_policy_block_beats_revise(scr):
    v = scr.screen("The casino has a great bar with cold beer.", "ar-SA")
    assert set(v["flagged"]) >= {"gambling", "alcohol"}
    assert v["action"] == "block"


def test_register_rule_true_positive_and_near_miss(scr):
    text = "Möchtest du dein Konto löschen?"
    v = scr.screen(text, "de-DE")
    assert v["formality"] == "informal"
    f = finding(v, "register")
    assert text[f["span"][0]:f["span"][1]] in {"du", "dein"}
    ok = scr.screen("Möchten Sie Ihr Konto löschen?", "de-DE")
    assert ok["formality"] == "formal" and "register" not in codes(ok)
    assert ok["action"] == "allow"


def test_script_rule(scr):
    text = "Ihre Bestellung ist unterwegs. Спасибо!"
    v = scr.screen(text, "de-DE")
    f = finding(v, "foreign-script")
    assert "Cyrl" in f["message"]
    assert text[f["span"][0]:f["span"][1]] == "Спасибо"
    assert "obfuscation" not in codes(v)  # real Russian is not a homoglyph attack
    assert "foreign-script" not in codes(scr.screen("Ihre Bestellung (Order #42) ist unterwegs.", "de-DE"))


def test_forbidden_term(scr):
    text = "Das war die Endlösung für das Problem."
    v = scr.screen(text, "de-DE")
    f = finding(v, "banned-term")
    assert text[f["span"][0]:f["span"][1]] == "Endlösung"
    assert v["action"] == "block"
    assert "banned-term" not in codes(scr.screen("Das war die Lösung für das Problem.", "de-DE"))


@pytest.mark.parametrize(("text", "locale", "term"), [
    ("他在文章里把中国人叫作支那人，引起了抗议。", "zh-CN", "支那"),
    ("戦前の新聞は中国を支那と呼んでいた。", "ja-JP", "支那"),
    ("地图上把台湾国标成了独立国家。", "zh-CN", "台湾国"),
    ("有人在留言里写支那，被版主删除了。", "zh-TW", "支那"),
])
def test_forbidden_term_inside_running_unspaced_text(scr, text, locale, term):
    f = finding(scr.screen(text, locale), "banned-term")
    assert text[f["span"][0]:f["span"][1]] == term


@pytest.mark.parametrize(("text", "locale"), [
    ("法国曾统治印度支那半岛的大部分地区。", "zh-CN"),
    ("台湾国际机场的航班今天正常起降。", "zh-CN"),
    ("台湾国立大学今年招收了更多学生。", "zh-CN"),
    ("東シナ海の天気は晴れです。", "ja-JP"),
])
def test_forbidden_term_not_inside_an_allowed_word(scr, text, locale):
    assert "banned-term" not in codes(scr.screen(text, locale))


def test_unlucky_number(scr):
    text = "Wir empfehlen Zimmer 13 im dritten Stock."
    v = scr.screen(text, "de-DE")
    f = finding(v, "unlucky-number")
    assert text[f["span"][0]:f["span"][1]] == "13"
    near = scr.screen("Wir empfehlen Zimmer 113, Termin am 13.05. um 14:13 Uhr.", "de-DE")
    assert "unlucky-number" not in codes(near)


def test_holiday_greeting_not_observed(scr):
    text = "Happy Diwali! Your order ships tomorrow."
    v = scr.screen(text, "de-DE")
    f = finding(v, "holiday-greeting")
    assert text[f["span"][0]:f["span"][1]] == "Happy Diwali"
    assert v["action"] == "revise"
    # Christmas is observed in Germany: no finding
    assert "holiday-greeting" not in codes(scr.screen("Frohe Weihnachten und einen guten Rutsch!", "de-DE"))


def test_holiday_greeting_avoided_in_locale_language(scr):
    v = scr.screen("Merry Christmas from all of us!", "ar-SA")
    assert "holiday-greeting" in codes(v)
    assert "avoids christmas" in finding(v, "holiday-greeting")["message"]
    assert "holiday-greeting" not in codes(scr.screen("عيد مبارك! طلبك في الطريق.", "ar-SA"))


def test_holiday_greeting_for_a_day_of_remembrance(scr):
    # Memorial Day is a US federal holiday, but it honours the war dead: "Happy Memorial Day" is flagged.
    v = scr.screen("Happy Memorial Day! Enjoy the long weekend.", "en-US")
    assert "remembrance_day is a day of mourning" in finding(v, "holiday-greeting")["message"]
    assert "holiday-greeting" not in codes(scr.screen("Happy Thanksgiving!", "en-US"))


def test_holiday_greeting_from_localized_names(scr):
    # "Frohes Chanukka" is in the lexicon; a python-holidays German name with a greeting word too
    v = scr.screen("Fröhliche Ostern!", "ar-SA")
    assert "holiday-greeting" not in codes(v)  # German greeting words are only used for German locales
    v = scr.screen("Schöne Pfingsten wünschen wir!", "de-DE")  # observed in DE -> no finding
    assert "holiday-greeting" not in codes(v)


RAMADAN_2026 = dt.datetime(2026, 3, 1, 12, 0)  # Ramadan 1447 runs ~18 Feb - 19 Mar 2026


def test_ramadan_daytime_food(scr):
    text = "How about lunch at the new café near the mall?"
    v = scr.screen(text, "ar-SA", when=RAMADAN_2026)
    f = finding(v, "observance")
    assert "ramadan" in f["message"]
    assert v["action"] == "revise"
    # outside Ramadan, or an iftar suggestion during it: no finding
    assert "observance" not in codes(scr.screen(text, "ar-SA", when=dt.datetime(2026, 6, 1, 12)))
    iftar = "How about iftar at the new restaurant after sunset?"
    assert "observance" not in codes(scr.screen(iftar, "ar-SA", when=RAMADAN_2026))
    assert "observance" not in codes(scr.screen(text, "de-DE", when=RAMADAN_2026))


def test_clean_text_allows(scr):
    v = scr.screen("Your package will arrive on Tuesday.", "en-US")
    assert v["action"] == "allow" and v["findings"] == [] and v["flagged"] == []
    assert list(v["topics"]) == list(TOPICS)


def test_audit_rejects_an_allow_in_word_without_its_term():
    import copy
    import types

    from localekit import packs
    from localekit.audit import PolicyRule

    data = copy.deepcopy(packs._doc("zh-CN").data)
    assert not list(PolicyRule().problems(types.SimpleNamespace(data=data)))
    term = next(t for t in data["policy"]["forbidden_terms"] if t["term"] == "支那")
    term["allow_in"] = ["印度"]
    msgs = [m for m, _where, _sev in PolicyRule().problems(types.SimpleNamespace(data=data))]
    assert any("'印度' does not contain the term" in m for m in msgs)
