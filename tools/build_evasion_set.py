"""Build ``data/screener/evasion.jsonl``: obfuscated variants of flagged responses.

Sources: the ``positive`` examples of ``policies/topics.yaml`` (first ``--per-topic`` per topic) and,
if present, the positives of ``data/screener/raw/<lang>.jsonl`` for en de fr es ru ar hi ja (first
``--per-lang`` per language). Each plain text gets deterministic variants:

- ``homoglyph``: Cyrillic/Greek look-alikes inside Latin words (Latin-script texts only)
- ``zero_width``: ZWSP / word joiner inside words (every script)
- ``bidi``: LRM/RLM and isolates (LRI ... PDI) inside words (every script)
- ``fullwidth``: full-width forms of ASCII letters and digits (texts with ASCII letters, not CJK)
- ``leet``: leetspeak-light (e->3, o->0, a->4) in the longest Latin word
- ``combining``: a combining overlay (U+0336) on letters of the longest word

Usage: ``python tools/build_evasion_set.py [--out data/screener/evasion.jsonl]``. Deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from localekit.yamlio import parse_yaml  # noqa: E402

LANG_LOCALE = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU", "ar": "ar-SA",
               "hi": "hi-IN", "ja": "ja-JP"}
HOMOGLYPHS = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
              "y": "\u0443", "i": "\u0456", "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397",
              "K": "\u039a", "M": "\u039c", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7"}
LEET = str.maketrans({"e": "3", "o": "0", "a": "4"})
WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
LATIN_WORD = regex.compile(r"\p{Latin}[\p{Latin}\p{M}]{3,}")


def _words(text: str, pattern: regex.Pattern = WORD, min_len: int = 4) -> list[regex.Match]:
    return [m for m in pattern.finditer(text) if len(m.group()) >= min_len]


def _edit_words(text: str, words: list[regex.Match], fn: Callable[[str], str]) -> str:
    out, last = [], 0
    for m in words:
        out.append(text[last:m.start()])
        out.append(fn(m.group()))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _chunks(text: str) -> list[regex.Match]:
    """Words; for scripts without spaces (ja), runs of 4 letters so joiners land inside phrases."""
    words = _words(text)
    if words:
        return words
    return list(regex.finditer(r"\p{L}{4}", text))


def homoglyph(text: str) -> str | None:
    words = _words(text, LATIN_WORD)
    if not words:
        return None

    def swap(w: str) -> str:
        hits = [i for i, ch in enumerate(w) if ch in HOMOGLYPHS and i > 0][:2]
        return "".join(HOMOGLYPHS[ch] if i in hits else ch for i, ch in enumerate(w))

    out = _edit_words(text, words, swap)
    return out if out != text else None


def zero_width(text: str) -> str | None:
    words = _chunks(text)
    if not words:
        return None
    marks = iter(["\u200b", "\u2060"] * len(words))
    return _edit_words(text, words, lambda w: w[:2] + next(marks) + w[2:])


def bidi(text: str) -> str | None:
    words = _chunks(text)
    if not words:
        return None
    return _edit_words(text, words, lambda w: w[:1] + "\u200e" + w[1:2] + "\u2066" + w[2:] + "\u2069")


def fullwidth(text: str) -> str | None:
    """Full-width ASCII; not for CJK texts, where full-width Latin is ordinary typography."""
    if not regex.search(r"[A-Za-z]", text) or regex.search(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", text):
        return None
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


def _longest_latin(text: str) -> list[regex.Match]:
    words = _words(text, LATIN_WORD)
    return [max(words, key=lambda m: len(m.group()))] if words else []


def leet(text: str) -> str | None:
    words = _longest_latin(text)
    out = _edit_words(text, words, lambda w: w[0] + w[1:].translate(LEET)) if words else text
    return out if out != text else None


def combining(text: str) -> str | None:
    words = _longest_latin(text) or _chunks(text)[:1]
    if not words:
        return None
    return _edit_words(text, words, lambda w: "".join(ch + "\u0336" if ch.isalpha() else ch for ch in w))


VARIANTS: dict[str, Callable[[str], str | None]] = {
    "homoglyph": homoglyph, "zero_width": zero_width, "bidi": bidi, "fullwidth": fullwidth, "leet": leet,
    "combining": combining}


def sources(per_topic: int, per_lang: int) -> Iterator[dict]:
    topics = parse_yaml(REPO / "policies" / "topics.yaml").data["topics"]
    for topic, spec in topics.items():
        for i, text in enumerate(spec.get("positive", [])[:per_topic]):
            yield {"group": f"policy-{topic}-{i}", "lang": None, "locale": "en-US", "topics": [topic], "plain": text}
    raw = REPO / "data" / "screener" / "raw"
    for lang, locale in LANG_LOCALE.items():
        path = raw / f"{lang}.jsonl"
        if not path.exists():
            continue
        n = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec.get("kind") != "positive" or not rec.get("topics"):
                continue
            yield {"group": rec["group"], "lang": lang, "locale": locale, "topics": rec["topics"], "plain": rec["text"]}
            n += 1
            if n >= per_lang:
                break


def build(per_topic: int = 4, per_lang: int = 8) -> list[dict]:
    rows = []
    for src in sources(per_topic, per_lang):
        rows.append({**src, "variant": "plain", "text": src["plain"]})
        for name, fn in VARIANTS.items():
            text = fn(src["plain"])
            if text is not None and text != src["plain"]:
                rows.append({**src, "variant": name, "text": text})
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "data" / "screener" / "evasion.jsonl")
    ap.add_argument("--per-topic", type=int, default=4)
    ap.add_argument("--per-lang", type=int, default=8)
    args = ap.parse_args(argv)
    from localekit.io import atomic_write_text

    rows = build(args.per_topic, args.per_lang)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(args.out, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["variant"]] = counts.get(r["variant"], 0) + 1
    print(f"wrote {len(rows)} rows to {args.out}: {counts}")


if __name__ == "__main__":
    main()
