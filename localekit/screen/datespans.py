"""Where dates and times are in a text, from the locale's own CLDR patterns (via Babel).

Every date, time and date-time pattern CLDR gives a locale (the ``full``..``short`` formats and all
``availableFormats`` skeletons: ``d. MMMM``, ``M月d日``, ``H時``, ``h:mm a``, ``H.mm``, ``HH 'Uhr'``) is
turned into a regular expression: numeric fields become digit runs (ASCII or the locale's native
digits), month, weekday and day-period fields become the locale's names, literals stay literal.
A pattern that is a single bare numeric field (English ``H`` = ``HH``) says nothing about a
number and is left out. ISO 8601 dates and times are always recognised.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import regex

_TOKEN = regex.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|\s+|.", regex.S)
_NUMERIC = {"y": r"\d{1,4}", "Y": r"\d{1,4}", "u": r"\d{1,4}", "r": r"\d{1,4}", "d": r"\d{1,2}",
            "D": r"\d{1,3}", "h": r"\d{1,2}", "H": r"\d{1,2}", "k": r"\d{1,2}", "K": r"\d{1,2}",
            "m": r"\d{1,2}", "s": r"\d{1,2}", "S": r"\d{1,9}", "w": r"\d{1,2}", "W": r"\d", "Q": r"\d",
            "q": r"\d", "F": r"\d", "g": r"\d+"}
_ISO = r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?"
# names in scripts written with spaces must be whole words ("a" for a.m. is not the "a" in "am")
_SPACED = regex.compile(r"[\p{Latin}\p{Greek}\p{Cyrillic}\p{Armenian}\p{Georgian}\p{Arabic}\p{Hebrew}"
                        r"\p{Devanagari}\p{Bengali}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Ethiopic}]")
_ZONE = r"(?:\s*(?:(?:GMT|UTC)(?:[+\-\u2212]\d{1,2}(?::?\d{2})?)?|[A-Z]{3,5}))?"
_lock = threading.Lock()


def _names(mapping) -> list[str]:
    out: list[str] = []
    try:
        for ctx in mapping.values():
            for width in ctx.values():
                out.extend(str(v) for v in width.values())
    except AttributeError:
        return out
    return out


def _alternation(words: list[str]) -> str:
    # narrow names ("1" for a quarter, "M" for Monday) would turn any number into a date
    words = sorted({w.strip(".") for w in words if len(w.strip(".")) > (1 if _SPACED.match(w) else 0)
                    and not w.strip(".").isdigit()}, key=len, reverse=True)
    if not words:
        return r"(?!)"
    alts = [regex.escape(w) if not _SPACED.match(w) else rf"(?<!\p{{L}}){regex.escape(w)}(?!\p{{L}})"
            for w in words]
    alts = [a.replace("’", "['’]") for a in alts]  # d’octubre is also typed d'octubre
    return "(?:" + "|".join(alts) + r")\.?"


def _field(letter: str, count: int, names: dict[str, str]) -> tuple[str, bool]:
    """(regex, numeric?) of one pattern field."""
    if letter in "ML":
        return (r"\d{1,2}", True) if count <= 2 else (names["month"], False)
    if letter in "Eec":
        return (r"\d", True) if letter in "ec" and count <= 2 else (names["weekday"], False)
    if letter in "abB":
        return names["period"], False
    if letter == "G":
        return names["era"], False
    if letter in "zZOvVXx":
        return _ZONE, False
    if letter in "Qq" and count >= 3:
        return names["quarter"], False
    if letter in _NUMERIC:
        return _NUMERIC[letter], True
    return regex.escape(letter * count), False


def pattern_regex(pattern: str, names: dict[str, str]) -> str | None:
    """One CLDR pattern as a regex, or None when it is a lone numeric field with nothing around it."""
    parts: list[str] = []
    fields = numeric = 0
    literal = False
    for m in _TOKEN.finditer(pattern):
        tok = m.group()
        if m.group(1):
            rx, is_num = _field(tok[0], len(tok), names)
            parts.append(rx)
            if tok[0] in "zZOvVXx":
                continue  # an optional zone says nothing about the number before it
            fields += 1
            numeric += is_num
        elif tok.isspace():
            parts.append(r"\s*")
            continue
        elif tok.startswith("'") and len(tok) > 1:
            text = tok[1:-1].replace("''", "'")
            if text.strip():
                literal = True
            parts.append(regex.escape(text) if text else "'")
        else:
            literal = literal or (bool(tok.strip()) and tok not in ",.")
            parts.append(r"\s*" if tok in "\u202f\u00a0" else regex.escape(tok))
    if numeric == 0 or (fields == 1 and not literal):
        return None
    return "".join(parts)


@lru_cache(maxsize=64)
def date_time_regex(locale: str) -> regex.Pattern:
    """Dates and times as CLDR writes them in ``locale`` (plus English and ISO 8601)."""
    from babel import Locale

    with _lock:
        alternatives: set[str] = {_ISO}
        for tag in dict.fromkeys((locale.replace("-", "_"), locale.split("-")[0], "en", "en_GB")):
            try:
                loc = Locale.parse(tag)
            except Exception:
                continue
            names = {"month": _alternation(_names(loc.months)), "weekday": _alternation(_names(loc.days)),
                     "period": _alternation(_names(loc.day_periods)),
                     "era": _alternation([str(v) for w in loc.eras.values() for v in w.values()]),
                     "quarter": _alternation(_names(loc.quarters))}
            patterns = [str(p) for p in loc.datetime_skeletons.values()]
            patterns += [str(p) for p in loc.date_formats.values()] + [str(p) for p in loc.time_formats.values()]
            for p in patterns:
                rx = pattern_regex(getattr(p, "pattern", p) if not isinstance(p, str) else p, names)
                if rx:
                    alternatives.add(rx)
            # month names that carry the month's number (4月, 4월, tháng 4) name a date by themselves
            numbered = [n for n in _names(loc.months) if any(ch.isdigit() for ch in n)]
            if numbered:
                alternatives.add(_alternation(numbered))
        body = "|".join(sorted(alternatives, key=len, reverse=True))
        return regex.compile(rf"(?<!\d)(?:{body})(?!\d)", regex.I | regex.V1)


def date_time_spans(text: str, locale: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are dates or times in ``locale``'s (or English, or ISO) formats."""
    return [m.span() for m in date_time_regex(locale).finditer(text, overlapped=False)]
