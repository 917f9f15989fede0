"""Register markers: the one implementation of marker matching (audit, check and screen use it).

A pack's marker is a `regex` pattern plus how it may match, so that it is precise by construction:

* ``boundary`` -- ``word`` (the match is a whole word: no letter, mark or digit on either side),
  ``suffix`` (ends a word: an ending such as Korean 습니다 or Turkish -sınız), ``prefix`` (starts
  one) or ``none`` (scripts written without spaces: Japanese, Chinese, Thai, Khmer, Burmese). The
  default is ``none`` for those scripts and ``word`` for every other.
* ``context`` -- ``not-sentence-initial`` (German "Sie" opening a sentence can mean "they"),
  ``sentence-initial`` (an imperative such as Spanish "Vuelva a intentarlo" opens its sentence;
  elsewhere "vuelva" is a subjunctive), ``clause-initial`` (the same, or after a comma, colon or
  semicolon, or after a coordinating "y/e/et/ed/i/и": "En la rotonda, tome la segunda salida",
  unless a subordinator such as que/che opened the clause earlier in the sentence),
  ``sentence-final`` (a sentence-ending particle: only closing punctuation may follow before the
  sentence ends), ``punctuated`` (the sentence ends in terminal punctuation: UI labels such as
  "…を表示する" or "언어" carry none, so label conventions never read as a register),
  ``unquoted`` (not inside quotation marks or title brackets: 你 in the film title 《你好，李焕英》
  or आप in 'आप की ख़ातिर' names a work, it addresses nobody).
* ``max_sentence_chars`` -- the marker counts only in a sentence of at most this many characters
  (a Japanese plain past "セットした。" is casual speech; in a long written sentence it is prose).
* ``not_in`` -- words that contain the match without being the marker (迷你 "mini" contains 你,
  เจ้าของ "owner" contains จ้า): a match inside one of them is not a hit.

A pack's ``formality.neutral_examples`` are look-alike sentences no marker may fire on; the audit
checks them together with each marker's ``example``. ``registers.neutral`` markers are the
opposite evidence: a written style that addresses nobody (Korean -다 prose, Japanese である). They
never give a register; the screener reads a text with one and no formal or informal marker as
``neutral`` whatever its formality head says.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from typing import Any

import regex

REGISTERS = ("formal", "informal")
BOUNDARIES = ("word", "suffix", "prefix", "none")
CONTEXTS = ("sentence-initial", "clause-initial", "not-sentence-initial", "sentence-final", "punctuated", "unquoted")
# Scripts written without spaces between words: a marker there is a morpheme, bounded by its regex.
UNSPACED_SCRIPTS = frozenset({"Jpan", "Hani", "Hans", "Hant", "Hira", "Kana", "Thai", "Khmr", "Mymr", "Laoo",
                              "Tibt", "Bopo", "Hrkt"})
_W = r"[\p{L}\p{M}\p{Nd}_]"
_END = "\n.!?。！？؟।॥։።፧။៕…"  # sentence-ending punctuation across the pack scripts
_CLOSERS = r"[\s\"'”’»」』）)\]\}〉》～~…\p{So}\p{Sk}\uFE0F\u200d]"
_FINAL = regex.compile(rf"{_CLOSERS}*(?:[{regex.escape(_END)}]|$)", regex.V1)
_TAG = regex.compile(r"<[^<>]*>")
# what may stand between a sentence end and its first word: quotes, brackets, dashes, bullets and
# an enumerator ("2)", "3.", "a)")
_OPENERS = r"\s\"'„“”«»‚‘’(\[\-–—•*¡¿「『\ufffc"
_LEAD = regex.compile(rf"[{_OPENERS}]*(?:(?:^|\s)(?:\d{{1,3}}[.)]|\(?\p{{Ll}}\))[{_OPENERS}]*)?$")


@dataclass(frozen=True, slots=True)
class Marker:
    """One linguistic marker of a register, compiled with its boundaries and context."""

    register: str
    kind: str
    pattern: regex.Pattern
    example: str | None = None
    context: frozenset[str] = frozenset()
    not_in: regex.Pattern | None = None
    max_sentence_chars: int | None = None


@dataclass(frozen=True, slots=True)
class MarkerHit:
    register: str
    kind: str
    start: int
    end: int
    text: str


class MarkerError(ValueError):
    """A marker spec that cannot be compiled (the message names the field)."""


def default_boundary(scripts: Iterable[str]) -> str:
    """``none`` for packs written without spaces between words, else ``word``."""
    return "none" if set(scripts) & UNSPACED_SCRIPTS else "word"


def compile_marker(spec: Mapping[str, Any], register: str, boundary: str = "word") -> Marker:
    """A :class:`Marker` from its pack spec; :class:`MarkerError` for a bad regex or field."""
    try:
        body = regex.compile(spec["regex"], regex.V1).pattern
    except regex.error as exc:
        raise MarkerError(f"regex does not compile: {exc}") from None
    boundary = spec.get("boundary", boundary)
    if boundary not in BOUNDARIES:
        raise MarkerError(f"boundary {boundary!r} is not one of {', '.join(BOUNDARIES)}")
    before = rf"(?<!{_W})" if boundary in ("word", "prefix") else ""
    after = rf"(?!{_W})" if boundary in ("word", "suffix") else ""
    context = frozenset(spec.get("context", ()))
    unknown = context - set(CONTEXTS)
    if unknown:
        raise MarkerError(f"context {sorted(unknown)[0]!r} is not one of {', '.join(CONTEXTS)}")
    not_in = spec.get("not_in") or ()
    exc_pat = regex.compile("|".join(regex.escape(w) for w in sorted(not_in, key=len, reverse=True))) if not_in \
        else None
    try:
        pattern = regex.compile(f"{before}(?:{body}){after}", regex.V1)
    except regex.error as exc:
        raise MarkerError(f"regex does not compile: {exc}") from None
    return Marker(register, spec["kind"], pattern, spec.get("example"), context, exc_pat,
                  spec.get("max_sentence_chars"))


# a quoted stretch or a title: paired CJK brackets and typographic quotes, and ASCII quotes that open
# after a space or the start and close before one (an apostrophe inside a word opens nothing; an
# HTML attribute's quotes open nothing)
_QUOTED = regex.compile(
    r"《[^《》]*》|〈[^〈〉]*〉|「[^「」]*」|『[^『』]*』|“[^“”]*”|„[^„“”]*[“”]|‘[^‘’]*’|«[^«»]*»|‹[^‹›]*›"
    r"""|(?<![\p{L}\p{N}=])'[^'\n<>]+'(?![\p{L}\p{N}])|(?<![\p{L}\p{N}=])"[^"\n<>]+"(?![\p{L}\p{N}])""", regex.V1)


