"""What the precision of the check rules rests on: optional variables, translatable words, plural gates.

Tables live in ``localekit/check/data/`` (``untranslated.yaml``; ``mozilla_plurals.json`` from
compare-locales, MPL-2.0).
"""

from __future__ import annotations

import itertools
import json
import re
from functools import cache
from pathlib import Path

import regex
import yaml

_DATA = Path(__file__).resolve().parent / "data"

# A reference comment that tells translators a variable may (or must) be left out:
# "Don't add $count to your localization", "$name is optional", "$n can be omitted".
_OPTIONAL_CUE = re.compile(
    r"(?:do\s+not|don['’]t|never|no\s+need\s+to|need\s+not|needn['’]t)\s+(?:add|use|include|insert|show|display)"
    r"|\boptional\b|(?:can|may|should)\s+be\s+(?:omitted|left\s+out|dropped|removed)"
    r"|\bnot\s+(?:required|needed|necessary)\b", re.I)
_SENTENCE = re.compile(r"[^.!?;]+(?:[.!?;]|$)")
_VAR_IN_COMMENT = re.compile(r"\$([a-zA-Z][a-zA-Z0-9_-]*)")


def optional_variables(pattern: dict, comment: str | None) -> set[str]:
    """Reference variables a translation may drop: selector-only ones, and those the comment says so of."""
    out = set(pattern.get("sel_only") or ())
    if comment and "$" in comment:
        flat = " ".join(line.strip() for line in comment.splitlines())
        for sentence in _SENTENCE.findall(flat):
            if _OPTIONAL_CUE.search(sentence):
                out.update(_VAR_IN_COMMENT.findall(sentence))
    return out


# --- untranslated ---------------------------------------------------------------------------------
@cache
def _untranslated_data() -> tuple[frozenset[str], re.Pattern[str] | None]:
    data = yaml.safe_load((_DATA / "untranslated.yaml").read_text(encoding="utf-8")) or {}
    names = sorted((str(n) for n in data.get("names") or ()), key=len, reverse=True)
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])") if names else None
    return frozenset(str(a) for a in data.get("attributes") or ()), rx


def code_attribute(attr: str | None) -> bool:
    """An attribute whose value is code (``.style``, ``.key``), never language."""
    return attr is not None and attr in _untranslated_data()[0]


_CODE_SPAN = re.compile(r"<(code|kbd|samp|var|pre)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^<>]*>")
_CSS = re.compile(r"^\s*(?:-?[a-z][a-z-]*\s*:\s*[^;:]+;?\s*)+$")
_URL = re.compile(r"\b(?:[a-z][a-z0-9+.-]*://|about:|www\.)\S*|\S+@\S+\.\w+", re.I)
# Tokens that are code or notation: keys (VK_F12, Ctrl+Shift+I, CmdOrCtrl+F), identifiers
# (snake_case, camelCase, dotted.names), file names, units and numbers.
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _is_code_token(tok: str) -> bool:
    core = tok.strip("()[]{}\"'“”‘’,;:!?…")
    if not core:
        return True
    if any(c in core for c in "_+=/\\@#$%^&*|<>~`") or "." in core.strip("."):
        return True
    if any(c.isdigit() for c in core):
        return True
    letters = [c for c in core if c.isalpha()]
    if not letters:
        return True
    if len(letters) > 1 and all(c.isupper() for c in letters):  # acronyms: HSL, OCSP, DNS
        return True
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(core))  # camelCase


def translatable_words(text: str) -> list[str]:
    """The words of ``text`` that belong to a human language (not code, markup, names or notation)."""
    if _CSS.match(text):
        return []
    text = _CODE_SPAN.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = _URL.sub(" ", text)
    names = _untranslated_data()[1]
    if names is not None:
        text = names.sub(" ", text)
    words: list[str] = []
    for tok in _TOKEN.findall(text):
        if _is_code_token(tok):
            continue
        words.extend(w for w in _WORD.findall(tok) if len(w) > 1 or not w.isascii())
    return words


# --- terms ----------------------------------------------------------------------------------------
@cache
def term_pattern(term: str) -> regex.Pattern[str]:
    """``term`` as a whole word, case-insensitive ("Nam Sa" is not in "Nam Sandwich"); a combining
    mark (an Indic vowel sign) is part of a word; no boundary is asked next to letters of scripts
    written without spaces (Chinese, Japanese, Thai...)."""
    from localekit.scripts import is_word_char, script_of_char

    def spaced(ch: str) -> bool:
        return is_word_char(ch) and script_of_char(ch) not in _NO_SPACE

    # the regex module's \w includes combining marks, unlike re's
    head = r"(?<!\w)" if spaced(term[0]) else ""
    tail = r"(?!\w)" if spaced(term[-1]) else ""
    return regex.compile(head + regex.escape(term) + tail, regex.I)


_NO_SPACE = frozenset({"Hani", "Hira", "Kana", "Thai", "Laoo", "Khmr", "Mymr", "Tibt", "Java", "Bali"})


# --- plurals ----------------------------------------------------------------------------------------
@cache
def _mozilla_plurals() -> tuple[tuple[frozenset[str], ...], dict[str, int]]:
    data = json.loads((_DATA / "mozilla_plurals.json").read_text(encoding="utf-8"))
    return tuple(frozenset(c) for c in data["categories_by_rule"]), dict(data["rule_by_locale"])


def mozilla_plural_categories(locale: str) -> frozenset[str] | None:
    """The categories Mozilla's l10n gate (compare-locales) asks of ``locale``; None when it has no rule."""
    rules, by_locale = _mozilla_plurals()
    code = locale.replace("_", "-")
    rule = by_locale.get(code)
    if rule is None:
        rule = by_locale.get(code.split("-", 1)[0])
    return None if rule is None else rules[rule]
