"""Where bundled data lives: ``locales/`` and ``policies/`` inside the wheel, or the checkout."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """Return the bundled ``locales`` or ``policies`` folder.

    A wheel carries them inside the package (``localekit/locales``); an editable install or a
    checkout has them beside the package. ``LOCALEKIT_<NAME>_DIR`` overrides both.
    """
    env = os.environ.get(f"LOCALEKIT_{name.upper()}_DIR")
    if env:
        return Path(env)
    for candidate in (_PKG / name, _PKG.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"localekit data folder {name!r} not found next to {_PKG}")


def locales_dir() -> Path:
    return data_dir("locales")


def policies_dir() -> Path:
    return data_dir("policies")


def schema_path(name: str) -> Path:
    return _PKG / "schema" / name
