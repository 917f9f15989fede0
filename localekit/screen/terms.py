"""Explicit topic terms: words that name a topic outright ("babi", "bacon", "judi online").

The model misses many short responses that name a food, drink or game without describing it
("Try the bacon sandwich"). A term list per language (``policies/topic_terms/<lang>.yaml``) closes
that gap for the topics where a word settles the question: a term found in a response flags its
topic whatever the model's score. The lists keep only words that mean the topic nearly every time
they occur; how they were written and pruned is in ``policies/topic_terms/README.md``. A term inside
a well-known proper name (``names.yaml``: "Burger King", "West Ham") does not count.

Matching runs on the case-folded view. In scripts written with spaces a term matches whole words
(a trailing ``*`` makes it a stem); in Han, kana, Thai, Khmer, Myanmar and Lao text it matches
anywhere. A match inside one of the language's ``exceptions`` or a proper name is ignored.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path

import numpy as np
import regex

from localekit.errors import PackError
from localekit.policy import TOPICS
from localekit.resources import policies_dir
from localekit.scripts import is_word_char
from localekit.yamlio import load_yaml, load_yaml_doc

TERMS_DIR = "topic_terms"

# letters of scripts written without spaces between words: no word boundary can be asked for there
UNSPACED = regex.compile(r"[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}"
                         r"\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}]")


def _bounded(ch: str) -> bool:
    """Whether a phrase edge character needs a word boundary: a letter, digit or combining mark (an
    Indic vowel sign ends many words) of a spaced script."""
    return is_word_char(ch) and not UNSPACED.match(ch)


HYPHENS = "-\u2010\u2011"


def phrase_regex(phrases: Iterable[str], joiners: str = "") -> regex.Pattern | None:
    """One alternation of literal phrases, longest first, with word boundaries where a phrase edge
    is a word character of a spaced script; a trailing ``*`` drops the end boundary (a stem).
    Inside running Han, kana, Thai, Khmer, ... text a phrase matches anywhere. A phrase right after
    one of ``joiners`` does not match either, as if it were a letter."""
    before = r"(?<![\w" + regex.escape(joiners) + "])" if joiners else r"(?<!\w)"
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        stem = p.endswith("*")
        body = p[:-1] if stem else p
        if not body:
            continue
        esc = regex.escape(body)
        if _bounded(body[:1]):
            esc = before + esc
        if not stem and _bounded(body[-1:]):
            esc = esc + r"(?!\w)"
        parts.append(esc)
    return regex.compile("|".join(parts)) if parts else None


def _fold_term(term: str) -> str:
    """A term in the view it is matched in (the text's normalisation), its stem mark kept."""
    stem = term.endswith("*")
    return fold_text(term[:-1] if stem else term) + ("*" if stem else "")


@dataclass(frozen=True)
class TermHit:
    """The first term of ``topic`` found in a text: the term and its span in the folded view."""

    topic: str
    term: str
    start: int
    end: int


@cache
def _phrase(term: str) -> tuple[str, regex.Pattern]:
    """A folded term's literal core (a fast substring pre-check) and its pattern; shared by all lists.
    A term right after a hyphen is the second part of a compound whose first part qualifies it
    ("non-alcoholic", "ikke-alkoholisk", "kasvis-burger"), so it does not match there."""
    return term.removesuffix("*"), phrase_regex([term], joiners=HYPHENS)


class _Spans:
    """Exception spans, asked in O(log n) whether one of them covers ``[s, e)`` (hostile text can
    hold a hundred thousand)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end = list(accumulate((e for _, e in ordered), max))

    def covers(self, s: int, e: int) -> bool:
        k = bisect_right(self._starts, s) - 1  # spans starting at or before s; the longest reach
        return k >= 0 and self._max_end[k] >= e


class TermList:
    """One language's topic terms and exceptions, compiled."""

    def __init__(self, language: str, terms: dict[str, list[str]], exceptions: Iterable[str] = ()) -> None:
        self.language = language
        self.terms = {t: tuple(_fold_term(w) for w in words) for t, words in terms.items() if words}
        self._patterns = {t: [_phrase(w) for w in dict.fromkeys(words)] for t, words in self.terms.items()}
        self._exceptions = [_phrase(w) for w in dict.fromkeys(_fold_term(w) for w in exceptions)]

    def find(self, folded: str) -> list[TermHit]:
        """The leftmost hit per topic in ``folded`` (a case-folded text; the longest term at the same
        place), in topic order. A substring check skips every term whose letters are not in the text."""
        blocked = _Spans(m.span() for core, pat in self._exceptions if core in folded for m in pat.finditer(folded))
        hits = []
        for topic in TOPICS:
            best: tuple[int, int, str] | None = None
            for core, pat in self._patterns.get(topic, ()):
                if core not in folded:
                    continue
                for m in pat.finditer(folded):
                    s, e = m.span()
                    if blocked.covers(s, e):
                        continue
                    if best is None or (s, -e) < (best[0], -best[1]):
                        best = (s, e, m.group())
                    break
            if best is not None:
                hits.append(TermHit(topic, best[2], best[0], best[1]))
        return hits


def fold_text(text: str) -> str:
    """The view terms match: the screener's case-folded normalisation of ``text``."""
    from localekit.normalize import normalize
    from localekit.screen.lexicons import LEXICON

    return normalize(text, lexicon=LEXICON.__contains__).folded


def item_term_flags(items: Sequence, lists: Mapping[str, TermList] | None = None) -> np.ndarray:
    """A bool matrix (items x topics): which topics a term of each item's language names.
    ``lists`` maps a language to its :class:`TermList` (default: the shipped lists)."""
    out = np.zeros((len(items), len(TOPICS)), dtype=bool)
    index = {t: k for k, t in enumerate(TOPICS)}
    for i, it in enumerate(items):
        tl = lists.get(it.lang) if lists is not None else term_list(it.lang)
        for hit in tl.find(fold_text(it.text)) if tl else ():
            out[i, index[hit.topic]] = True
    return out


NAMES_FILE = "names.yaml"
_LANGUAGE_FILE = regex.compile(r"[a-z]{2,3}")


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """The languages that have a term list."""
    return tuple(sorted(p.stem for p in (policies_dir() / TERMS_DIR).glob("*.yaml")
                        if _LANGUAGE_FILE.fullmatch(p.stem)))


@lru_cache(maxsize=1)
def proper_names() -> tuple[str, ...]:
    """Names that contain a term but do not mean its topic ("Burger King"), in every language. They
    are matched as stems: a name's last word may carry a case ending (Finnish "Burger Kingille")."""
    path = policies_dir() / TERMS_DIR / NAMES_FILE
    return tuple(load_yaml(path, schema="topic_names.schema.json")["names"]) if path.is_file() else ()


@cache
def term_list(language: str) -> TermList | None:
    """The term list of ``language`` (an ISO 639 code), or None when it has none."""
    if language not in languages():
        return None
    return read_term_list(policies_dir() / TERMS_DIR / f"{language}.yaml")


def read_term_list(path: Path) -> TermList:
    """Read and check one ``<lang>.yaml`` term list; a problem raises :class:`PackError` with file:line."""
    language = path.stem
    doc = load_yaml_doc(path, schema="topic_terms.schema.json")
    data = doc.data
    for topic in data["terms"]:
        if topic not in TOPICS:
            raise PackError(f"unknown topic {topic!r}", str(path), line=doc.line_of(("terms", topic)),
                            hint=f"use one of policies/topics.yaml: {', '.join(TOPICS)}")
    if data["language"] != language:
        raise PackError(f"language {data['language']!r} does not match the file name", str(path),
                        line=doc.line_of(("language",)), hint=f"write language: {language}")
    return TermList(language, data["terms"], [*data.get("exceptions", ()), *(f"{n}*" for n in proper_names())])


def find_terms(folded: str, languages: Iterable[str]) -> list[TermHit]:
    """The first hit per topic over the term lists of ``languages`` (first language wins), in topic order."""
    found: dict[str, TermHit] = {}
    for lang in dict.fromkeys(languages):
        tl = term_list(lang)
        for hit in tl.find(folded) if tl else ():
            found.setdefault(hit.topic, hit)
    return [found[t] for t in TOPICS if t in found]
