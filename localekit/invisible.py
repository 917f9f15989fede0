"""Invisible characters: the one table used by the screener's normaliser and the checker.

Each constant is a regex character-class body (no brackets). ``INVISIBLE`` is every character that
renders as nothing (Unicode Default_Ignorable_Code_Point in the BMP, plus the Arabic letter mark and
lone surrogates); the named subsets say which of them are legitimate where.
"""

from __future__ import annotations

import regex

# Bidi embeddings, overrides and isolates: they reorder text invisibly and never belong in a string.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# Left-to-right / right-to-left / Arabic letter marks: ordinary in right-to-left text.
BIDI_MARKS = "\u200e\u200f\u061c"
# Zero-width non-joiner and joiner: spelling in joining and Indic scripts, and inside emoji sequences.
JOINERS = "\u200c\u200d"
# Zero-width space: the word separator of scripts written without spaces.
ZERO_WIDTH_SPACE = "\u200b"
# Word joiner, invisible operators, byte-order mark, Mongolian vowel separator, tag characters.
FORMAT_CONTROLS = "\u2060-\u2064\ufeff\u180e\U000e0000-\U000e007f"
# Out of place in any UI string, whatever the script.
ALWAYS_INVISIBLE = BIDI_CONTROLS + FORMAT_CONTROLS

# Everything that renders as nothing (used to undo obfuscation).
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
    "\ud800-\udfff"  # lone surrogates (only reachable through the API): never text
)


def char_class(*bodies: str) -> regex.Pattern:
    """A compiled ``[...]`` class of the given bodies."""
    return regex.compile("[" + "".join(bodies) + "]")
