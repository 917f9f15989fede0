"""Fluent renderer: locale-correct prompts for voice and strings for screens.

``Renderer.for_locale("de-DE").render("timer-set", {"minutes": 5}, channel="voice")``; see
``docs/catalog.md`` for the catalog, formality and channel conventions.
"""

from localekit.render.renderer import FtlSyntaxError, Rendered, Renderer, RenderError, render
from localekit.render.values import Telephone

__all__ = ["FtlSyntaxError", "RenderError", "Rendered", "Renderer", "Telephone", "render"]
