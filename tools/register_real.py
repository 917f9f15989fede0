"""Measure register markers and the screener's script and unlucky-number rules on real text.

Real text the rules were never written against:

* ``corpora/ud/mono`` and ``corpora/ud/pud`` (news, Wikipedia, fiction: text that almost never
  addresses the reader), so a marker that fires there is, nearly always, a misfire;
* ``corpora/mozilla-www-l10n`` (shipped product copy in 56 locales) for the script and
  unlucky-number rules;
* ``datasets/formality/*.train.jsonl`` (CoCoA-MT conversations with formal/informal labels) for
  how often the markers see a register that is there.

Usage (from the repository root; ``LOCALEKIT_SHARED`` or ``../shared`` locates the corpora)::

    python tools/register_real.py markers [--samples 5] [--lang de,ja]
    python tools/register_real.py rules [--samples 5]
    python tools/register_real.py formality
    python tools/register_real.py model [--limit 300]      # head alone vs the verdict (loads the model)
    python tools/register_real.py everyday data/register/everyday --split test [--samples 40]

Each prints a Markdown table; ``--samples N`` adds up to N sentences per language where the
markers (or rules) fired, with the matched text, for inspection by a reader of the language.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from localekit import packs


def shared_dir() -> Path:
    env = os.environ.get("LOCALEKIT_SHARED")
    path = Path(env) if env else Path(__file__).resolve().parents[2] / "shared"
    if not path.is_dir():
        sys.exit(f"register_real: no shared corpora at {path}; set LOCALEKIT_SHARED")
    return path


def ud_sentences(shared: Path) -> Iterator[tuple[str, str, list[str]]]:
    """(corpus, language, sentences) for every UD file."""
    for corpus in ("mono", "pud"):
        for f in sorted((shared / "corpora" / "ud" / corpus).glob("*.jsonl")):
            with f.open(encoding="utf-8") as fh:
                texts = [json.loads(line)["text"] for line in fh if line.strip()]
            yield corpus, f.stem, texts


def mozilla_strings(shared: Path) -> Iterator[tuple[str, str, list[str]]]:
    """("mozilla", locale folder, message texts without placeables) for every locale folder."""
    from fluent.syntax import FluentParser, ast

    parser = FluentParser(with_spans=False)
    root = shared / "corpora" / "mozilla-www-l10n"
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name not in ("configs", "en")):
        texts: list[str] = []
        for f in sorted(folder.rglob("*.ftl")):
            res = parser.parse(f.read_text(encoding="utf-8", errors="replace"))
            for entry in res.body:
                if not isinstance(entry, ast.Message):
                    continue
                pats = [entry.value] + [a.value for a in entry.attributes]
                for pat in pats:
                    if pat is None:
                        continue
                    text = "".join(el.value for el in pat.elements if isinstance(el, ast.TextElement)).strip()
                    if text:
                        texts.append(text)
        yield "mozilla", folder.name, texts


def pack_for(language: str):
    try:
        pack = packs.load(language)
    except Exception:
        return None
    if pack.path is None or pack.path.name == "root.yaml":
        return None
    return pack


def cmd_markers(args: argparse.Namespace) -> None:
    shared = shared_dir()
    print("| corpus | lang | pack | sentences | formal fires | informal fires | any (%) |")
    print("|---|---|---|---:|---:|---:|---:|")
    samples: list[str] = []
    total = fired_total = 0
    for corpus, lang, texts in ud_sentences(shared):
        if args.lang and lang not in args.lang:
            continue
        pack = pack_for(lang)
        if pack is None or not pack.formality.registers:
            continue
        counts: Counter[str] = Counter()
        fired: list[str] = []
        for t in texts:
            hits = pack.find_register_markers(t)
            regs = {h.register for h in hits}
            for r in regs:
                counts[r] += 1
            if regs:
                counts["any"] += 1
                words = ", ".join(f"{h.register[:4]}:{h.text}" for h in hits[:4])
                fired.append(f"- {corpus}/{lang} [{words}] {t[:160]}")
        # a random sample (fixed seed), so that a reader can judge real address against misfires
        samples.extend(random.Random(args.seed).sample(fired, min(args.samples, len(fired))))
        total += len(texts)
        fired_total += counts["any"]
        print(f"| {corpus} | {lang} | {pack.tag} | {len(texts)} | {counts['formal']} | {counts['informal']} | "
              f"{100 * counts['any'] / max(1, len(texts)):.1f} |")
    print(f"\nAll: {fired_total} of {total} sentences ({100 * fired_total / max(1, total):.2f}%) have a marker.")
    if samples:
        print("\nSamples:\n" + "\n".join(samples))


def cmd_rules(args: argparse.Namespace) -> None:
    import datetime as dt

    from localekit.normalize import normalize
    from localekit.screen.rules import Context, ScriptRule, UnluckyNumberRule

    shared = shared_dir()
    rules = (ScriptRule(), UnluckyNumberRule())
    when = dt.datetime(2026, 6, 1, 12, 0)
    print("| corpus | lang | pack | texts | script fires | unlucky_number fires |")
    print("|---|---|---|---:|---:|---:|")
    samples: list[str] = []
    sources = [*ud_sentences(shared), *mozilla_strings(shared)]
    for corpus, lang, texts in sources:
        if args.lang and lang not in args.lang:
            continue
        pack = pack_for(lang)
        if pack is None:
            continue
        counts: Counter[str] = Counter()
        shown: Counter[str] = Counter()
        for t in texts:
            norm = normalize(t, scripts=pack.scripts)
            ctx = Context(norm=norm, pack=pack, locale=pack.tag, when=when, scores={}, flagged=[],
                          register="neutral", register_source="none")
            for rule in rules:
                hits = list(rule.check(ctx))
                if hits:
                    counts[rule.id] += 1
                    if shown[rule.id] < args.samples:
                        shown[rule.id] += 1
                        found = ", ".join(repr(t[h.span[0]:h.span[1]]) for h in hits[:3])
                        samples.append(f"- {corpus}/{lang} {rule.id} [{found}] {t[:160]}")
        print(f"| {corpus} | {lang} | {pack.tag} | {len(texts)} | {counts['script']} | "
              f"{counts['unlucky_number']} |")
    if samples:
        print("\nSamples:\n" + "\n".join(samples))


def cmd_formality(args: argparse.Namespace) -> None:
    """How the markers read the labelled CoCoA-MT conversations (train files only)."""
    shared = shared_dir()
    print("| lang | pack | items | formal read formal | informal read informal | read the other register |")
    print("|---|---|---:|---:|---:|---:|")
    for f in sorted((shared / "datasets" / "formality").glob("*.train.jsonl")):
        lang = f.name.split(".")[0]
        pack = pack_for(lang)
        if pack is None:
            continue
        c: Counter[str] = Counter()
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                item = json.loads(line)
                gold = item["formality"]
                got = pack.register_of(item["text"])
                c[gold] += 1
                c[f"{gold}->{got}"] += 1
        wrong = c["formal->informal"] + c["informal->formal"]
        print(f"| {lang} | {pack.tag} | {c['formal'] + c['informal']} | "
              f"{c['formal->formal']}/{c['formal']} | {c['informal->informal']}/{c['informal']} | {wrong} |")


def cmd_model(args: argparse.Namespace) -> None:
    """The formality head alone and the verdict's formality on PUD sentences (nobody is addressed)."""
    from localekit.screen.screener import Screener

    shared = shared_dir()
    scr = Screener(device=args.device)
    print("| lang | pack | sentences | head alone formal/informal (p >= 0.5) | verdict not neutral | "
          "register findings |")
    print("|---|---|---:|---:|---:|---:|")
    for corpus, lang, texts in ud_sentences(shared):
        if corpus != "pud" or (args.lang and lang not in args.lang):
            continue
        pack = pack_for(lang)
        if pack is None or scr.backend is None:
            continue
        texts = texts[:args.limit]
        _, form = scr.backend.predict(texts)
        head = 0 if form is None else sum(1 for p in form if max(p[0], p[1]) >= max(0.5, p[2]))
        verdicts = scr.screen_many(texts, pack.tag)
        marked = sum(1 for v in verdicts if v.get("formality") not in ("neutral", None))
        findings = sum(1 for v in verdicts if any(f["code"] == "register" for f in v.get("findings", [])))
        print(f"| {lang} | {pack.tag} | {len(texts)} | {head} | {marked} | {findings} |")


