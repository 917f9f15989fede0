"""Average two topic heads fitted on the same tuned encoder: the new head's logit is the (weighted) mean of theirs.

Two linear heads average into a linear head; a linear head and a hidden-layer head into one
hidden-layer head, the linear part passed through as relu(x) - relu(-x). The formality head and
the tuned layers are the first folder's, and so is the metadata not listed below. It builds the
shipped blend and the "mean of heads" candidates in docs/screener.md.

    python tools/mean_heads.py HEADS_A HEADS_B OUT [--weight 0.5] [--extra-shift 0] [--formality-from DIR]

``--weight`` is B's share of the logit; ``--extra-shift`` lowers every topic's log-odds by that much
afterwards (an operating point chosen on dev with ``tools/operating_point_dev.py``).
``--formality-from`` takes the formality head and marker weight from that folder instead of A (a
topic-head candidate that leaves the register untouched). The metadata records the weight and
shift, the languages of both and the larger of their training-data counts.
"""

from __future__ import annotations

import argparse
import copy
from pathlib import Path

import numpy as np

from localekit.screen.finetune import state_digest
from localekit.screen.heads import Heads


def _as_hidden(h: Heads) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(w1, b1, w) of ``h`` as a hidden-layer head (a linear head through the identity)."""
    if h.topic_w1 is not None:
        return h.topic_w1, h.topic_b1, h.topic_w
    eye = np.eye(h.dim, dtype=np.float32)
    return np.concatenate([eye, -eye]), np.zeros(2 * h.dim, np.float32), np.concatenate([h.topic_w, -h.topic_w], 1)


def mean_heads(a: Heads, b: Heads, weight: float = 0.5, extra_shift: float = 0.0,
               formality: Heads | None = None) -> Heads:
    """The head whose topic logit is ``(1 - weight) * a's + weight * b's - extra_shift``; its formality
    head is ``formality``'s (default: a's)."""
    if not 0.0 <= weight <= 1.0:
        raise SystemExit("weight must be within 0..1")
    if a.top is None or b.top is None or state_digest(a.top) != state_digest(b.top):
        raise SystemExit("both heads must be fitted on the same tuned encoder layers")
    m = copy.copy(a)
    wa, wb = 1.0 - weight, weight
    m.topic_b = (wa * a.topic_b + wb * b.topic_b - extra_shift).astype(np.float32)
    if a.topic_w1 is None and b.topic_w1 is None:
        m.topic_w = (wa * a.topic_w + wb * b.topic_w).astype(np.float32)
    else:
        (w1a, b1a, oa), (w1b, b1b, ob) = _as_hidden(a), _as_hidden(b)
        m.topic_w1 = np.concatenate([w1a, w1b]).astype(np.float32)
        m.topic_b1 = np.concatenate([b1a, b1b]).astype(np.float32)
        m.topic_w = np.concatenate([wa * oa, wb * ob], 1).astype(np.float32)
    m.meta = dict(a.meta, hidden=0 if m.topic_w1 is None else int(m.topic_w1.shape[0]),
                  mean_of=[a.meta.get("hidden", 0), b.meta.get("hidden", 0)], mean_weight=weight,
                  extra_shift=extra_shift, real_shift=[a.meta.get("real_shift"), b.meta.get("real_shift")],
                  languages=sorted(set(a.meta.get("languages", [])) | set(b.meta.get("languages", []))))
    for key in ("train_items", "real_train_items", "translated_train_items"):
        if key in a.meta or key in b.meta:
            m.meta[key] = max(int(a.meta.get(key, 0)), int(b.meta.get(key, 0)))
    if formality is not None:
        m.form_w, m.form_b, m.form_ngrams = formality.form_w, formality.form_b, formality.form_ngrams
        for key in ("marker_weight", "formality_items", "formality_real_neutral_items", "ngrams"):
            if key in formality.meta:
                m.meta[key] = formality.meta[key]
    return m


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("out")
    ap.add_argument("--weight", type=float, default=0.5, help="weight of B's logit (0..1)")
    ap.add_argument("--extra-shift", type=float, default=0.0, help="log-odds taken off every topic afterwards")
    ap.add_argument("--formality-from", default=None, help="heads folder whose formality head is kept (default: A)")
    args = ap.parse_args()
    form = Heads.load(args.formality_from) if args.formality_from else None
    m = mean_heads(Heads.load(args.a), Heads.load(args.b), args.weight, args.extra_shift, form)
    m.save(Path(args.out))
    print(f"wrote {args.out} (hidden {m.meta['hidden']})")


if __name__ == "__main__":
    main()
