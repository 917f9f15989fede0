"""BCP-47 tags: validation and normalisation (langcodes), closest-match against the packs."""

from __future__ import annotations

from functools import lru_cache

import langcodes
import regex

from localekit.errors import UnknownLocaleError

_TAG_SHAPE = regex.compile(r"^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$")
MAX_TAG_LENGTH = 64


@lru_cache(maxsize=4096)
def normalize_tag(tag: str) -> str:
    """Return the canonical form of ``tag`` (``de_de`` -> ``de-DE``, ``iw`` -> ``he``).

    Raises :class:`UnknownLocaleError` with a hint for anything that is not a valid BCP-47 tag.
    """
    if not isinstance(tag, str):
        raise UnknownLocaleError(f"locale tag must be a string, not {type(tag).__name__}")
    shown = ascii(tag[:40]) + ("…" if len(tag) > 40 else "")
    if len(tag) > MAX_TAG_LENGTH or not _TAG_SHAPE.match(tag):
        raise UnknownLocaleError(f"invalid locale tag {shown}",
                                 hint="use a BCP-47 tag such as de-DE, pt-PT or zh-Hant-TW")
    candidate = tag.replace("_", "-")
    if _cldr_only(candidate):  # registered after langcodes' copy of the IANA registry (tok, isv, en-CQ)
        return langcodes.Language.get(candidate).to_tag()
    if not langcodes.tag_is_valid(candidate):
        raise UnknownLocaleError(f"invalid locale tag {shown}",
                                 hint="use a BCP-47 tag such as de-DE, pt-PT or zh-Hant-TW")
    lang = langcodes.Language.get(candidate)
    if not lang.is_valid():
        raise UnknownLocaleError(f"unknown language or region in locale tag {shown}",
                                 hint="check the subtags against the IANA registry")
    return langcodes.standardize_tag(candidate)


def _cldr_only(candidate: str) -> bool:
    """A language[-Script][-REGION] tag langcodes rejects whose every subtag CLDR (Babel) knows."""
    if langcodes.tag_is_valid(candidate) and langcodes.Language.get(candidate).is_valid():
        return False
    try:
        lang = langcodes.Language.get(candidate)
    except langcodes.LanguageTagError:
        return False
    if lang.extlangs or lang.variants or lang.extensions or lang.private:
        return False
    import babel

    from localekit.derive import cldr_languages

    en = babel.Locale("en")
    return (lang.language in cldr_languages() and (lang.script is None or lang.script in en.scripts)
            and (lang.territory is None or lang.territory in en.territories))


def closest(tag: str, supported: tuple[str, ...], max_distance: int = 25) -> tuple[str | None, int]:
    """Closest supported tag by CLDR language matching (langcodes), with its distance."""
    match, distance = langcodes.closest_supported_match(tag, list(supported), max_distance=max_distance), 0
    if match is None:
        return None, 1000
    distance = langcodes.tag_distance(tag, match)
    return match, distance


def maximize(tag: str) -> langcodes.Language:
    """CLDR likely-subtags expansion (``ja`` -> ``ja-Jpan-JP``)."""
    return langcodes.Language.get(tag).maximize()
