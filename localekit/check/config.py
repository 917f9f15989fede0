"""``check`` configuration: localekit's own file (YAML or TOML) and Mozilla ``l10n.toml`` projects.

localekit config keys (all optional)::

    rules: {rule-id: off|info|warning|error}   # severity override or disable
    registers: {locale: formal|informal}       # product register per locale folder
    widths: {message-id-glob: cells | title|body|button}
    brands: [Firefox, Mozilla]                 # brand names that must survive translation
    ref_language: en                           # language of the reference (no 'untranslated' for it)

A TOML file with ``paths`` or ``includes`` is a Mozilla project config (compare-locales format):
``basepath``, ``locales``, ``[[paths]] reference/l10n/locales`` with ``{locale}``, ``*`` and ``**``,
``[[includes]]`` and ``[[excludes]]``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from localekit.check.rules import RULES
from localekit.errors import LocalekitError
from localekit.register import MARKED

SEVERITIES = ("error", "warning", "info", "off")
KNOWN_KEYS = {"rules", "registers", "widths", "brands", "ref_language"}


@dataclass
class PathRule:
    reference: str  # absolute glob
    l10n: str  # absolute template with {locale}
    locales: frozenset[str] | None


@dataclass
class MozillaProject:
    """Top-level project configs, each with its own path rules and excludes."""

    configs: list[tuple[list[PathRule], list[PathRule]]] = field(default_factory=list)
    locales: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


@dataclass
class CheckConfig:
    severities: dict[str, str] = field(default_factory=dict)
    registers: dict[str, str] = field(default_factory=dict)
    widths: dict[str, Any] = field(default_factory=dict)
    brands: list[str] = field(default_factory=list)
    ref_language: str = "en"
    project: MozillaProject | None = None
    screen: bool = False

    def options(self) -> dict[str, Any]:
        """What changes rule results (part of the cache key)."""
        return {"registers": self.registers, "widths": self.widths, "brands": self.brands,
                "ref_language": self.ref_language, "screen": self.screen}


def _read(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LocalekitError(f"cannot read config: {exc.strerror}", str(path)) from None
    if path.suffix == ".toml":
        try:
            return tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise LocalekitError(f"invalid TOML: {exc}", str(path)) from None
    from localekit import yamlio

    try:
        data = yamlio.parse_yaml(path).data
    except LocalekitError:
        raise
    except Exception as exc:
        raise LocalekitError(f"invalid YAML: {exc}", str(path)) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LocalekitError("config must be a mapping", str(path))
    return data


def load_configs(paths: list[Path]) -> CheckConfig:
    """Merge several ``--config`` files (localekit and/or Mozilla ``l10n.toml``)."""
    cfg = CheckConfig()
    for path in paths:
        data = _read(path)
        if "paths" in data or "includes" in data:
            cfg.project = cfg.project or MozillaProject()
            cfg.project.configs.append(([], []))
            _load_mozilla(path, data, cfg.project, set())
            continue
        unknown = set(data) - KNOWN_KEYS
        if unknown:
            raise LocalekitError(f"unknown config key {sorted(unknown)[0]!r}", str(path),
                                 hint=f"known keys: {', '.join(sorted(KNOWN_KEYS))}")
        for rid, sev in (data.get("rules") or {}).items():
            if rid not in RULES:
                raise LocalekitError(f"unknown rule id {rid!r}", str(path), hint=f"rules: {', '.join(RULES.ids())}")
            sev = "off" if sev is False else str(sev)
            if sev not in SEVERITIES:
                raise LocalekitError(f"rules.{rid}: severity must be one of {', '.join(SEVERITIES)}", str(path))
            cfg.severities[rid] = sev
        for loc, reg in (data.get("registers") or {}).items():
            if reg not in MARKED:
                raise LocalekitError(f"registers.{loc}: must be one of {', '.join(MARKED)}", str(path))
            cfg.registers[str(loc)] = reg
        widths = data.get("widths") or {}
        for key, value in widths.items():
            if not (isinstance(value, int) or value in ("title", "body", "button")):
                raise LocalekitError(f"widths.{key}: an integer or title/body/button", str(path))
        cfg.widths.update(widths)
        brands = data.get("brands") or []
        if not isinstance(brands, list) or not all(isinstance(b, str) for b in brands):
            raise LocalekitError("brands: a list of strings", str(path))
        cfg.brands.extend(brands)
        if "ref_language" in data:
            cfg.ref_language = str(data["ref_language"])
    return cfg


def _load_mozilla(path: Path, data: dict, proj: MozillaProject, seen: set[Path], *, exclude: bool = False,
                  parent_locales: list[str] | None = None) -> None:
    path = path.resolve()
    if path in seen:
        raise LocalekitError("config includes itself", str(path))
    seen = seen | {path}
    proj.sources.append(str(path))
    base = (path.parent / data.get("basepath", ".")).resolve()
    locales = list(data.get("locales", parent_locales or []))
    if not exclude:
        for loc in locales:
            if loc not in proj.locales:
                proj.locales.append(loc)
    for p in data.get("paths", []):
        if "reference" not in p or "l10n" not in p:
            raise LocalekitError("[[paths]] needs reference and l10n", str(path))
        locs = p.get("locales")
        rule = PathRule(str(base / p["reference"]), str(base / p["l10n"]),
                        frozenset(locs) if locs is not None else frozenset(locales) if locales else None)
        rules, excludes = proj.configs[-1]
        (excludes if exclude else rules).append(rule)
    for kind in ("includes", "excludes"):
        for inc in data.get(kind, []):
            child = (path.parent / inc["path"]).resolve()
            _load_mozilla(child, _read(child), proj, seen, exclude=exclude or kind == "excludes",
                          parent_locales=locales)


@lru_cache(maxsize=4096)
def glob_regex(pattern: str) -> re.Pattern[str]:
    """compare-locales style glob: ``**`` any folders, ``*`` within one segment, ``{locale}`` a segment."""
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern.startswith("{locale}", i):
            out.append("(?P<locale>[^/]+)")
            i += len("{locale}")
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def static_prefix(pattern: str) -> str:
    """The folder part of a glob before its first wildcard."""
    cut = min((i for i in (pattern.find("*"), pattern.find("{")) if i != -1), default=len(pattern))
    return pattern[:cut].rsplit("/", 1)[0]
