"""Sweep the real-text operating point (an extra log-odds shift of every topic bias) on dev only.

For one heads folder, prints per extra shift the dev figures that decide a shift: prose false
flags (PUD dev in trained languages + UD dev, pooled), MASSIVE en-US dev, the mean over the
project's translated MASSIVE dev requests, and the curated dev topic macro-F1. Never reads a test
split.

    python tools/operating_point_dev.py HEADS_DIR [--shifts 0,0.25,...] [--langs ar,de,...] [--threads 2]

The translated mean is over the 7 languages the shipping criteria in docs/screener.md were written
for (``--langs``), not over every translated dev file.
"""

from __future__ import annotations

import argparse
import copy

import numpy as np

from localekit.screen.data import EmbeddingCache, Item, load_project
from localekit.screen.encoder import Encoder
from localekit.screen.evaluate import real_stats, topic_report
from localekit.screen.heads import Heads
from localekit.screen.realtext import TRANSFER_LANGS, load_real, load_translated
from localekit.screen.threads import configure_threads
from localekit.screen.train import cache_name, embed_items

#: The translated dev languages of the shipping criteria (docs/screener.md).
DECISION_LANGS = ("ar", "de", "km", "mn", "my", "sw", "zh")


def dev_items(langs: tuple[str, ...] = DECISION_LANGS) -> dict[str, list[Item]]:
    """The dev texts that decide an operating point: ``prose`` (PUD dev in trained languages and UD
    dev), ``massive`` (MASSIVE en-US dev), ``translated`` (the project's translated dev requests in
    ``langs``) and ``curated`` (the curated dev split)."""
    real = [it for it in load_real() if it.split == "dev"]
    return {"prose": [it for it in real if it.source == "real:ud-mono" or
                      (it.source == "real:pud" and it.lang not in TRANSFER_LANGS)],
            "massive": [it for it in real if it.source == "real:massive"],
            "translated": [it for it in load_translated() if it.split == "dev" and it.lang in langs],
            "curated": [it for it in load_project() if it.split == "dev"]}


def sweep(heads_dir: str, shifts: list[float], langs: tuple[str, ...] = DECISION_LANGS) -> list[dict[str, float]]:
    """Dev figures of ``heads_dir`` at each extra shift."""
    base = Heads.load(heads_dir)
    enc = Encoder.load(None, top=base.top, dtype="float32")  # figures that reproduce on every CPU
    cache = EmbeddingCache(cache_name(enc), enc.dim)
    dev = dev_items(langs)
    prose, massive, curated = (embed_items(dev[k], enc, cache) for k in ("prose", "massive", "curated"))
    by_lang = {lang: embed_items([it for it in dev["translated"] if it.lang == lang], enc, cache)
               for lang in sorted({it.lang for it in dev["translated"]})}
    rows = []
    for s in shifts:
        heads = copy.copy(base)
        heads.topic_b = (base.topic_b - s).astype(np.float32)

        def stats(data, heads=heads):
            return real_stats(heads.topic_scores(data.emb) >= 0.5, data.y_topics.astype(bool))

        p, m = stats(prose), stats(massive)
        t = [stats(d) for d in by_lang.values()]
        rows.append({"extra_shift": s, "prose_ff": p["false_flags_per_1000"], "prose_recall": p["recall"],
                     "massive_ff": m["false_flags_per_1000"], "massive_precision": m["precision"],
                     "massive_recall": m["recall"],
                     "translated_ff": float(np.mean([x["false_flags_per_1000"] for x in t])),
                     "translated_recall": float(np.mean([x["recall"] for x in t])),
                     "curated_macro_f1": topic_report(heads, curated).macro_f1})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("heads")
    ap.add_argument("--shifts", default=",".join(str(x) for x in np.arange(0, 3.01, 0.25)))
    ap.add_argument("--langs", default=",".join(DECISION_LANGS), help="translated dev languages to average")
    ap.add_argument("--threads", type=int, default=None)
    args = ap.parse_args()
    configure_threads(args.threads)
    rows = sweep(args.heads, [float(x) for x in args.shifts.split(",")], tuple(args.langs.split(",")))
    keys = list(rows[0])
    print("| " + " | ".join(keys) + " |\n|" + "---:|" * len(keys))
    for r in rows:
        print("| " + " | ".join(f"{r[k]:.3f}" if k != "extra_shift" else f"{r[k]:+.2f}" for k in keys) + " |")


if __name__ == "__main__":
    main()
