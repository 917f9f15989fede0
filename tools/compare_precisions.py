"""Agreement of the screener's model outputs across encoder precisions (fp32 vs bf16 vs int8).

    python tools/compare_precisions.py [--modes bfloat16,int8] [--split test]

Screens the project dataset's split with the shipped heads (and their tuned encoder layers) in
fp32 and in each mode, and prints per mode: the share of items whose flagged topic set is
identical, the share of identical formality labels, the largest topic-score difference and the
smallest embedding cosine.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def outputs(mode: str, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    from localekit.screen.encoder import DEFAULT_MODEL, Encoder
    from localekit.screen.heads import Heads
    from localekit.screen.train import model_text

    heads = Heads.load()
    top = heads.top if heads.encoder == DEFAULT_MODEL else None
    if mode == "int8":
        enc = Encoder.load(device="cpu", dtype="float32", quantize=True, top=top)
    else:
        enc = Encoder.load(device="cpu", dtype=mode, top=top)
    clean = [model_text(t) for t in texts]
    emb = enc.embed(clean)
    return emb, heads.topic_scores(emb), heads.formality_probs(emb, clean)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--modes", default="bfloat16,int8")
    ap.add_argument("--split", default="test")
    args = ap.parse_args()
    from localekit.screen.data import load_project

    texts = [it.text for it in load_project() if it.split == args.split]
    ref_emb, ref_t, ref_f = outputs("float32", texts)
    print(f"{len(texts)} texts of the {args.split} split; reference fp32")
    for mode in args.modes.split(","):
        emb, t, f = outputs(mode, texts)
        same_flags = np.mean(np.all((t >= 0.5) == (ref_t >= 0.5), axis=1))
        same_form = np.mean(f.argmax(1) == ref_f.argmax(1))
        cos = (emb * ref_emb).sum(1)
        print(f"{mode}: identical topic flags {same_flags:.1%}, identical formality {same_form:.1%}, "
              f"max topic-score diff {np.abs(t - ref_t).max():.3f}, min embedding cosine {cos.min():.4f}")


if __name__ == "__main__":
    main()
