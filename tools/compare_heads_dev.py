"""Compare screener heads on the dev splits only (the evidence for shipping a retrained model).

Never reads a test split: the curated dev split, MASSIVE en-US dev, the project's translations of
MASSIVE dev (``data/real/translated``), and the PUD and UD dev splits (transfer languages apart).

    python tools/compare_heads_dev.py OLD_HEADS_DIR NEW_HEADS_DIR [--threads 2]
"""

from __future__ import annotations

import argparse

import numpy as np

from localekit.screen.data import EmbeddingCache, load_project
from localekit.screen.encoder import Encoder
from localekit.screen.evaluate import _nanmean, real_stats, topic_report
from localekit.screen.heads import Heads
from localekit.screen.realtext import TRANSFER_LANGS, load_real, load_translated
from localekit.screen.threads import configure_threads
from localekit.screen.train import cache_name, embed_items


def dev_figures(heads_dir: str) -> dict[str, str]:
    """One row of figures per dev corpus for the heads in ``heads_dir``."""
    heads = Heads.load(heads_dir)
    enc = Encoder.load(None, top=heads.top, dtype="float32")  # figures that reproduce on every CPU
    cache = EmbeddingCache(cache_name(enc), enc.dim)
    out: dict[str, str] = {}
    curated = embed_items([it for it in load_project() if it.split == "dev"], enc, cache)
    rep = topic_report(heads, curated)
    food = " / ".join(f"{rep.per_topic[t][2]:.2f}" for t in ("pork", "beef", "alcohol"))
    out["curated dev: topic macro-F1 (pork / beef / alcohol)"] = f"{rep.macro_f1:.3f} ({food})"
    real = [it for it in load_real() if it.split == "dev"]
    groups = {
        "MASSIVE en-US dev": [it for it in real if it.source == "real:massive"],
        "PUD dev, trained languages": [it for it in real if it.source == "real:pud" and it.lang not in TRANSFER_LANGS],
        "UD dev": [it for it in real if it.source == "real:ud-mono"],
    }
    translated = [it for it in load_translated() if it.split == "dev"]
    for lang in sorted({it.lang for it in translated}):
        groups[f"MASSIVE dev translated, {lang}"] = [it for it in translated if it.lang == lang]
    for name, items in groups.items():
        if not items:
            continue
        data = embed_items(items, enc, cache)
        s = real_stats(heads.topic_scores(data.emb) >= 0.5, data.y_topics.astype(bool))
        out[f"{name}: false flags per 1,000 / precision / recall"] = (
            f"{s['false_flags_per_1000']:.1f} / {s['precision']:.3f} / {s['recall']:.3f}")
    pud_langs: dict[str, list[float]] = {"trained": [], "transfer": []}
    pud = [it for it in real if it.source == "real:pud"]
    data = embed_items(pud, enc, cache)
    pred = heads.topic_scores(data.emb) >= 0.5
    for lang in sorted({it.lang for it in pud}):
        idx = np.array([i for i, it in enumerate(pud) if it.lang == lang])
        f1 = real_stats(pred[idx], data.y_topics[idx].astype(bool))["macro_f1"]
        pud_langs["transfer" if lang in TRANSFER_LANGS else "trained"].append(f1)
    out["PUD dev, mean per-language macro-F1: trained / transfer"] = (
        f"{_nanmean(pud_langs['trained']):.3f} / {_nanmean(pud_langs['transfer']):.3f}")
    out["real_shift"] = str(heads.meta.get("real_shift"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("heads", nargs=2, help="two heads folders: the baseline, then the candidate")
    ap.add_argument("--threads", type=int, default=None)
    args = ap.parse_args()
    configure_threads(args.threads)
    a, b = (dev_figures(h) for h in args.heads)
    print(f"| dev split | {args.heads[0]} | {args.heads[1]} |\n|---|---:|---:|")
    for key in dict.fromkeys([*a, *b]):
        print(f"| {key} | {a.get(key, '-')} | {b.get(key, '-')} |")


if __name__ == "__main__":
    main()
