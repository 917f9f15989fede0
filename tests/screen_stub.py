"""A keyword stand-in for the screener's model, for rule and contract tests only (never shipped).

It scores 0.9 for a topic whose lexicon words occur in the (normalised) text, else 0.01, and
says nothing about formality, so tests of the deterministic parts run in milliseconds.
"""

from __future__ import annotations

import numpy as np
import regex

from localekit.policy import TOPICS
from localekit.screen.lexicons import TOPIC_WORDS
from localekit.screen.screener import Backend

_PATTERNS = {t: regex.compile(r"(?<!\w)(?:" + "|".join(map(regex.escape, w)) + r")(?!\w)", regex.I)
             for t, w in TOPIC_WORDS.items()}


class KeywordBackend(Backend):
    name = "keyword-stub"

    def __init__(self) -> None:
        self.calls = 0

    def predict(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray | None]:
        self.calls += 1
        out = np.full((len(texts), len(TOPICS)), 0.01, dtype=np.float32)
        for i, t in enumerate(texts):
            for k, topic in enumerate(TOPICS):
                if _PATTERNS[topic].search(t):
                    out[i, k] = 0.9
        return out, None
