"""Hostile screening text through the library API, beyond test_screen_contract.py's
hypothesis mixes: whitespace-only and invisible-only text, lone surrogates, non-string items,
1 MB items of mixed scripts / emoji ZWJ sequences / stacked combining marks, and the display-width
helpers on the same inputs. The model is the keyword stand-in (tests/screen_stub.py).
"""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from screen_stub import KeywordBackend

from localekit.screen.screener import Screener
from localekit.textwidth import display_width, truncate

ACTIONS = ("allow", "revise", "review", "block")


@pytest.fixture(scope="module")
def scr() -> Screener:
    return Screener(backend=KeywordBackend())


@pytest.fixture()
def alarm() -> Iterator[None]:
    """Fail a hung case after 60 s instead of hanging CI."""

    def on_alarm(signum: int, frame: object) -> None:
        raise TimeoutError("screening still running after 60 s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def check_verdict(v: dict, text: object) -> None:
    json.dumps(v, ensure_ascii=True)  # always serialisable
    assert v["action"] in ACTIONS
    if "error" in v:
        assert v["action"] == "review"
        return
    n = len(text) if isinstance(text, str) else 0
    for f in v["findings"]:
        s, e = f["span"]
        assert 0 <= s <= e <= n
        assert "\n" not in f["message"]


@pytest.mark.parametrize("text", ["", " ", "\n\t\r", "\u3000", "\u00a0\u2003", " " * 10_000])
def test_whitespace_is_an_empty_text_error(scr: Screener, text: str) -> None:
    v = scr.screen(text, "de-DE")
    assert v["error"]["code"] == "empty_text" and v["action"] == "review"


@pytest.mark.parametrize("text", ["\u200b", "\ufeff", "\u202e\u202c", "\u2060\u2060"])
def test_invisible_only_text_is_not_allowed(scr: Screener, text: str) -> None:
    v = scr.screen(text, "de-DE")
    assert v["action"] != "allow"


@pytest.mark.parametrize("item", [None, 123, b"beer", ["beer"], {"text": None}, {"text": 5}, {"id": 1}])
def test_non_string_items_are_item_errors(scr: Screener, item: object) -> None:
    (v,) = scr.screen_many([item], "de-DE")
    assert v["action"] == "review" and v["error"]["code"] in ("invalid_item", "empty_text")


@pytest.mark.parametrize("text", ["\ud800", "beer\udfff", "\udfff\ud800 beer", "\ud83d\ude00\ud800",
                                  "b\ud83ceer"])
def test_lone_surrogates_via_api(scr: Screener, text: str) -> None:
    v = scr.screen(text, "ar-SA")
    check_verdict(v, text)
    if "beer" in text or "eer" in text:
        assert v["action"] != "allow"  # ar-SA revises alcohol; a surrogate must not hide it


def _mb(unit: str) -> str:
    return (unit * (1_000_000 // len(unit) + 1))[:1_000_000]


MEGABYTE = {
    "mixed-scripts": _mb("Спасибо مرحبا 你好 beer नमस्ते こんにちは ภาษาไทย 한국어 "),
    "emoji-zwj": _mb("👩🏽\u200d💻 👨\u200d👩\u200d👧\u200d👦 🏳️\u200d🌈 beer "),
    "combining": _mb("b\u0335e\u0301\u0302\u0303e\u0308r " + "x" + "\u0301" * 40 + " "),
    "rtl-bidi": _mb("مرحبا \u202ebeer\u202c \u2067שלום\u2069 "),
    "one-word": "b" + "e" * 999_998 + "r",
    "no-spaces": _mb("beerbeer"),
}


@pytest.mark.parametrize("name", sorted(MEGABYTE))
def test_megabyte_items_are_bounded(scr: Screener, alarm: None, name: str) -> None:
    text = MEGABYTE[name]
    v = scr.screen(text, "ar-SA")
    check_verdict(v, text)
    codes = [f["code"] for f in v["findings"]]
    assert all(codes.count(c) <= 21 for c in set(codes))  # capped: 20 + "... and N more"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.text(alphabet=st.characters(categories=["Mn", "Me", "Cf", "Zs", "So", "Lo"]),
                                  max_size=6),
                          st.sampled_from(["beer", "pork", "Bier", "пиво", "ビール", "🍺", "\ud800", "\u200d", "️"])),
                max_size=10).map("".join),
       st.sampled_from(["de-DE", "ar-SA", "ja-JP", "ru-RU", "hi-IN", "he-IL"]))
def test_random_mixes_never_crash(scr: Screener, text: str, locale: str) -> None:
    check_verdict(scr.screen(text, locale), text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.integers(0, 30))
def test_display_width_and_truncate(text: str, width: int) -> None:
    w = display_width(text)
    assert w >= 0
    cut = truncate(text, width)
    assert isinstance(cut, str)
    if width and w <= width:
        assert cut == text
    if width:
        assert display_width(cut) <= max(width, 1)


def test_a_megabyte_of_term_exceptions_is_bounded(scr: Screener, alarm: None) -> None:
    """Every "burger" here sits inside the name "Burger King" (a topic-term exception): each match
    is checked against ~85,000 exception spans, which must not take quadratic time."""
    text = "Burger King " * 85_000
    v = scr.screen(text, "fi-FI")
    check_verdict(v, text)
    assert not any("term 'burger'" in f["message"] for f in v["findings"])