class _Quotes:
    """The quoted stretches of one text, found on first use and once: ``covers`` in O(log n)."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _spans(self) -> tuple[list[int], list[int]]:
        spans = sorted((q.start(), q.end()) for q in _QUOTED.finditer(self.text, overlapped=True))
        # span starts, and the furthest end among the spans opened so far
        return [a for a, _ in spans], list(accumulate((b for _, b in spans), max))

    def covers(self, start: int, end: int) -> bool:
        starts, reach = self._spans
        i = bisect_left(starts, start)  # spans opening before ``start``
        return i > 0 and reach[i - 1] > end


def _sentence_start(text: str, pos: int) -> bool:
    # a bounded window keeps this O(1) per hit, so a long text with many hits stays linear
    before = _LEAD.sub("", _TAG.sub("", text[max(0, pos - 256):pos]))
    return not before or before[-1] in _END + ":;"


_MAX_SENTENCE = 2000
_BOUNDARY = regex.compile(rf"[{regex.escape(_END)}](?![」』”’\"')）\]])", regex.V1)


def _sentence_begin(text: str, pos: int, reach: int = _MAX_SENTENCE) -> int:
    """Where the sentence holding ``pos`` begins, looking back at most ``reach`` characters."""
    s = max(0, pos - reach)
    for m in _BOUNDARY.finditer(text, s, pos):
        s = m.end()
    return s


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``; a quoted sentence ("…。」と述べた。") runs on into its
    reporting clause, so an end mark followed by a closing quote is no boundary. A sentence is at
    most ``_MAX_SENTENCE`` characters either side of the match, so that a long text with many hits
    and no punctuation stays linear."""
    m = _BOUNDARY.search(text, end, end + _MAX_SENTENCE)
    return _sentence_begin(text, start), (m.end() if m else min(len(text), end + _MAX_SENTENCE))


