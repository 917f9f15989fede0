"""Registers: the vocabulary, the majority vote over register evidence, and sentence-start ambiguity.

``formal`` and ``informal`` are the marked registers a pack can have markers for; ``neutral`` is
text that shows neither. Language-level facts live in ``policies/registers.yaml``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import regex

from localekit.resources import policies_dir
from localekit.yamlio import load_yaml

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


@cache
def _facts() -> dict:
    return load_yaml(policies_dir() / "registers.yaml", schema="registers.schema.json")


def ambiguous_at_sentence_start(language: str) -> bool:
    """True when ``language``'s formal pronoun doubles as a capitalised third person (German "Sie")."""
    return language.split("-")[0].lower() in _facts()["ambiguous_sentence_start"]


_TAG = regex.compile(r"<[^<>]*>")
_LEAD = regex.compile(r"[\s\"'„“”«»‚‘’(\[\-–—•*\ufffc]*$")


def at_sentence_start(text: str, pos: int) -> bool:
    """True when only punctuation, quotes and markup stand between ``pos`` and a sentence start."""
    before = _LEAD.sub("", _TAG.sub("", text[:pos]))
    return not before or before[-1] in ".!?:;…\n"
