"""``tools/mean_heads.py``, which builds the shipped topic head: the blend's logit is exactly the
weighted mean of its parts' logits, less the extra shift."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import numpy as np
import pytest

from localekit.screen.heads import HEADS_DIR, Heads

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from mean_heads import mean_heads


def _logit(h: Heads, emb: np.ndarray) -> np.ndarray:
    p = h.topic_scores(emb).astype(np.float64)
    return np.log(p / (1 - p))


def _part(shipped: Heads, hidden: int, seed: int) -> Heads:
    """A head on the shipped tuned layers with random topic weights (linear or one hidden layer)."""
    rng = np.random.default_rng(seed)
    h = copy.copy(shipped)
    if hidden:
        h.topic_w1 = rng.normal(0, 0.2, (hidden, h.dim)).astype(np.float32)
        h.topic_b1 = rng.normal(0, 0.1, hidden).astype(np.float32)
        h.topic_w = rng.normal(0, 0.3, (13, hidden)).astype(np.float32)
    else:
        h.topic_w1 = h.topic_b1 = None
        h.topic_w = rng.normal(0, 1.0, (13, h.dim)).astype(np.float32)
    h.topic_b = rng.normal(0, 1.0, 13).astype(np.float32)
    h.meta = dict(shipped.meta, hidden=hidden, languages=[f"l{seed}"], train_items=100 * (seed + 1))
    return h


@pytest.fixture(scope="module")
def shipped() -> Heads:
    return Heads.load(HEADS_DIR)


@pytest.fixture(scope="module")
def emb() -> np.ndarray:
    e = np.random.default_rng(7).normal(size=(300, 384)).astype(np.float32)
    return e / np.linalg.norm(e, axis=1, keepdims=True)


@pytest.mark.parametrize("hidden_b", [0, 32])
def test_blend_logit_is_the_weighted_mean_less_the_shift(shipped, emb, hidden_b, tmp_path):
    a, b = _part(shipped, 0, 1), _part(shipped, hidden_b, 2)
    m = mean_heads(a, b, weight=0.8, extra_shift=0.75)
    want = 0.2 * _logit(a, emb) + 0.8 * _logit(b, emb) - 0.75
    assert np.abs(_logit(m, emb) - want).max() < 1e-3
    assert (m.topic_w1 is None) == (hidden_b == 0)
    assert m.meta["mean_weight"] == 0.8 and m.meta["extra_shift"] == 0.75
    assert m.meta["languages"] == ["l1", "l2"] and m.meta["train_items"] == 300
    # it survives a save and a load unchanged, with the parts' tuned layers
    m.save(tmp_path / "blend")
    back = Heads.load(tmp_path / "blend")
    assert np.abs(back.topic_scores(emb) - m.topic_scores(emb)).max() < 1e-6
    assert back.top is not None


def test_formality_head_comes_from_a_or_from_the_folder_named(shipped, emb):
    a, b = _part(shipped, 0, 8), _part(shipped, 16, 9)
    a.form_w = a.form_w + 1.0
    a.meta = dict(a.meta, marker_weight=99.0)
    texts = ["Kommst du morgen?"] * len(emb)
    assert np.array_equal(mean_heads(a, b).form_w, a.form_w)
    kept = mean_heads(a, b, formality=shipped)
    assert np.array_equal(kept.formality_probs(emb, texts), shipped.formality_probs(emb, texts))
    assert kept.meta["marker_weight"] == shipped.meta["marker_weight"]


def test_weight_zero_and_one_give_the_parts(shipped, emb):
    a, b = _part(shipped, 0, 3), _part(shipped, 16, 4)
    assert np.abs(_logit(mean_heads(a, b, 0.0), emb) - _logit(a, emb)).max() < 1e-3
    assert np.abs(_logit(mean_heads(a, b, 1.0), emb) - _logit(b, emb)).max() < 1e-3


def test_bad_blends_are_refused(shipped):
    a, b = _part(shipped, 0, 5), _part(shipped, 0, 6)
    with pytest.raises(SystemExit, match=r"within 0\.\.1"):
        mean_heads(a, b, weight=1.5)
    other = copy.copy(b)
    other.top = {k: v.clone() for k, v in b.top.items()}
    first = next(iter(other.top))
    other.top[first] = other.top[first] + 1
    with pytest.raises(SystemExit, match="same tuned encoder"):
        mean_heads(a, other)


def test_the_shipped_head_is_the_documented_blend(shipped):
    """The shipped folder holds the blend the docs describe (weights as recorded), not a stale head."""
    assert shipped.meta["mean_of"] == [0, 256] and shipped.meta["mean_weight"] == 0.8
    assert shipped.topic_w1 is not None and shipped.topic_w1.shape == (256 + 2 * 384, 384)
    # the linear part passes through the identity: its first 384 units are relu(x), the next relu(-x)
    eye = np.eye(384, dtype=np.float32)
    assert np.array_equal(shipped.topic_w1[:384], eye) and np.array_equal(shipped.topic_w1[384:768], -eye)
