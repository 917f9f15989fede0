"""The rich console for human-readable output: wrapped to a terminal, never wrapped in pipes and logs."""

from __future__ import annotations

from rich.console import Console

UNWRAPPED_WIDTH = 10_000  # off a terminal: wide enough that no line is ever folded


def console(*, stderr: bool = False) -> Console:
    """A console on stdout (or stderr) that hard-wraps only when it writes to a terminal."""
    out = Console(stderr=stderr, highlight=False)
    if not out.is_terminal:
        out = Console(stderr=stderr, highlight=False, width=UNWRAPPED_WIDTH)
    return out
