"""Average two topic heads fitted on the same tuned encoder: the new head's logit is the mean of theirs.

Two linear heads average into a linear head; a linear head and a hidden-layer head into one
hidden-layer head, the linear part passed through as relu(x) - relu(-x). The formality head, the
tuned layers and the metadata are the first folder's. Used for the "mean of heads" candidates in
docs/screener.md.

    python tools/mean_heads.py HEADS_A HEADS_B OUT
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


def mean_heads(a: Heads, b: Heads) -> Heads:
    """The head whose topic logit is the mean of ``a``'s and ``b``'s."""
    if a.top is None or b.top is None or state_digest(a.top) != state_digest(b.top):
        raise SystemExit("both heads must be fitted on the same tuned encoder layers")
    m = copy.copy(a)
    m.topic_b = ((a.topic_b + b.topic_b) / 2).astype(np.float32)
    if a.topic_w1 is None and b.topic_w1 is None:
        m.topic_w = ((a.topic_w + b.topic_w) / 2).astype(np.float32)
    else:
        (w1a, b1a, wa), (w1b, b1b, wb) = _as_hidden(a), _as_hidden(b)
        m.topic_w1 = np.concatenate([w1a, w1b]).astype(np.float32)
        m.topic_b1 = np.concatenate([b1a, b1b]).astype(np.float32)
        m.topic_w = (np.concatenate([wa, wb], 1) / 2).astype(np.float32)
    m.meta = dict(a.meta, hidden=0 if m.topic_w1 is None else int(m.topic_w1.shape[0]),
                  mean_of=[a.meta.get("hidden", 0), b.meta.get("hidden", 0)])
    return m


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("out")
    args = ap.parse_args()
    m = mean_heads(Heads.load(args.a), Heads.load(args.b))
    m.save(Path(args.out))
    print(f"wrote {args.out} (hidden {m.meta['hidden']})")


if __name__ == "__main__":
    main()
