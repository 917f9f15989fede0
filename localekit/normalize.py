"""Evasion-proof normalisation with an offset map back to the original text.

Two views of a text are built, both with offsets into the original:

- ``text`` (what the model and the case-sensitive rules judge): NFKC (folds full-width letters and
  compatibility forms), zero-width and bidi control characters removed, and homoglyphs in
  mixed-script words mapped to the word's majority script (a Unicode TS #39 confusables skeleton,
  restricted to the Latin/Cyrillic/Greek homoglyphs that evasion uses in practice). Case is kept:
  case carries register (German "Sie" vs "sie").
- ``folded`` (what lexicons match): ``text`` case-folded, with leetspeak-light decoding
  (0→o, 1→i/l, 3→e, 4→a, 5→s, @→a, $→s) applied to tokens whose decoding is a lexicon word and to
  Latin tokens with such symbols *between* letters ("w1ne", "b00ze"), so "2024", "mp3" or
  "covid19" are never rewritten.

Every character of a view carries the index of the original character it came from, so a match
``[i, j)`` in a view maps back with :meth:`Normalized.span`. What was undone is kept in
``changes`` so the screener can report the obfuscation itself. All steps are linear in the text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

from localekit.invisible import INVISIBLE as _INVISIBLE

_INVISIBLE_RE = regex.compile(f"[{_INVISIBLE}]")
# Overlay marks (canonical combining class 1: strike-through, slash, ring overlays) draw over a
# letter without changing what it reads as; stacking them on every letter hides words from lexicons.
_OVERLAY = (
    "\u0334-\u0338\u1cd4\u1ce2-\u1ce8\u20d2\u20d3\u20d8-\u20da\u20e5\u20e6\u20ea\u20eb"
    "\U00010a39\U00016af0-\U00016af4\U0001bc9e\U0001d167-\U0001d169"
)
_OVERLAY_RE = regex.compile(f"[{_OVERLAY}]")
_STRIP_RE = regex.compile(f"[{_INVISIBLE}{_OVERLAY}]")
# Emoji sequences need ZWJ (U+200D) and VS16 (U+FE0F): keep them when next to a pictograph.
_EMOJI_JOINERS = frozenset("\u200d\ufe0e\ufe0f")
# ZWNJ/ZWJ are spelling in Arabic-script and Indic languages (Persian "می‌خواهم"): keep them there.
_ORTHO_JOINERS = frozenset("\u200c\u200d")
_PICTO = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u20e3]")

# Curated confusables: the Cyrillic and Greek letters that render identically (or nearly) to a
# Latin letter in common fonts. The full TS #39 table (confusables.txt, ~6,000 entries, no PyPI
# package ships it in a maintained form) maps whole strings to a prototype and would rewrite
# legitimate Cyrillic or Greek text; for evasion we only need the homoglyphs that let a Latin word
# pass as another string, applied inside mixed-script words.
CYRL_TO_LATN: dict[str, str] = {
    "а": "a", "в": "b", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k", "ӏ": "l", "м": "m", "н": "h",
    "о": "o", "р": "p", "ԛ": "q", "с": "c", "ѕ": "s", "т": "t", "ԁ": "d", "ԝ": "w", "х": "x", "у": "y",
    "ѵ": "v", "А": "A", "В": "B", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M", "О": "O",
    "Р": "P", "С": "C", "Ѕ": "S", "Т": "T", "Х": "X", "У": "Y", "Ԍ": "G", "Ӏ": "I", "Ѵ": "V",
}
GREK_TO_LATN: dict[str, str] = dict(zip(
    "αβεικνορτυχΑΒΕΗΙΚΜΝΟΡΤΥΧΖ",
    "abeiknoptuxABEHIKMNOPTYXZ", strict=True,
))
_TO_LATN: dict[str, str] = {**CYRL_TO_LATN, **GREK_TO_LATN}
_LATN_TO_CYRL: dict[str, str] = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "j": "ј", "s": "ѕ",
    "A": "А", "B": "В", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "C": "С", "T": "Т",
    "X": "Х",
}
_LATN_TO_GREK: dict[str, str] = {
    "o": "ο", "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο",
    "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ",
}
_FROM_LATN = {"Cyrl": _LATN_TO_CYRL, "Grek": _LATN_TO_GREK}
_LCG = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]")
_CYRL = regex.compile(r"\p{Cyrillic}")
_GREK = regex.compile(r"\p{Greek}")
_LATN = regex.compile(r"\p{Latin}")
_CG = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
_WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}]+")
_NEEDS_WORK = regex.compile(f"[{_INVISIBLE}]|[^\\x00-\\x7f]")

LEET: dict[str, tuple[str, ...]] = {
    "0": ("o",), "1": ("i", "l"), "3": ("e",), "4": ("a",), "5": ("s",), "@": ("a",), "$": ("s",),
}
_LEET_TOKEN = regex.compile(r"[\w@$]+")
_INTERIOR_LEET = regex.compile(r"\p{Latin}[01345@$]+\p{Latin}")  # "w1ne", not "で1つ" or "mp3"
_MAX_LEET_VARIANTS = 16


def has_visible_text(text: str) -> bool:
    """False when ``text`` is only whitespace, invisible controls and overlay marks."""
    return bool(_STRIP_RE.sub("", text).strip())


@dataclass(frozen=True, slots=True)
class Change:
    """One evasion undone: ``kind`` is invisible|combining|confusable|fullwidth|leet, span in the original."""

    kind: str
    start: int
    end: int
    detail: str = ""


@dataclass(slots=True)
class Normalized:
    """The normalised views of ``original`` and their offset maps (see the module docstring)."""

    original: str
    text: str
    folded: str
    starts: list[int] | None = None  # text[i] came from original[starts[i]:ends[i]]; None = identity
    ends: list[int] | None = None
    folded_map: list[int] | None = None  # folded[i] came from text[folded_map[i]]; None = identity
    changes: list[Change] = field(default_factory=list)

    def span(self, start: int, end: int, view: str = "text") -> tuple[int, int]:
        """Map ``[start, end)`` in ``view`` ("text" or "folded") to a span in the original."""
        if end <= start:
            end = start + 1
        first, last = start, end - 1
        if view == "folded" and self.folded_map is not None:
            first = self.folded_map[min(first, len(self.folded_map) - 1)] if self.folded_map else 0
            last = self.folded_map[min(last, len(self.folded_map) - 1)] if self.folded_map else 0
        if self.starts is None or self.ends is None:
            n = len(self.original)
            return min(first, n), min(last + 1, n)
        if not self.starts:
            return 0, 0
        first = min(first, len(self.starts) - 1)
        last = min(last, len(self.ends) - 1)
        return self.starts[first], self.ends[last]

    @property
    def obfuscated(self) -> bool:
        return bool(self.changes)


def _orthographic_joiner(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return any(c and (c.isalpha() or unicodedata.category(c).startswith("M")) and not _LCG.match(c)
               for c in (prev, nxt))


def _script(ch: str) -> str | None:
    if "a" <= ch <= "z" or "A" <= ch <= "Z":
        return "Latn"
    if _CYRL.match(ch):
        return "Cyrl"
    if _GREK.match(ch):
        return "Grek"
    if _LATN.match(ch):
        return "Latn"
    return None


def _fix_confusables(chars: list[str], srcs: list[int], changes: list[Change],
                     scripts: frozenset[str], lexicon: Callable[[str], bool] | None) -> None:
    """Map homoglyphs inside mixed-script words to the word's majority script, in place."""
    text = "".join(chars)
    if len(text) != len(chars):  # chars hold single code points; guard against misuse
        raise AssertionError("chars must be single code points")
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isascii() or len(word) > 64 or _CG.search(word) is None:
            continue  # no Cyrillic/Greek letter: nothing to map
        counts: dict[str, int] = {}
        for ch in word:
            sc = _script(ch)
            if sc:
                counts[sc] = counts.get(sc, 0) + 1
        if not counts:
            continue
        if len(counts) == 1:
            (only,) = counts
            # a whole word of Cyrillic/Greek homoglyphs in a Latin-only locale is read as Latin only
            # when it then spells a lexicon word ("вееr" is not Russian; "как" stays Russian)
            if only == "Latn" or "Latn" not in scripts or only in scripts or lexicon is None:
                continue
            if not all(ch in _TO_LATN for ch in word if _script(ch)):
                continue
            if not lexicon("".join(_TO_LATN.get(ch, ch) for ch in word).casefold()):
                continue
            target = "Latn"
        else:
            target = max(counts, key=lambda s: (counts[s], s == "Latn"))
        table = _TO_LATN if target == "Latn" else _FROM_LATN.get(target, {})
        for k in range(m.start(), m.end()):
            ch = chars[k]
            sc = _script(ch)
            if sc is None or sc == target:
                continue
            repl = table.get(ch) if target != "Latn" else _TO_LATN.get(ch)
            if repl:
                chars[k] = repl
                changes.append(Change("confusable", srcs[k], srcs[k] + 1, f"{ch}→{repl}"))