def cmd_everyday(args: argparse.Namespace) -> None:
    """Everyday sentences labelled formal/informal/neutral (``<split>-<locale>.jsonl`` in a folder):
    how often the pack's markers, and the screener's verdict (markers + formality head), read the
    labelled register."""
    folder = Path(args.folder)
    files = sorted(folder.glob(f"{args.split}-*.jsonl"))
    if not files:
        sys.exit(f"register_real: no {args.split}-*.jsonl in {folder}")
    scr = None
    if not args.no_model:
        from localekit.screen.screener import Screener

        scr = Screener(device=args.device)
    print("| locale | sentences | markers read right | verdict read right | verdict: neutral read as a register "
          "| verdict: addressed read neutral | verdict: wrong register |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    totals: Counter[str] = Counter()
    wrong: list[str] = []
    for f in files:
        tag = f.stem.split("-", 1)[1]
        pack = packs.load(tag)
        rows = [json.loads(line) for line in f.open(encoding="utf-8") if line.strip()]
        texts = [r["text"] for r in rows]
        gold = [r["register"] for r in rows]
        by_markers = [pack.register_of(t) for t in texts]
        by_verdict = ([v.get("formality") for v in scr.screen_many(texts, tag)] if scr else by_markers)
        c: Counter[str] = Counter()
        for t, g, m, v in zip(texts, gold, by_markers, by_verdict, strict=True):
            c["n"] += 1
            c["markers"] += m == g
            c["verdict"] += v == g
            if v != g:
                kind = ("neutral_marked" if g == "neutral" else "missed" if v == "neutral" else "flipped")
                c[kind] += 1
                wrong.append(f"- {tag} gold={g} verdict={v} markers={m}: {t}")
        totals.update(c)
        print(f"| {tag} | {c['n']} | {c['markers']} | {c['verdict']} | {c['neutral_marked']} | {c['missed']} | "
              f"{c['flipped']} |")
    n = max(1, totals["n"])
    print(f"| **all** | {totals['n']} | {totals['markers']} ({100 * totals['markers'] / n:.1f}%) | "
          f"{totals['verdict']} ({100 * totals['verdict'] / n:.1f}%) | {totals['neutral_marked']} | "
          f"{totals['missed']} | {totals['flipped']} |")
    if args.samples and wrong:
        print("\nRead wrong by the verdict:\n" + "\n".join(wrong[: args.samples]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("markers", "rules", "formality", "model", "everyday"))
    ap.add_argument("folder", nargs="?", help="everyday: folder of <split>-<locale>.jsonl files")
    ap.add_argument("--split", default="dev", help="everyday: which files to read (dev or test)")
    ap.add_argument("--no-model", action="store_true", help="everyday: markers only (no screener)")
    ap.add_argument("--samples", type=int, default=0)
    ap.add_argument("--lang", type=lambda s: set(s.split(",")), default=None)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0, help="seed of the random sample of fires")
    ap.add_argument("--device", default="auto")
    args = ap.parse_args()
    {"markers": cmd_markers, "rules": cmd_rules, "formality": cmd_formality, "model": cmd_model,
     "everyday": cmd_everyday}[args.what](args)


if __name__ == "__main__":
    main()
