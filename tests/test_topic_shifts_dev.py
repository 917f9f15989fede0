"""``tools/topic_shifts_dev.py``: per-topic operating points chosen on dev by a stated trade-off."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from topic_shifts_dev import choose


def _data():
    """Topic 0: positives just under the bar (a +1 delta catches them) and real texts far below it;
    topic 1: the same positives, but real texts just under the bar too (a delta flags them)."""
    n_topics = 13
    yc = np.zeros((20, n_topics), bool)
    yc[:10, :2] = True
    lc = np.full((20, n_topics), -5.0)
    lc[:10, :2] = -0.8
    lr = np.full((1000, n_topics), -5.0)
    lr[:100, 1] = -0.8
    return (lc, yc), (lr, np.zeros((1000, n_topics), bool))


def test_a_delta_is_taken_only_where_real_text_does_not_pay_for_it():
    curated, real = _data()
    deltas, rows = choose(curated, real, (-1.0, 0.0, 1.0), cost=0.01)
    assert deltas[0] == 1.0  # F1 0 -> 1 at no real-text cost
    assert deltas[1] == 0.0  # F1 +1 would cost 100 false flags per 1,000 (objective -0.0)
    assert all(d == 0.0 for d in deltas[2:])  # no positives: ties go to the delta nearest 0
    row = next(r for r in rows if r["topic"] == "pork" and r["delta"] == 1.0)
    assert row["real_ff"] == 100.0 and abs(row["objective"] - (1.0 - 1.0)) < 1e-9


def test_a_cheaper_false_flag_moves_the_choice():
    curated, real = _data()
    deltas, _ = choose(curated, real, (-1.0, 0.0, 1.0), cost=0.001)
    assert deltas[1] == 1.0