def normalize(text: str, *, scripts: Iterable[str] = (),
              lexicon: Callable[[str], bool] | None = None) -> Normalized:
    """Normalise ``text`` for judging; ``scripts`` are the locale's scripts (ISO 15924).

    ``lexicon(word) -> bool`` says whether a case-folded word is one the rules look for; only then
    is a leetspeak token decoded (in both views, so the model sees the decoded word too).
    """
    script_set = frozenset(scripts)
    changes: list[Change] = []
    starts: list[int] | None = None
    ends: list[int] | None = None
    if _NEEDS_WORK.search(text) is None:  # ASCII without invisibles: identity fast path
        out = text
    else:
        chars: list[str] = []
        srcs: list[int] = []
        srce: list[int] = []
        for run_start, run_end, simple in _runs(text):
            if simple:  # already NFKC and nothing invisible: copy with identity offsets
                chars.extend(text[run_start:run_end])
                srcs.extend(range(run_start, run_end))
                srce.extend(range(run_start + 1, run_end + 1))
            else:
                _normalize_run(text, run_start, run_end, chars, srcs, srce, changes)
        if _LCG.search(text):
            _fix_confusables(chars, srcs, changes, script_set, lexicon)
        out = "".join(chars)
        if len(out) != len(text) or srcs != list(range(len(text))):
            starts, ends = srcs, srce
        # collapse adjacent invisible-char changes into one span
        changes = _merge(changes)
    # Turkish and Azerbaijani dotted capital İ folds to "i", not "i" + combining dot
    dotless = out.replace("İ", "I")
    folded = dotless.casefold()
    folded_map: list[int] | None = None
    if len(folded) != len(out):
        fchars: list[str] = []
        folded_map = []
        for k, ch in enumerate(dotless):
            f = ch.casefold()
            fchars.append(f)
            folded_map.extend([k] * len(f))
        folded = "".join(fchars)
    if lexicon is not None and any(c in folded for c in LEET):
        folded, out = _decode_leet(folded, out, folded_map, starts, ends, lexicon, changes)
    return Normalized(text, out, folded, starts, ends, folded_map, changes)


