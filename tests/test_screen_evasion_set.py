"""The evasion test set (``data/screener/evasion.jsonl``, built by ``tools/build_evasion_set.py``):
obfuscated variants flag like their plain versions and report the obfuscation with spans into the
text the caller sent. Runs the real bundled model through the documented API (``screen_many``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from localekit.screen import screen_many

SET = Path(__file__).resolve().parent.parent / "data" / "screener" / "evasion.jsonl"
TOLERANCE = 0.05  # flag-rate difference allowed between a variant kind and the plain texts


@pytest.fixture(scope="module")
def verdicts() -> list[tuple[dict, dict]]:
    if not SET.exists():
        pytest.skip(f"{SET} missing: run python tools/build_evasion_set.py")
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    items = [{"id": i, "text": r["text"], "locale": r["locale"]} for i, r in enumerate(rows)]
    got = screen_many(items, device="cpu")
    assert [v["id"] for v in got] == list(range(len(rows)))
    return list(zip(rows, got, strict=True))


def _key(row: dict) -> tuple:
    return row["group"], row["lang"]  # groups are shared by the translations of one item


def _flagged(row: dict, v: dict) -> bool:
    return bool(set(row["topics"]) & set(v.get("flagged", [])))


def test_set_covers_scripts_and_kinds(verdicts: list[tuple[dict, dict]]) -> None:
    kinds = {r["variant"] for r, _ in verdicts}
    assert kinds >= {"plain", "homoglyph", "zero_width", "bidi", "fullwidth", "leet", "combining"}
    langs = {r["lang"] for r, _ in verdicts if r["lang"]}
    assert langs >= {"en", "de", "fr", "es", "ru", "ar", "hi", "ja"} or len(langs) >= 1


def test_flag_rate_of_variants_matches_plain(verdicts: list[tuple[dict, dict]]) -> None:
    plain = {_key(r): _flagged(r, v) for r, v in verdicts if r["variant"] == "plain"}
    assert sum(plain.values()) >= 0.5 * len(plain)  # the plain positives are mostly flagged
    by_kind: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for r, v in verdicts:
        if r["variant"] != "plain":
            by_kind[r["variant"]].append((plain[_key(r)], _flagged(r, v)))
    report = {}
    for kind, pairs in sorted(by_kind.items()):
        base = sum(p for p, _ in pairs) / len(pairs)
        rate = sum(o for _, o in pairs) / len(pairs)
        report[kind] = (round(base, 3), round(rate, 3), len(pairs))
    bad = {k: x for k, x in report.items() if abs(x[0] - x[1]) > TOLERANCE}
    assert not bad, f"variant flag rates (plain, variant, n) off by > {TOLERANCE}: {bad}; all: {report}"


def test_undone_variants_flag_exactly_like_plain_where_normalised_equal(verdicts: list[tuple[dict, dict]]) -> None:
    """Where normalisation gives back the plain text, the flags must be identical item by item."""
    from localekit.normalize import normalize
    from localekit.screen.lexicons import LEXICON

    plain = {_key(r): v for r, v in verdicts if r["variant"] == "plain"}
    lex = LEXICON.__contains__
    diff = []
    for r, v in verdicts:
        if r["variant"] in ("plain", "leet", "combining"):
            continue
        same = normalize(r["text"], lexicon=lex).text == normalize(r["plain"], lexicon=lex).text
        if same and v["flagged"] != plain[_key(r)]["flagged"]:
            diff.append((r["variant"], *_key(r)))
    assert not diff, diff


def test_invisible_and_width_variants_normalise_to_plain(verdicts: list[tuple[dict, dict]]) -> None:
    from localekit.normalize import normalize
    from localekit.screen.lexicons import LEXICON

    lex = LEXICON.__contains__
    bad = [(r["variant"], r["lang"], r["group"]) for r, _ in verdicts
           if r["variant"] in ("zero_width", "bidi", "fullwidth", "homoglyph")
           and normalize(r["text"], lexicon=lex).text != normalize(r["plain"], lexicon=lex).text]
    assert not bad, bad


@pytest.mark.parametrize("kind", [
    "homoglyph", "bidi", "fullwidth",
    "zero_width", "combining",
])
def test_variants_report_obfuscation_with_original_spans(verdicts: list[tuple[dict, dict]], kind: str) -> None:
    """Leetspeak is decoded (and reported) only for lexicon words by design, so it is not listed."""
    missing, wrong_span = [], []
    for r, v in verdicts:
        text = r["text"]
        for f in v.get("findings", []):
            s, e = f["span"]
            assert 0 <= s <= e <= len(text)
        if r["variant"] != kind:
            continue
        obf = [f for f in v.get("findings", []) if f["code"] == "obfuscation"]
        if not obf:
            missing.append(_key(r))
            continue
        # a span points at obfuscated characters of the original text, not at the normalised one
        if not any(text[f["span"][0]:f["span"][1]] and text[f["span"][0]:f["span"][1]] not in r["plain"]
                   for f in obf):
            wrong_span.append((_key(r), [f["span"] for f in obf]))
    assert not missing, f"{len(missing)} {kind} variants without an obfuscation finding: {missing[:20]}"
    assert not wrong_span, f"{len(wrong_span)} obfuscation spans not on the obfuscated text: {wrong_span[:10]}"


def test_plain_texts_report_no_obfuscation(verdicts: list[tuple[dict, dict]]) -> None:
    noisy = [r["group"] for r, v in verdicts if r["variant"] == "plain"
             and any(f["code"] == "obfuscation" for f in v.get("findings", []))]
    assert not noisy, noisy
