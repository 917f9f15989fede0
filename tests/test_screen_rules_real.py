"""The screener's script and unlucky-number rules on real text it was never written against.

Sentences come from the UD corpora (news, Wikipedia, reviews) and from shipped mozilla.org copy in
``../shared``; each rule gets true positives and near misses in several scripts. The model is the
keyword stand-in (tests/screen_stub.py): these rules do not read it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast
from screen_stub import KeywordBackend

from localekit import packs
from localekit.normalize import normalize
from localekit.render import Renderer
from localekit.screen.rules import Context, ScriptRule, UnluckyNumberRule
from localekit.screen.screener import Screener

WHEN = dt.datetime(2026, 6, 1, 12, 0)


@pytest.fixture(scope="module")
def scr() -> Screener:
    return Screener(backend=KeywordBackend())


@pytest.fixture(scope="module")
def ud(shared: Path) -> Path:
    return shared / "corpora" / "ud"


def sentences(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def sentence_with(path: Path, fragment: str) -> str:
    return next(t for t in sentences(path) if fragment in t)


def hits(rule, text: str, tag: str) -> list[str]:
    pack = packs.load(tag)
    ctx = Context(norm=normalize(text, scripts=pack.scripts), pack=pack, locale=tag, when=WHEN, scores={},
                  flagged=[], register="neutral", register_source="none")
    return [text[h.span[0]:h.span[1]] for h in rule.check(ctx)]


def catalog_texts(folder: Path) -> list[str]:
    parser = FluentParser(with_spans=False)
    out = []
    for f in sorted(folder.rglob("*.ftl")):
        for entry in parser.parse(f.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message) and entry.value is not None:
                text = "".join(e.value for e in entry.value.elements if isinstance(e, ast.TextElement)).strip()
                if text:
                    out.append(text)
    return out


# --- script ----------------------------------------------------------------------------------
def test_script_rule_japanese_prolonged_sound_mark_on_real_catalog(www_l10n: Path):
    """ー (U+30FC) is Common with Script_Extensions Hira/Kana: mozilla.org's Japanese copy has it in
    hundreds of katakana words (ダウンロード, サーバー) and must get no script finding."""
    texts = catalog_texts(www_l10n / "ja")
    with_mark = [t for t in texts if "ー" in t]
    assert len(with_mark) > 300
    assert [t for t in texts if hits(ScriptRule(), t, "ja-JP")] == []


def test_script_rule_own_core_catalogs_pass(scr):
    """Every bundled pack's own core catalog, rendered in both registers, passes the script rule."""
    args = {"count": 3, "minutes": 5, "item": "x", "items": ["a", "b"], "when": dt.datetime(2026, 12, 24, 18, 30),
            "name": "x", "holiday": "christmas", "amount": 5, "temperature": 21, "city": "x"}
    checked = 0
    for tag in sorted(packs.available()):
        r = Renderer.for_locale(tag)
        for mid in r.message_ids():
            for form in ("formal", "informal"):
                text = r.render(mid, args, formality=form)
                v = scr.screen(text, tag)
                assert not [f for f in v["findings"] if f["code"] == "foreign-script"], (tag, mid, text)
                checked += 1
    assert checked > 1000


@pytest.mark.parametrize(("lang", "tag"), [("ja", "ja-JP"), ("ar", "ar-SA"), ("hi", "hi-IN"), ("th", "th-TH"),
                                           ("ko", "ko-KR"), ("ru", "ru-RU"), ("de", "de-DE")])
def test_script_rule_silent_on_real_news_in_its_own_script(ud: Path, lang: str, tag: str):
    texts = sentences(ud / "pud" / f"{lang}.jsonl")
    assert [t for t in texts if hits(ScriptRule(), t, tag)] == []


@pytest.mark.parametrize(("source", "tag", "script"), [
    ("th", "hi-IN", "Thai"), ("ko", "ja-JP", "Hang"), ("ru", "ar-SA", "Cyrl"), ("ar", "ru-RU", "Arab"),
    ("hi", "th-TH", "Deva"), ("ja", "zh-CN", "Hira"),
])
def test_script_rule_true_positive_real_sentence_in_another_script(scr, ud: Path, source: str, tag: str,
                                                                   script: str):
    text = sentences(ud / "pud" / f"{source}.jsonl")[7]
    msgs = [f["message"] for f in scr.screen(text, tag)["findings"] if f["code"] == "foreign-script"]
    assert any(f"script {script} " in m for m in msgs), msgs


