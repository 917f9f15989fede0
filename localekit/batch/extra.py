"""The ``batch`` extra (Ray Data, pyarrow, fsspec): whether it is installed, and the one-line error if not."""

from __future__ import annotations

import importlib.util

from localekit.errors import UsageError

PACKAGES = ("ray", "pyarrow", "fsspec")
INSTALL = "pip install 'localekit[batch]'"


def missing() -> list[str]:
    """The batch-extra packages that cannot be imported here."""
    out = []
    for name in (*PACKAGES, "ray.data"):
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found and not (name == "ray.data" and "ray" in out):
            out.append("ray[data]" if name == "ray.data" else name)
    return out


def require() -> None:
    """Raise a one-line :class:`UsageError` naming the install command when the extra is missing."""
    lacking = missing()
    if lacking:
        raise UsageError(f"localekit batch needs {', '.join(lacking)} (the batch extra), not installed here",
                         hint=INSTALL)
