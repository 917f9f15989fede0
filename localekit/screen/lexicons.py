"""The screener's culture lexicons, loaded from ``policies/lexicons.yaml`` (validated by its schema).

These complete the model; they are not the topic classifier. ``TOPIC_WORDS`` serves two jobs only:
deciding whether a leetspeak token is a word worth decoding (``b33r`` -> ``beer``) and pointing a
topic finding's span at a word. ``GREETINGS`` recognises holiday greetings in several languages;
localized holiday names from python-holidays extend it at run time (``rules.py``).
"""

from __future__ import annotations

from localekit.resources import policies_dir
from localekit.yamlio import load_yaml

_DATA = load_yaml(policies_dir() / "lexicons.yaml", schema="lexicons.schema.json")

TOPIC_WORDS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DATA["topic_words"].items()}
LEXICON: frozenset[str] = frozenset(w for words in TOPIC_WORDS.values() for w in words)
# holiday id -> greeting phrases (case-folded), several languages each
GREETINGS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DATA["greetings"].items()}
# words that open a greeting before a localized holiday name ("Frohe <Weihnachten>"), per language
GREETING_WORDS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DATA["greeting_words"].items()}
# Ramadan daytime rule: food and drink suggestions, and what makes them night-time (iftar/suhoor)
FOOD_DRINK_WORDS: tuple[str, ...] = tuple(_DATA["food_drink_words"])
NIGHT_WORDS: tuple[str, ...] = tuple(_DATA["night_words"])
