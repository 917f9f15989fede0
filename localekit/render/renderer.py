"""The renderer: message id + arguments -> words for this locale, register and channel.

Catalogs are parsed on first need (the requested locale's, then each fallback's), messages are
compiled on first use and cached per (message, attribute, mode); static messages are precomputed
strings. All caches are filled under a lock or idempotently, so a renderer is thread-safe.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from fluent.syntax import FluentParser
from fluent.syntax import ast as FTL

from localekit.errors import FtlSyntaxError, RenderError
from localekit.register import REGISTERS
from localekit.render.compiler import FSI, ISOLATE, PDI, PLAIN, SSML, Abort, Catalog, Env, xml_escape
from localekit.render.locale_info import LocaleInfo, locale_info, pack_ftl_files
from localekit.render.values import LocaleFormats
from localekit.textwidth import display_width, truncate

__all__ = ["FtlSyntaxError", "RenderError", "Rendered", "Renderer", "render"]

CHANNELS = ("screen", "voice")
FORMALITIES = REGISTERS
_EMPTY: dict = {}


@dataclass
class Rendered:
    """A rendered message: value, attributes, the locale that served it, errors, truncation."""

    value: str
    attributes: dict[str, str] = field(default_factory=dict)
    locale: str = ""
    errors: list[str] = field(default_factory=list)
    truncated: bool = False


def _line_col(source: str, offset: int) -> tuple[int, int]:
    line = source.count("\n", 0, offset) + 1
    col = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _ftl_files(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(p.rglob("*.ftl")))
        elif p.is_file():
            out.append(p)
        else:
            raise FtlSyntaxError("no such FTL file or folder", path=str(p))
    return out


class _Source:
    """One locale's catalog, parsed on first need."""

    def __init__(self, tag: str, files: list[Path], fmts_tag: str, numbering_system: str | None) -> None:
        self.tag = tag
        self.files = files
        self.fmts_tag = fmts_tag
        self.numbering_system = numbering_system
        self.catalog: Catalog | None = None
        self.junk: list[FtlSyntaxError] = []

    def load(self) -> Catalog:
        if self.catalog is not None:
            return self.catalog
        cat = Catalog(self.tag, LocaleFormats(self.fmts_tag, self.numbering_system))
        parser = FluentParser(with_spans=False)
        for path in self.files:
            try:
                text = path.read_bytes().decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                self.junk.append(FtlSyntaxError(f"not UTF-8 ({exc.reason} at byte {exc.start})", path=str(path)))
                continue
            try:
                resource = parser.parse(text)
            except RecursionError:
                self.junk.append(FtlSyntaxError("nesting too deep to parse", path=str(path)))
                continue
            for entry in resource.body:
                if isinstance(entry, FTL.Junk):
                    ann = entry.annotations[0] if entry.annotations else None
                    offset = ann.span.start if ann is not None and ann.span is not None else 0
                    line, col = _line_col(text, offset) if ann is not None and ann.span is not None else (0, 0)
                    msg = f"{ann.code}: {ann.message}" if ann is not None else "syntax error"
                    self.junk.append(FtlSyntaxError(msg, path=str(path), line=line or None, column=col or None))
            cat.add(resource, str(path))
        self.catalog = cat
        return cat


