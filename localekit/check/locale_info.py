"""The one adapter between ``check`` and ``localekit.packs`` (plus CLDR plural data from babel).

A late change to the Pack API touches only this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from localekit.errors import UnknownLocaleError


@dataclass
class LocaleInfo:
    """What the rules need to know about one locale folder."""

    folder: str
    tag: str | None  # pack tag, None when no close pack
    language: str
    match_note: str | None
    scripts: tuple[str, ...] = ()
    registers: tuple[str, ...] = ()
    default_register: str = "neutral"
    display: dict[str, int] = field(default_factory=dict)
    forbidden_terms: tuple[tuple[str, str, str | None], ...] = ()
    _pack: Any = field(default=None, repr=False)  # private: rules ask through the methods below

    @property
    def has_pack(self) -> bool:
        return self._pack is not None

    def register_hits(self, text: str) -> list[tuple[str, int, int, str]]:
        """(register, start, end, matched) for the pack's register markers in ``text`` (the one marker
        matcher, :mod:`localekit.markers`: boundaries and contexts such as sentence-initial "Sie")."""
        if self._pack is None or not self.registers:
            return []
        return [(h.register, h.start, h.end, h.text) for h in self._pack.find_register_markers(text)]

    def unexpected_scripts(self, text: str) -> dict[str, int]:
        if self._pack is None or not self.scripts or not text or max(text) < "\u0250":
            return {}  # only Basic/Extended Latin letters: always tolerated
        if _outside(tuple(self.scripts)).search(text) is None:
            return {}  # every letter is in an expected script (or Latin, or Common/Inherited)
        return dict(self._pack.unexpected_scripts(text))


@lru_cache(maxsize=64)
def _outside(scripts: tuple[str, ...]) -> regex.Pattern:
    """A letter, mark or digit in none of ``scripts`` (nor Latin, Common, Inherited): a quick pre-test."""
    from localekit.scripts import expand

    allowed = "".join(rf"\p{{sc={code}}}" for code in sorted(expand(scripts) | {"Latn", "Zyyy", "Zinh"}))
    try:
        return regex.compile(rf"(?V1)[[\p{{L}}\p{{M}}\p{{Nd}}]--[{allowed}]]")
    except regex.error:  # a script the regex module does not know: always take the full path
        return regex.compile(r"[\s\S]")


@lru_cache(maxsize=256)
def locale_info(folder: str) -> LocaleInfo:
    """Pack-backed info for a locale folder name (``fr`` -> the ``fr-FR`` pack by CLDR matching).

    A folder name that is no locale tag gets no pack (structural rules still run); a broken pack
    raises :class:`~localekit.errors.PackError`.
    """
    from localekit import packs

    language = folder.replace("_", "-").split("-")[0].lower()
    try:
        pack = packs.load(_direct_tag(folder, tuple(packs.available())) or folder)
    except UnknownLocaleError as exc:
        return LocaleInfo(folder, None, language, f"no pack for {folder}: {exc}")
    note = pack.match_note
    if pack.tag != folder and not note:
        note = f"{folder} uses the {pack.tag} pack (the only pack for its language)"
    if pack.path is None or pack.path.name == "root.yaml":
        return LocaleInfo(folder, None, language, pack.match_note or f"no pack close to {folder}")
    forb = tuple((t.term, t.reason, t.suggest) for t in pack.policy.forbidden_terms)
    return LocaleInfo(
        folder=folder, tag=pack.tag, language=pack.language or language, match_note=note,
        scripts=tuple(pack.scripts), registers=tuple(pack.formality.registers),
        default_register=pack.formality.default,
        display={"title": pack.display.title, "body": pack.display.body, "button": pack.display.button},
        forbidden_terms=forb, _pack=pack,
    )


def _direct_tag(folder: str, available: tuple[str, ...]) -> str | None:
    """A bare language folder (``de``) with exactly one pack of that language (``de-DE``): that pack.

    Saves packs.load's alias index (every pack parsed) on warm runs; anything else goes through
    packs.load's CLDR matching.
    """
    if folder in available:
        return folder
    if "-" in folder or "_" in folder:
        return None
    same = [t for t in available if t.split("-")[0].lower() == folder.lower()]
    return same[0] if len(same) == 1 else None


@lru_cache(maxsize=256)
def plural_categories(language: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(categories integers 0..1000 reach, all CLDR categories) for ``language``; None if unknown."""
    import babel

    try:
        rule = babel.Locale.parse(language.replace("-", "_")).plural_form
    except (babel.UnknownLocaleError, ValueError, TypeError):
        return None
    needed = frozenset(rule(n) for n in range(0, 1001))
    return needed, frozenset(rule.tags) | {"other"}


@lru_cache(maxsize=256)
def likely_script(folder: str) -> str | None:
    """CLDR likely script of a locale folder (``ja`` -> ``Jpan``)."""
    import langcodes

    try:
        return langcodes.Language.get(folder.replace("_", "-")).maximize().script
    except ValueError:  # not a language tag
        return None
