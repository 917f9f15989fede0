"""The ``batch`` extra (Ray Data, pyarrow, fsspec): whether it is installed, and the one-line error if not."""

from __future__ import annotations

from localekit.errors import UsageError
from localekit.screen.extra import importable

PACKAGES = ("ray", "pyarrow", "fsspec")
INSTALL = "pip install 'localekit[batch]'"


def missing() -> list[str]:
    """The batch-extra packages that cannot be imported here."""
    out = [name for name in PACKAGES if not importable(name)]
    if "ray" not in out and not importable("ray.data"):
        out.append("ray[data]")
    return out


def require() -> None:
    """Raise a one-line :class:`UsageError` naming the install command when the extra is missing."""
    lacking = missing()
    if lacking:
        raise UsageError(f"localekit batch needs {', '.join(lacking)} (the batch extra), not installed here",
                         hint=INSTALL)