_CLAUSE_LEAD = regex.compile(r"(?:[,;:]|(?<![\p{L}\p{M}])(?:y|e|et|ed|i|и|ve|und|en|og|och)\s)\s*$", regex.V1)


# a subordinator earlier in the sentence makes a clause-opening subjunctive part of its clause
# ("espera que, eventualmente, faça frente"), not an imperative
_SUBORDINATOR = regex.compile(r"(?<![\p{L}\p{M}])(?:que|qué|che|dass)(?![\p{L}\p{M}])", regex.V1 | regex.I)


def _clause_start(text: str, pos: int) -> bool:
    if _sentence_start(text, pos):
        return True
    if not _CLAUSE_LEAD.search(text, max(0, pos - 8), pos):
        return False
    return not _SUBORDINATOR.search(text, _sentence_begin(text, pos, 300), pos)


def _accepts(marker: Marker, text: str, m: regex.Match, quotes: _Quotes) -> bool:
    start, end = m.span()
    if end <= start:
        return False
    ctx = marker.context
    if "not-sentence-initial" in ctx and _sentence_start(text, start):
        return False
    if "sentence-initial" in ctx and not _sentence_start(text, start):
        return False
    if "clause-initial" in ctx and not _clause_start(text, start):
        return False
    if "sentence-final" in ctx and not _FINAL.match(text, end):
        return False
    if "punctuated" in ctx:
        s, e = _sentence_bounds(text, start, end)
        if not text[s:e].rstrip().endswith(tuple(_END[1:])):
            return False
    if "unquoted" in ctx and quotes.covers(start, end):
        return False
    if marker.max_sentence_chars is not None:
        s, e = _sentence_bounds(text, start, end)
        if len(text[s:e].strip()) > marker.max_sentence_chars:
            return False
    if marker.not_in is not None:
        lo = max(0, start - 12)
        for w in marker.not_in.finditer(text, lo, min(len(text), end + 12), overlapped=True):
            if w.start() <= start and end <= w.end():
                return False
    return True


def find_markers(markers: Iterable[Marker], text: str) -> list[MarkerHit]:
    """Every accepted hit of ``markers`` in ``text``, in text order."""
    hits = []
    quotes = _Quotes(text)  # scanned only if an ``unquoted`` marker matches
    for marker in markers:
        for m in marker.pattern.finditer(text):
            if _accepts(marker, text, m, quotes):
                hits.append(MarkerHit(marker.register, marker.kind, m.start(), m.end(), m.group()))
    hits.sort(key=lambda h: (h.start, h.end))
    return hits


def register_of(hits: Iterable[MarkerHit], default: str) -> str:
    """``formal``/``informal`` by majority of hits (ties go to ``default``), ``neutral`` without any."""
    counts = {"formal": 0, "informal": 0}
    for h in hits:
        if h.register in counts:
            counts[h.register] += 1
    if not counts["formal"] and not counts["informal"]:
        return "neutral"
    if counts["formal"] == counts["informal"]:
        return default if default != "neutral" else "formal"
    return max(counts, key=counts.__getitem__)