class Renderer:
    """Renders messages of one locale, falling back along the pack chain to the reference locale."""

    _cache: ClassVar[dict[tuple, Renderer]] = {}
    _cache_lock = threading.Lock()
    info: LocaleInfo
    # (message_id, channel) -> final string of a static message rendered with default options
    _static: dict[tuple[str, str], str]
    _resolved: dict[tuple[str, str | None], tuple[None, Catalog | None]]

    def __init__(self, tag: str, *, paths: Iterable[str | Path] | None = None, reference: str | None = "en-US",
                 strict: bool = False, use_packs: bool = True, numbering_system: str | None = None) -> None:
        self._setup(tag, strict)
        # the babel locale: the requested tag when CLDR has it (de-AT numbers), else the pack's
        fmts_tag = tag
        sources: list[_Source] = []
        extra = _ftl_files(paths or ())
        if extra:
            sources.append(_Source(tag, extra, fmts_tag, numbering_system))
        chain = list(self.info.chain)
        if reference and reference not in chain:
            chain.append(reference)
        if use_packs:
            lang = tag.split("-")[0].lower()
            for pack_tag in chain:
                files = pack_ftl_files(pack_tag)
                if files:
                    same = pack_tag.split("-")[0].lower() == lang
                    sources.append(_Source(pack_tag, files, fmts_tag if same else pack_tag, numbering_system))
        if not sources:
            raise RenderError(f"no Fluent messages for locale {tag!r}", hint="add locales/<tag>/*.ftl or pass paths")
        self._sources = sources

    # --- construction ----------------------------------------------------------------------
    @classmethod
    def for_locale(cls, tag: str, *, paths: Iterable[str | Path] | None = None, reference: str | None = "en-US",
                   strict: bool = False, use_packs: bool = True, numbering_system: str | None = None) -> Renderer:
        """A cached renderer for ``tag`` (per argument set)."""
        key = (tag, tuple(str(p) for p in paths) if paths else (), reference, strict, use_packs, numbering_system)
        hit = cls._cache.get(key)
        if hit is not None:
            return hit
        with cls._cache_lock:
            hit = cls._cache.get(key)
            if hit is None:
                hit = cls(tag, paths=paths, reference=reference, strict=strict, use_packs=use_packs,
                          numbering_system=numbering_system)
                cls._cache[key] = hit
        return hit

    @classmethod
    def from_resources(cls, tag: str, resources: Iterable[tuple[str, FTL.Resource]], *,
                       strict: bool = False, numbering_system: str | None = None) -> Renderer:
        """A renderer over already parsed resources (``(source name, Resource)``), no packs, no cache."""
        resources = list(resources)
        self = cls.__new__(cls)
        cls._setup(self, tag, strict)
        src = _Source(tag, [], tag, numbering_system)
        cat = Catalog(tag, LocaleFormats(tag, numbering_system))
        for name, res in resources:
            cat.add(res, name)
        src.catalog = cat
        self._sources = [src]
        return self

    def _setup(self, tag: str, strict: bool) -> None:
        self.info = locale_info(tag)
        self.tag = self.info.tag
        self.requested = tag
        self.strict = strict
        self.rtl = self.info.direction == "rtl"
        self.formality = self.info.formality
        self._lock = threading.RLock()
        self._static = {}
        self._resolved = {}

    def syntax_errors(self) -> list[FtlSyntaxError]:
        """Syntax errors of every catalog in the chain (parses them all)."""
        out = []
        with self._lock:
            for src in self._sources:
                src.load()
                out.extend(src.junk)
        return out

    def message_ids(self) -> list[str]:
        """Every message id available through the chain."""
        seen: dict[str, None] = {}
        with self._lock:
            for src in self._sources:
                for mid in src.load().messages:
                    seen.setdefault(mid, None)
        return list(seen)

    def has_message(self, message_id: str) -> bool:
        return self._catalog_for(message_id, None) is not None

    # --- lookup ----------------------------------------------------------------------------
    def _catalog_for(self, message_id: str, attribute: str | None) -> Catalog | None:
        key = (message_id, attribute)
        hit = self._resolved.get(key)
        if hit is not None:
            return hit[1]
        found = None
        with self._lock:
            for src in self._sources:
                cat = src.load()
                if cat.has(message_id, attribute):
                    found = cat
                    break
            self._resolved[key] = (None, found)
        return found

    def _budget(self, attribute: str | None, width: int | None) -> int:
        if width is not None:
            return width
        if attribute is None:
            return self.info.body
        if attribute == "title":
            return self.info.title
        if attribute.startswith("button"):
            return self.info.button
        return self.info.body

    def _mode(self, channel: str, ssml: bool) -> int:
        if channel == "screen":
            if ssml:
                raise RenderError("ssml=True needs channel='voice'")
            return ISOLATE if self.rtl else PLAIN
        if channel == "voice":
            return SSML if ssml else PLAIN
        raise RenderError(f"unknown channel {channel!r} (screen, voice)")

    def _format(self, cat: Catalog, message_id: str, attribute: str | None, mode: int, args: Mapping | None,
                formality: str | None, errors: list[str]) -> str:
        pattern = cat.pattern("message", message_id, attribute, mode)
        if pattern is None:
            errors.append(f"No value: {message_id}")
            return message_id
        if pattern.__class__ is str:
            return pattern
        env = Env(formality)
        try:
            out = pattern(args if args is not None else _EMPTY, env)
        except Abort as exc:
            env.errors.append(str(exc))
            out = "{???}"
        except RecursionError:
            env.errors.append("Nesting too deep")
            out = "{???}"
        errors.extend(env.errors)
        return out

    def _finish(self, text: str, channel: str, ssml: bool, cat_tag: str, budget: int) -> tuple[str, bool]:
        if ssml:
            return f'<speak xml:lang="{xml_escape(cat_tag)}">{text}</speak>', False
        if channel == "voice":
            if FSI in text or PDI in text:
                text = text.replace(FSI, "").replace(PDI, "")
            return text, False
        if budget and len(text) * 2 > budget and display_width(text) > budget:
            return truncate(text, budget, locale=self.tag), True
        return text, False

    # --- public API ------------------------------------------------------------------------
    def render(self, message_id: str, args: Mapping[str, Any] | None = None, *, channel: str = "screen",
               formality: str | None = None, ssml: bool = False, width: int | None = None,
               attribute: str | None = None) -> str:
        """The message (or one attribute) as text; errors are collected (raised if strict)."""
        if attribute is None and width is None and not ssml:
            hit = self._static.get((message_id, channel))
            if hit is not None:
                return hit
        return self.render_message(message_id, args, channel=channel, formality=formality, ssml=ssml,
                                   width=width, attribute=attribute, _value_only=True).value

    def render_message(self, message_id: str, args: Mapping[str, Any] | None = None, *, channel: str = "screen",
                       formality: str | None = None, ssml: bool = False, width: int | None = None,
                       attribute: str | None = None, _value_only: bool = False) -> Rendered:
        """The value and every attribute (or just ``attribute``), the serving locale, the errors."""
        if attribute is None and "." in message_id:
            message_id, attribute = message_id.split(".", 1)
        if formality is not None and formality not in FORMALITIES:
            raise RenderError(f"unknown formality {formality!r} ({', '.join(REGISTERS)})")
        mode = self._mode(channel, ssml)
        if args is not None and not isinstance(args, Mapping):
            raise RenderError(f"args must be a mapping, not {type(args).__name__}")
        reg = formality or self.formality
        errors: list[str] = []
        cat = self._catalog_for(message_id, attribute)
        if cat is None:
            what = f"{message_id}.{attribute}" if attribute else message_id
            errors.append(f"Unknown message: {what}")
            if self.strict:
                raise RenderError(f"unknown message {what!r} in {self.requested} (and its fallbacks)")
            return Rendered(value=what, locale="", errors=errors)
        truncated = False
        attributes: dict[str, str] = {}
        if attribute is not None:
            raw = self._format(cat, message_id, attribute, mode, args, reg, errors)
            value, truncated = self._finish(raw, channel, ssml, cat.tag, self._budget(attribute, width))
        else:
            msg = cat.messages[message_id]
            if msg.value is not None:
                raw = self._format(cat, message_id, None, mode, args, reg, errors)
                value, truncated = self._finish(raw, channel, ssml, cat.tag, self._budget(None, width))
                if (not errors and not ssml and width is None
                        and cat.pattern("message", message_id, None, mode).__class__ is str):
                    self._static[(message_id, channel)] = value
            else:
                value = ""
                if _value_only:
                    errors.append(f"No value: {message_id}")
            if not _value_only:
                for name in cat.attribute_names(message_id):
                    raw = self._format(cat, message_id, name, mode, args, reg, errors)
                    text, cut = self._finish(raw, channel, ssml, cat.tag, self._budget(name, width))
                    attributes[name] = text
                    truncated = truncated or cut
        if errors and self.strict:
            raise RenderError(f"{message_id}: {'; '.join(errors)}")
        return Rendered(value=value, attributes=attributes, locale=cat.tag, errors=errors, truncated=truncated)


def render(tag: str, message_id: str, args: Mapping[str, Any] | None = None, **kwargs: Any) -> str:
    """Shortcut: ``Renderer.for_locale(tag).render(message_id, args, **kwargs)``."""
    return Renderer.for_locale(tag).render(message_id, args, **kwargs)
