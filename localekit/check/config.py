"""``check`` configuration: localekit's own file (YAML or TOML) and Mozilla ``l10n.toml`` projects.

localekit config keys (all optional)::

    rules: {rule-id: off|info|warning|error}   # severity override or disable
    registers: {locale: formal|informal}       # product register per locale folder
    widths: {message-id-glob: cells | title|body|button}
    brands: [Firefox, Mozilla]                 # brand names that must survive translation
    ref_language: en                           # language of the reference (no 'untranslated' for it)

A TOML file with ``paths`` or ``includes`` is a Mozilla project config, read as compare-locales
reads it: ``basepath`` (from the config's folder), ``locales``, ``[[paths]] reference/l10n/locales``
with ``{locale}``, ``*`` and ``**`` (relative to basepath), ``[env]`` variables and ``{l10n_base}``
(from the command line), ``[[includes]]``/``[[excludes]]`` (paths relative to basepath) and
``[[filters]]``.
"""

from __future__ import annotations

import os
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
class FilterRule:
    """A compare-locales ``[[filters]]`` rule: ``action`` for l10n files matching ``path`` (and ``key``)."""

    path: str  # absolute glob with {locale}
    key: re.Pattern[str] | None
    action: str  # error | warning | ignore; "" marks a config's scope without a rule of its own
    scope: int = 0  # the config file that declared it
    scope_paths: tuple[str, ...] = ()  # that file's own [[paths]] l10n globs: where its rules apply


@dataclass
class ProjectConfig:
    """One top-level config with its includes: path rules, excludes and filters."""

    rules: list[PathRule] = field(default_factory=list)
    excludes: list[PathRule] = field(default_factory=list)
    filters: list[FilterRule] = field(default_factory=list)


@dataclass
class MozillaProject:
    """Top-level project configs, each with its own path rules, excludes and filters."""

    configs: list[ProjectConfig] = field(default_factory=list)
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


def load_configs(paths: list[Path], env: dict[str, str] | None = None) -> CheckConfig:
    """Merge several ``--config`` files (localekit and/or Mozilla ``l10n.toml``).

    ``env`` adds variables for Mozilla configs, as compare-locales' command line does
    (``l10n_base``: the folder holding the locale folders).
    """
    cfg = CheckConfig()
    for path in paths:
        data = _read(path)
        if "paths" in data or "includes" in data:
            cfg.project = cfg.project or MozillaProject()
            cfg.project.configs.append(ProjectConfig())
            _load_mozilla(path, data, cfg.project, (), dict(env or {}))
            conf = cfg.project.configs[-1]
            if not any(f.action for f in conf.filters):
                conf.filters.clear()  # scope markers only matter when some config filters
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


_VAR = re.compile(r"\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}")
FILTER_ACTIONS = ("error", "warning", "ignore")


def expand(pattern: str, env: dict[str, str], where: str, _depth: int = 0) -> str:
    """Substitute ``{name}`` variables of ``env`` (recursively); ``{locale}`` stays for the matcher."""

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in ("locale", "android_locale"):
            return "{locale}"
        if name not in env:
            if name == "l10n_base":
                raise LocalekitError("the config uses {l10n_base}", where,
                                     hint="pass --l10n-base DIR (the folder holding the locale folders)")
            raise LocalekitError(f"unknown variable {{{name}}} in {pattern!r}", where,
                                 hint="define it under [env] or with --define NAME=VALUE")
        if _depth > 20:
            raise LocalekitError(f"variable {{{name}}} refers to itself", where)
        return expand(str(env[name]), env, where, _depth + 1)

    return _VAR.sub(sub, pattern)


def _rooted(root: Path, pattern: str, env: dict[str, str], where: str) -> str:
    """compare-locales' Matcher: a pattern is relative to ``basepath`` unless it expands to an absolute path."""
    text = expand(pattern, env, where)
    if os.path.isabs(text):
        return os.path.normpath(text) + ("/" if text.endswith("/") else "")
    return (root / text).as_posix() if text else root.as_posix()


