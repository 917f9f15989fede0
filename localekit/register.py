"""Registers: the vocabulary and the majority vote over register evidence.

``formal`` and ``informal`` are the marked registers a pack can have markers for; ``neutral`` is
text that shows neither.
"""

from __future__ import annotations

from collections.abc import Mapping

MARKED: tuple[str, ...] = ("formal", "informal")
NEUTRAL = "neutral"
REGISTERS: tuple[str, ...] = (*MARKED, NEUTRAL)


def majority(counts: Mapping[str, int], *, min_votes: int = 1, ratio: float = 1.0) -> str | None:
    """The marked register that wins ``counts``, or ``None`` when none wins clearly.

    It wins with at least ``min_votes`` votes, strictly more than the other register, and at least
    ``ratio`` times as many.
    """
    ranked = sorted(((counts.get(r, 0), r) for r in MARKED), reverse=True)
    (n1, top), (n2, _) = ranked[0], ranked[1]
    if n1 >= min_votes and n1 > n2 and n1 >= ratio * n2:
        return top
    return None