_RUN = regex.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")
_CLUSTER = regex.compile(r"\P{M}\p{M}*|\p{M}+")


def _runs(text: str) -> list[tuple[int, int, bool]]:
    """ASCII and non-ASCII runs as (start, end, simple); a run is simple when copying it is exact."""
    out: list[tuple[int, int, bool]] = []
    for m in _RUN.finditer(text):
        start, end = m.span()
        if m.group()[0].isascii():
            out.append((start, end, True))
            continue
        if out and unicodedata.combining(text[start]) and out[-1][1] - out[-1][0] > 0:
            # a combining mark on the last ASCII letter: normalise that letter with this run
            ps, pe, _ = out.pop()
            if pe - 1 > ps:
                out.append((ps, pe - 1, True))
            start = pe - 1
        run = text[start:end]
        simple = _STRIP_RE.search(run) is None and unicodedata.is_normalized("NFKC", run)
        out.append((start, end, simple))
    return out


def _normalize_run(text: str, start: int, end: int, chars: list[str], srcs: list[int], srce: list[int],
                   changes: list[Change]) -> None:
    """NFKC per grapheme-ish cluster (base + marks), dropping invisible controls, with offsets."""
    n = len(text)
    for m in _CLUSTER.finditer(text, start, end):
        i = m.start()
        seg = m.group()
        if len(seg) > 1 and (_INVISIBLE_RE.match(seg[0]) or _OVERLAY_RE.search(seg)):
            # an invisible control in front of combining marks, or overlay marks on a letter:
            # judge the cluster character by character so the hidden parts are dropped
            for k, ch in enumerate(seg):
                if _OVERLAY_RE.match(ch):
                    changes.append(Change("combining", i + k, i + k + 1, f"U+{ord(ch):04X}"))
                else:
                    _normalize_run(text, i + k, i + k + 1, chars, srcs, srce, changes)
            continue
        if len(seg) == 1 and _INVISIBLE_RE.match(seg):
            prev_p = i > 0 and _PICTO.match(text[i - 1])
            next_p = i + 1 < n and _PICTO.match(text[i + 1])
            if (seg in _EMOJI_JOINERS and (prev_p or next_p)) or (
                    seg in _ORTHO_JOINERS and _orthographic_joiner(text, i)):
                chars.append(seg)
                srcs.append(i)
                srce.append(i + 1)
            else:
                changes.append(Change("invisible", i, i + 1, f"U+{ord(seg):04X}"))
            continue
        norm = unicodedata.normalize("NFKC", seg) if not seg.isascii() else seg
        if norm == seg:
            chars.extend(seg)
            srcs.extend(range(i, i + len(seg)))
            srce.extend(range(i + 1, i + len(seg) + 1))
            continue
        if any(c.isalnum() and 0xFF01 <= ord(c) <= 0xFF5E for c in seg):
            changes.append(Change("fullwidth", i, i + len(seg), seg))
        for ch in norm:
            chars.append(ch)
            srcs.append(i)
            srce.append(i + len(seg))


