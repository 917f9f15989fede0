"""Display width in terminal/screen cells and grapheme-safe truncation.

``display_width``: East Asian Wide/Fullwidth = 2 cells, emoji presentation sequences (ZWJ
sequences, flags, VS16) = 2, combining marks, format and control characters = 0, others 1;
counted per grapheme cluster (``regex`` ``\\X``), so a cluster is never split.
``truncate``: cut to a budget and append "…"; space-separated scripts prefer a word boundary,
scripts written without spaces (CJK, Thai, Lao, Khmer, Myanmar) cut at a grapheme boundary;
bidi isolates left open by the cut are closed.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

__all__ = ["ELLIPSIS", "display_width", "truncate"]

ELLIPSIS = "…"
_GRAPHEME = regex.compile(r"\X")
_EMOJI = regex.compile(r"\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Regional_Indicator}{2}"
                       r"|\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\u200D)")
_NO_SPACE_LANGS = frozenset({"ja", "zh", "yue", "th", "lo", "km", "my", "bo", "dz"})
_OPENERS = "\u2066\u2067\u2068"  # LRI RLI FSI
_PDI = "\u2069"


@lru_cache(maxsize=8192)
def _char_width(ch: str) -> int:
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf", "Cc", "Zl", "Zp") or ch == "\u200b":
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1


def _cluster_width(cluster: str) -> int:
    if len(cluster) == 1:
        return _char_width(cluster)
    if _EMOJI.match(cluster) or ("\u200d" in cluster and _EMOJI.search(cluster)):
        return 2
    for ch in cluster:
        w = _char_width(ch)
        if w:
            return w
    return 0


def display_width(text: str) -> int:
    """Width of ``text`` in display cells."""
    if text.isascii():
        return sum(1 for c in text if " " <= c <= "~")
    return sum(_cluster_width(g) for g in _GRAPHEME.findall(text))


def _language(locale: str | None) -> str:
    return (locale or "").replace("_", "-").split("-")[0].lower()


def truncate(text: str, width: int, *, locale: str | None = None) -> str:
    """``text`` cut to at most ``width`` cells (ellipsis included), never inside a grapheme."""
    if width <= 0:
        return ""
    if display_width(text) <= width:
        return text
    budget = width - display_width(ELLIPSIS)
    if budget <= 0:
        return ELLIPSIS[:width]
    out: list[str] = []
    used = 0
    for g in _GRAPHEME.findall(text):
        w = _cluster_width(g)
        if used + w > budget:
            break
        out.append(g)
        used += w
    cut = "".join(out)
    if _language(locale) not in _NO_SPACE_LANGS:
        # prefer the last word boundary if it keeps at least 60% of the budget
        pos = max(cut.rfind(" "), cut.rfind("\u00a0"))
        if pos > 0 and display_width(cut[:pos]) >= 0.6 * budget:
            cut = cut[:pos]
    cut = cut.rstrip(" \u00a0\t,;:-–—、，")
    open_isolates = sum(cut.count(c) for c in _OPENERS) - cut.count(_PDI)
    return cut + _PDI * max(0, open_isolates) + ELLIPSIS
