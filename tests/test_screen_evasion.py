"""Evasion-proof normalisation: obfuscated variants are judged like the plain text,
the obfuscation is reported, and spans point into the original text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from screen_stub import KeywordBackend

from localekit.normalize import normalize
from localekit.screen.lexicons import LEXICON
from localekit.screen.screener import Screener

lex = LEXICON.__contains__

VARIANTS = {
    "plain": "Have a cold beer tonight.",
    "cyrillic": "Have a cold b\u0435\u0435r tonight.",  # Cyrillic е twice
    "zero_width": "Have a cold b\u200beer tonight.",
    "bidi": "Have a cold be\u202eer tonight.",
    "fullwidth": "Have a cold \uff42\uff45\uff45\uff52 tonight.",
    "leet": "Have a cold b33r tonight.",
    "soft_hyphen": "Have a cold be\u00ader tonight.",
}


@pytest.mark.parametrize("kind", sorted(VARIANTS))
def test_variant_normalises_to_plain(kind):
    n = normalize(VARIANTS[kind], scripts=["Latn"], lexicon=lex)
    assert n.folded == "have a cold beer tonight."
    i = n.folded.index("beer")
    s, e = n.span(i, i + 4, "folded")
    assert n.original[s:e].replace("\u200b", "").replace("\u202e", "").replace("\u00ad", "") != ""
    assert normalize("beer").folded in n.original[s:e].casefold() or kind != "plain"
    assert n.obfuscated == (kind != "plain")


@pytest.fixture(scope="module")
def scr() -> Screener:
    return Screener(backend=KeywordBackend())


@pytest.mark.parametrize("kind", sorted(VARIANTS))
def test_variant_flags_like_plain_with_original_spans(scr, kind):
    text = VARIANTS[kind]
    v = scr.screen(text, "ar-SA")
    assert v["flagged"] == ["alcohol"]
    assert v["action"] in ("revise", "review")
    topic = next(f for f in v["findings"] if f["code"] == "topic")
    s, e = topic["span"]
    assert s == 12 and text[e - 1] in "rR\uff52"  # span covers the obfuscated word in the original
    codes = [f["code"] for f in v["findings"]]
    assert ("obfuscation" in codes) == (kind != "plain")
    if kind != "plain":
        assert v["action"] == "review"


@pytest.mark.parametrize("text,mixed,scripts", [
    ("Speck ist lecker, probier den Schweinebauch.", "Speck ist lecker, probier den Schw\u0435inebauch.", ["Latn"]),
    ("Нам нужна водка", "Нам нужна в\u006fдка", ["Cyrl"]),  # Latin o inside a Russian word
])
def test_cyrillic_latin_mix_is_repaired_in_both_directions(text, mixed, scripts):
    assert mixed != text
    n = normalize(mixed, scripts=scripts, lexicon=lex)
    assert n.text == text
    assert [c.kind for c in n.changes] == ["confusable"]


def test_leet_only_for_lexicon_words_or_symbols_between_letters():
    n = normalize("In 2024 I bought 3 mp3 players for covid19 tests, 1kg each; デーツで1つずつ", lexicon=lex)
    assert n.text == "In 2024 I bought 3 mp3 players for covid19 tests, 1kg each; デーツで1つずつ"
    assert not n.changes
    n = normalize("a l33t b00k", lexicon=lex)  # symbols between letters: leetspeak even off-lexicon
    assert n.text == "a leet book" and [c.kind for c in n.changes] == ["leet", "leet"]
    n = normalize("W33D and v0dk4 for $5", lexicon=lex)
    assert n.folded == "weed and vodka for $5"


def test_legit_invisibles_kept_or_not_reported(scr):
    # emoji ZWJ sequences survive; ZWNJ inside Persian words is orthography, not obfuscation
    flag = "🏳️\u200d🌈"
    assert normalize(f"Pride {flag}").text == f"Pride {flag}"
    v = scr.screen("می\u200cخواهم", "fa-IR")
    assert "obfuscation" not in [f["code"] for f in v["findings"]]


def test_russian_text_not_mangled_in_latin_locale():
    n = normalize("Привет, как дела?", scripts=["Latn"], lexicon=lex)
    assert n.text == "Привет, как дела?" and not n.changes


def test_megabyte_text_linear():
    text = ("a\u200bb ｆｕｌｌ ünï " * 80_000)[:1_000_000]
    n = normalize(text, scripts=["Latn"], lexicon=lex)
    assert len(n.original) == 1_000_000 and "\u200b" not in n.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_spans_always_inside_original(text):
    n = normalize(text, scripts=["Latn"], lexicon=lex)
    for view in ("text", "folded"):
        size = len(n.text if view == "text" else n.folded)
        for i in range(size):
            s, e = n.span(i, i + 1, view)
            assert 0 <= s < e <= len(text)
