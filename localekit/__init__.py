"""localekit: say the right thing, the right way, in every locale.

Public API::

    import localekit
    pack = localekit.load("de-DE")                       # Pack (cached)
    from localekit.render import Renderer, render        # Fluent rendering
    from localekit.screen import screen, screen_many     # cultural-fit screening
    from localekit.check import ...                      # CI checks (see docs/check.md)

Attributes are imported lazily so ``import localekit`` (and every CLI start) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["LocalekitError", "Pack", "__version__", "load"]

if TYPE_CHECKING:
    from localekit.errors import LocalekitError
    from localekit.packs import Pack, load


def __getattr__(name: str) -> Any:
    if name in ("load", "Pack"):
        from localekit import packs

        return getattr(packs, name)
    if name == "LocalekitError":
        from localekit.errors import LocalekitError

        return LocalekitError
    raise AttributeError(f"module 'localekit' has no attribute {name!r}")
