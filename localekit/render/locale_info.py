"""The one adapter between the renderer and :mod:`localekit.packs` (a late API change lands here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import babel

from localekit import scripts
from localekit.errors import UnknownLocaleError
from localekit.resources import locales_dir


@dataclass(frozen=True)
class LocaleInfo:
    """What the renderer needs from a pack."""

    tag: str
    chain: tuple[str, ...]  # pack tags, most specific first (``root`` removed)
    direction: str  # "ltr" | "rtl"
    formality: str  # "formal" | "informal" | "neutral"
    title: int
    body: int
    button: int
    note: str | None = None


def locale_info(tag: str) -> LocaleInfo:
    """Resolve ``tag`` through the pack loader; fall back to CLDR (babel) for tags the loader rejects."""
    from localekit import packs

    try:
        pack = packs.load(tag)
    except UnknownLocaleError as exc:
        error = exc  # packs.load derives a pack for every language CLDR knows; its error names the fix
    else:
        chain = tuple(t for t in pack.chain if t != "root")
        return LocaleInfo(tag=pack.tag, chain=chain, direction=pack.direction,
                          formality=pack.formality.default, title=pack.display.title,
                          body=pack.display.body, button=pack.display.button, note=pack.match_note)
    try:
        loc = babel.Locale.parse(tag.replace("-", "_"))
    except (babel.UnknownLocaleError, ValueError, TypeError):
        raise error from None
    rtl = loc.character_order == "right-to-left" or scripts.is_rtl(_likely_script(loc.language))
    root = packs.load("root").display
    return LocaleInfo(tag=tag, chain=(tag,), direction="rtl" if rtl else "ltr", formality="neutral",
                      title=root.title, body=root.body, button=root.button, note=f"no pack for {tag}; CLDR defaults")


def _likely_script(language: str) -> str | None:
    """CLDR likely script of a language (``ur`` -> ``Arab``)."""
    import langcodes

    return langcodes.Language.get(language).maximize().script


def pack_ftl_files(tag: str) -> list[Path]:
    """The ``.ftl`` files of a pack folder, sorted (empty when the folder does not exist)."""
    folder = locales_dir() / tag
    if not folder.is_dir():
        return []
    return sorted(folder.rglob("*.ftl"))
