"""Writing scripts (ISO 15924) of text, and the script tables derived from the Unicode Character Database.

Script of a character comes from the Unicode Script property (the `regex` module); which scripts
are written right to left, without spaces or with letter case is derived from the Bidi_Class,
Line_Break and General_Category properties, so no hand-kept list can fall behind Unicode.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache

import pycountry
import regex

# ISO 15924 codes that name a union of Unicode scripts (Jpan = Han + Hiragana + Katakana).
COMPOSITE_SCRIPTS: dict[str, frozenset[str]] = {
    "Jpan": frozenset({"Hani", "Hira", "Kana"}),
    "Kore": frozenset({"Hang", "Hani"}),
    "Hans": frozenset({"Hani"}),
    "Hant": frozenset({"Hani"}),
    "Hrkt": frozenset({"Hira", "Kana"}),
    "Hanb": frozenset({"Hani", "Bopo"}),
    "Aran": frozenset({"Arab"}),
    "Latf": frozenset({"Latn"}),
    "Latg": frozenset({"Latn"}),
    "Cyrs": frozenset({"Cyrl"}),
    "Syre": frozenset({"Syrc"}),
    "Syrj": frozenset({"Syrc"}),
    "Syrn": frozenset({"Syrc"}),
}
# Scripts tried first when classifying a character (the rest follow in ISO order).
_COMMON_FIRST = ("Latn", "Cyrl", "Arab", "Hani", "Hira", "Kana", "Hang", "Deva", "Grek", "Hebr", "Thai",
                 "Beng", "Taml", "Telu", "Knda", "Mlym", "Gujr", "Guru", "Orya", "Sinh", "Mymr", "Khmr",
                 "Laoo", "Geor", "Armn", "Ethi", "Tibt", "Mong", "Thaa", "Bopo")
_LETTER = regex.compile(r"[\p{L}\p{M}\p{Nd}]")


def is_iso15924(code: str) -> bool:
    return pycountry.scripts.get(alpha_4=code) is not None


@cache
def _script_patterns() -> tuple[tuple[str, regex.Pattern], ...]:
    codes = list(_COMMON_FIRST)
    for script in pycountry.scripts:
        code = script.alpha_4
        if code not in codes and not code.startswith("Z") and code not in COMPOSITE_SCRIPTS:
            codes.append(code)
    out = []
    for code in codes:
        try:
            out.append((code, regex.compile(rf"\p{{sc={code}}}")))
        except regex.error:  # ISO code without a Unicode script (e.g. Blis): never in text
            continue
    return tuple(out)


@cache
def script_of_char(ch: str) -> str | None:
    """ISO 15924 code of one character's script; ``None`` for Common/Inherited characters."""
    for code, pattern in _script_patterns():
        if pattern.match(ch):
            return code
    return None


def is_word_char(ch: str) -> bool:
    """Whether ``ch`` belongs to a word: a letter, a digit or a combining mark (an Indic vowel sign
    or virama continues the word it follows)."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def scripts_of(text: str) -> Counter[str]:
    """Count letters (and marks/digits with a script) of ``text`` per ISO 15924 script."""
    counts: Counter[str] = Counter()
    for ch in _LETTER.findall(text):
        code = script_of_char(ch)
        if code:
            counts[code] += 1
    return counts


def expand(scripts: Iterable[str]) -> frozenset[str]:
    """Unicode scripts covered by ISO codes, composite codes expanded (``Jpan`` -> Hani/Hira/Kana)."""
    out: set[str] = set()
    for code in scripts:
        out |= COMPOSITE_SCRIPTS.get(code, {code})
    return frozenset(out)


def unexpected_scripts(text: str, expected: Iterable[str], tolerate: Iterable[str] = ("Latn",)) -> Counter[str]:
    """Letters of ``text`` in scripts outside ``expected`` (and ``tolerate``), counted per script."""
    allowed = expand(expected) | expand(tolerate)
    return Counter({code: n for code, n in scripts_of(text).items() if code not in allowed})


def script_spans(text: str, scripts: Iterable[str]) -> list[tuple[int, int, str]]:
    """Runs of characters in the given scripts, as ``(start, end, script)``."""
    wanted = expand(scripts)
    spans: list[tuple[int, int, str]] = []
    for m in _LETTER.finditer(text):
        code = script_of_char(m.group())
        if code in wanted:
            if spans and spans[-1][1] == m.start() and spans[-1][2] == code:
                spans[-1] = (spans[-1][0], m.end(), code)
            else:
                spans.append((m.start(), m.end(), code))
    return spans


# --- script tables from Unicode properties -------------------------------------------------------
@cache
def _letters() -> str:
    """Every letter of planes 0 and 1 (where every living script is encoded), in code point order."""
    return "".join(ch for ch in map(chr, range(0x20000)) if unicodedata.category(ch)[0] == "L")


def _scripts_mostly(selected: str, share: float) -> frozenset[str]:
    """Scripts with at least ``share`` of their letters in ``selected`` (a subset of the letters)."""
    out = set()
    letters = _letters()
    for code, pattern in _script_patterns():
        k = len(pattern.findall(selected))
        if k and k >= share * len(pattern.findall(letters)):
            out.add(code)
    return frozenset(out)


@cache
def rtl_scripts() -> frozenset[str]:
    """Scripts whose letters are mostly right-to-left (Bidi_Class R or AL), composite codes included."""
    rtl = "".join(ch for ch in _letters() if unicodedata.bidirectional(ch) in ("R", "AL"))
    base = _scripts_mostly(rtl, 0.5)
    return base | {code for code, parts in COMPOSITE_SCRIPTS.items() if parts <= base}


@cache
def spaceless_scripts() -> frozenset[str]:
    """Scripts written without spaces between words (mostly Line_Break SA or ID: Thai, Han, Kana ...)."""
    return _scripts_mostly("".join(regex.findall(r"[\p{lb=SA}\p{lb=ID}]", _letters())), 0.5)


@cache
def bicameral_scripts() -> frozenset[str]:
    """Cased scripts without cursive joining (Latin, Cyrillic, Greek ...): ZWJ/ZWNJ shape nothing in them."""
    letters = _letters()
    cased = _scripts_mostly("".join(ch for ch in letters if unicodedata.category(ch) == "Lu"), 0.0)
    joining = _scripts_mostly("".join(regex.findall(r"\p{Joining_Type=Dual_Joining}", letters)), 0.0)
    return cased - joining


def is_rtl(script: str | None) -> bool:
    """True when ``script`` (an ISO 15924 code, composite codes included) is written right to left."""
    return script is not None and script in rtl_scripts()