def test_script_rule_near_miss_han_in_korean_and_foreign_name_in_finnish(scr, ud: Path):
    # Korean packs write Kore = Hangul + Han: hanja in Korean text is Korean
    zh = sentences(ud / "pud" / "zh.jsonl")[7]
    assert [f for f in scr.screen(zh, "ko-KR")["findings"] if f["code"] == "foreign-script"] == []
    # Wikipedia gives a Russian name in Cyrillic: a real script finding with its exact span
    fi = sentence_with(ud / "mono" / "fi.jsonl", "Tatjana Levina")
    assert hits(ScriptRule(), fi, "fi-FI") == ["Татьяна"]
    # the micro sign µ is a Common character (NFKC turns it into Greek μ): "50 µl" is Romanian
    ro = sentence_with(ud / "mono" / "ro.jsonl", "50 µl")
    assert hits(ScriptRule(), ro, "ro-RO") == []
    assert hits(ScriptRule(), "Se adaugă 50 μl (μ grecesc).", "ro-RO") == ["μ"]


# --- unlucky numbers ---------------------------------------------------------------------------
@pytest.mark.parametrize(("path", "fragment", "tag"), [
    ("mono/de.jsonl", "bis 13. August", "de-DE"),
    ("mono/de.jsonl", "vom 13. November 1945", "de-DE"),
    ("pud/ja.jsonl", "4月に被害者が", "ja-JP"),
    ("pud/ko.jsonl", "4월부터 6월까지", "ko-KR"),
    ("pud/zh.jsonl", "1882年4月21日", "zh-CN"),
    ("mono/it.jsonl", "del 17 maggio", "it-IT"),
    ("mono/ru.jsonl", "13 февраля суббота", "ru-RU"),
    ("mono/ca.jsonl", "13 d'octubre", "ca-ES"),
    ("mono/vi.jsonl", "Tháng 4 - 1997", "vi-VN"),
    ("mono/de.jsonl", "13 000 Schwarze", "de-DE"),
    ("mono/zh.jsonl", "4·19学运", "zh-CN"),
])
def test_unlucky_number_near_miss_real_dates_and_larger_numbers(ud: Path, path: str, fragment: str, tag: str):
    text = sentence_with(ud / path, fragment)
    assert hits(UnluckyNumberRule(), text, tag) == [], text


@pytest.mark.parametrize(("path", "fragment", "tag", "number"), [
    ("mono/de.jsonl", "und 13 Soldaten", "de-DE", "13"),
    ("pud/ja.jsonl", "大人10人のうち4人", "ja-JP", "4"),
    ("pud/ko.jsonl", "약 4분이", "ko-KR", "4"),
    ("mono/zh.jsonl", "地铁4号线", "zh-CN", "4"),
    ("mono/es.jsonl", "los 13 partidos", "es-ES", "13"),
    ("mono/fa.jsonl", "یک بنای 13 طبقهٔ", "fa-IR", "13"),
])
def test_unlucky_number_true_positive_real_counts(ud: Path, path: str, fragment: str, tag: str, number: str):
    text = sentence_with(ud / path, fragment)
    assert number in hits(UnluckyNumberRule(), text, tag), text


@pytest.mark.parametrize(("text", "tag"), [
    ("Der Termin ist am 13. November.", "de-DE"), ("4月10日の4時に伺います。", "ja-JP"),
    ("Delivery on 13/11/2026 at 4:13 PM.", "en-US"), ("Released 2026-11-13.", "de-DE"),
    ("Order 1413 shipped.", "en-US"), ("It costs 4.13 euros.", "fi-FI"), ("Klo 4.13 alkaen.", "fi-FI"),
    ("Revision 2f4d980 of the code of conduct.", "zh-CN"), ("4. ダウンロード:", "ja-JP"),
    ("جلسه در ۱۳ نوامبر ساعت ۱۳:۰۰ است.", "fa-IR"), ("Подписано 13 ноября.", "ru-RU"),
])
def test_unlucky_number_reported_formats(text: str, tag: str):
    """The formats named when the rule misfired: dates, times and larger numbers in CLDR's formats."""
    assert hits(UnluckyNumberRule(), text, tag) == []


def test_unlucky_number_firing_rate_on_real_product_copy(www_l10n: Path):
    """mozilla.org copy in the four locales with 4 as an unlucky number: dates, times, versions and
    codes stay silent; what remains are real counts (最大 4 つ, 4～5 週間ごと)."""
    for folder, tag in (("ja", "ja-JP"), ("ko", "ko-KR"), ("zh-CN", "zh-CN"), ("zh-TW", "zh-TW")):
        texts = catalog_texts(www_l10n / folder)
        fired = [t for t in texts if hits(UnluckyNumberRule(), t, tag)]
        assert len(fired) <= 12, (folder, fired)
