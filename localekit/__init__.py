"""localekit: say the right thing, the right way, in every locale.

Public API (imported lazily so ``import localekit`` stays cheap)::

    localekit.load("de-DE")            # -> Pack (cached)
    localekit.render(...)               # Fluent rendering, see localekit.render
    localekit.screen(text, locale)      # cultural-fit screening, see localekit.screen
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["LocalekitError", "Pack", "__version__", "load", "screen", "screen_many"]

from localekit.errors import LocalekitError
from localekit.packs import Pack, load


def __getattr__(name: str) -> Any:
    if name in ("screen", "screen_many"):
        from localekit import screen as _screen_pkg

        return getattr(_screen_pkg, name)
    if name == "Renderer":
        from localekit.render import Renderer

        return Renderer
    raise AttributeError(f"module 'localekit' has no attribute {name!r}")