def _merge(changes: list[Change]) -> list[Change]:
    merged: list[Change] = []
    for c in sorted(changes, key=lambda c: (c.start, c.kind)):
        if merged and merged[-1].kind == c.kind and merged[-1].end == c.start:
            last = merged.pop()
            sep = " " if c.kind == "invisible" else ""
            merged.append(Change(c.kind, last.start, c.end, last.detail + sep + c.detail))
        else:
            merged.append(c)
    return merged


def _variants(token: str) -> list[str]:
    out = [""]
    for ch in token:
        opts = LEET.get(ch, (ch,))
        out = [p + o for p in out for o in opts]
        if len(out) > _MAX_LEET_VARIANTS:
            return []
    return out


def _decode_leet(folded: str, text: str, folded_map: list[int] | None, starts: list[int] | None,
                 ends: list[int] | None, lexicon: Callable[[str], bool], changes: list[Change]) -> tuple[str, str]:
    fchars = list(folded)
    tchars = list(text)
    for m in _LEET_TOKEN.finditer(folded):
        tok = m.group()
        if not any(c in LEET for c in tok) or not any(c.isalpha() for c in tok):
            continue
        cand = next((c for c in _variants(tok) if lexicon(c)), None)
        if cand is None and _INTERIOR_LEET.search(tok):
            # not a lexicon word, but digits/symbols *between* letters ("w1ne", "b00ze") are how
            # leetspeak hides words from the model too: decode with each symbol's first reading
            cand = "".join(LEET.get(ch, (ch,))[0] for ch in tok)
        if cand is None:
            continue
        for k, ch in enumerate(cand):
            fi = m.start() + k
            fchars[fi] = ch
            ti = folded_map[fi] if folded_map is not None else fi
            if tchars[ti] != ch and tchars[ti].casefold() != ch:
                tchars[ti] = ch
        ti0 = folded_map[m.start()] if folded_map is not None else m.start()
        ti1 = folded_map[m.end() - 1] if folded_map is not None else m.end() - 1
        o0 = starts[ti0] if starts is not None else ti0
        o1 = ends[ti1] if ends is not None else ti1 + 1
        changes.append(Change("leet", o0, o1, f"{tok}→{cand}"))
    return "".join(fchars), "".join(tchars)