def _load_mozilla(path: Path, data: dict, proj: MozillaProject, seen: tuple[Path, ...], cli_env: dict[str, str],
                  *, exclude: bool = False, parent_locales: list[str] | None = None) -> None:
    """Read one compare-locales TOML (and its includes/excludes) into the last top-level config."""
    path = path.resolve()
    where = str(path)
    if path in seen:
        raise LocalekitError("config includes itself", where)
    seen = (*seen, path)
    proj.sources.append(where)
    base = data.get("basepath", ".")
    if not isinstance(base, str):
        raise LocalekitError("basepath must be a string", where)
    root = Path(os.path.normpath(path.parent / base))
    env_table = data.get("env", {})
    if not isinstance(env_table, dict):
        raise LocalekitError("[env] must be a table of strings", where)
    env = {str(k): str(v) for k, v in env_table.items()}
    env.update(cli_env)  # the command line beats the file, as in compare-locales
    locales = data.get("locales", parent_locales or [])
    if not isinstance(locales, list) or not all(isinstance(x, str) for x in locales):
        raise LocalekitError("locales must be a list of locale codes", where)
    if not exclude:
        for loc in locales:
            if loc not in proj.locales:
                proj.locales.append(loc)
    current = proj.configs[-1]
    scope = len(proj.sources)
    own: list[str] = []
    for p in _tables(data, "paths", where):
        if "reference" not in p or "l10n" not in p:
            raise LocalekitError("[[paths]] needs reference and l10n", where)
        locs = p.get("locales")
        rule = PathRule(_rooted(root, p["reference"], env, where), _rooted(root, p["l10n"], env, where),
                        frozenset(locs) if locs is not None else frozenset(locales) if locales else None)
        (current.excludes if exclude else current.rules).append(rule)
        own.append(rule.l10n)
    scope_paths = tuple(own)
    if not exclude and scope_paths:
        current.filters.append(FilterRule("", None, "", scope, scope_paths))
    for f in _tables(data, "filters", where):
        action = f.get("action")
        if action not in FILTER_ACTIONS or "path" not in f:
            raise LocalekitError("[[filters]] needs path and action (error, warning or ignore)", where)
        fpaths = f["path"] if isinstance(f["path"], list) else [f["path"]]
        keys = f.get("key")
        key_list = [None] if keys is None else keys if isinstance(keys, list) else [keys]
        for fp in fpaths:
            for key in key_list:
                rx = None
                if key is not None:
                    key = str(key)
                    rx = re.compile(key[3:] if key.startswith("re:") else re.escape(key) + r"\Z")
                if not exclude:
                    current.filters.append(FilterRule(_rooted(root, str(fp), env, where), rx, action, scope,
                                                      scope_paths))
    for kind in ("includes", "excludes"):
        for inc in _tables(data, kind, where):
            if "path" not in inc:
                raise LocalekitError(f"[[{kind}]] needs path", where)
            child = Path(_rooted(root, inc["path"], env, where))
            if not child.is_file():
                raise LocalekitError(f"{kind[:-1]}d config not found: {child}", where,
                                     hint="paths of includes/excludes are relative to basepath")
            _load_mozilla(child, _read(child), proj, seen, cli_env, exclude=exclude or kind == "excludes",
                          parent_locales=locales)


def _tables(data: dict, key: str, where: str) -> list[dict]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise LocalekitError(f"{key} must be an array of tables ([[{key}]])", where)
    return value


_STRICTNESS = {"error": 2, "warning": 1, "ignore": 0}


def _matches(glob: str, path: str, locale: str) -> bool:
    m = glob_regex(glob).match(path)
    return bool(m) and m.groupdict().get("locale", locale) == locale


def _last_rule(filters: list[FilterRule], path: str, locale: str, key: str | None) -> str:
    """The last rule matching the file (and ``key``, for a message); ``error`` when none does."""
    for rule in reversed(filters):
        if not rule.action or (rule.key is None) != (key is None) or not _matches(rule.path, path, locale):
            continue
        if rule.key is not None and key is not None and not rule.key.match(key):
            continue
        return rule.action
    return "error"


def filter_action(filters: list[FilterRule], path: str, locale: str, key: str | None) -> str:
    """compare-locales' filter: each config file's rules judge only the files of its own ``[[paths]]``
    (the last matching rule wins, else ``error``); a file several configs check gets the strictest
    of their actions. A file no config's paths name falls back to all rules together."""
    scopes: dict[int, list[FilterRule]] = {}
    for rule in filters:
        scopes.setdefault(rule.scope, []).append(rule)
    actions = [_last_rule(rules, path, locale, key) for rules in scopes.values()
               if any(_matches(g, path, locale) for g in rules[0].scope_paths)]
    if not actions:
        return _last_rule(filters, path, locale, key)
    return max(actions, key=_STRICTNESS.__getitem__)


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
