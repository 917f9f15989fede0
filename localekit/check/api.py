"""``run_check``: the library entry point behind ``localekit check``."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from localekit.check import engine
from localekit.check.config import CheckConfig, filter_action, load_configs
from localekit.check.rules import RULES, ScreenedMessage, SensitiveTopic
from localekit.errors import LocalekitError
from localekit.findings import SEVERITY_ORDER, Finding

_FILTERED = frozenset({"missing-message", "obsolete-message"})  # what compare-locales' keyed filters act on


@dataclass
class CheckResult:
    findings: list[Finding]
    files: int = 0
    messages: int = 0
    notes: list[str] = field(default_factory=list)
    cached_locales: int = 0
    checked: dict[str, list[str]] = field(default_factory=dict)  # locale -> every file path compared


def run_check(args: list[str], configs: list[Path] | None = None, *, jobs: int = 0, screen: bool = False,
              progress: bool = False, config: CheckConfig | None = None,
              env: dict[str, str] | None = None, cache: bool = True,
              threads: int | None = None) -> CheckResult:
    """Check ``[REFERENCE_DIR, L10N_ROOT, *LOCALES]`` (or ``[*LOCALES]`` with a Mozilla config).

    ``env`` holds Mozilla config variables from the command line (``l10n_base``, ``--define``).
    ``cache=False`` reads and writes no cache (neither check's nor the screener's); ``threads``: the
    screener's CPU threads with ``screen`` (``localekit.screen.threads``).
    """
    from localekit import io

    with contextlib.nullcontext() if cache else io.caching_off():
        return _run_check(args, configs, jobs=jobs, screen=screen, progress=progress, config=config,
                          env=env, threads=threads)


def _run_check(args: list[str], configs: list[Path] | None, *, jobs: int, screen: bool, progress: bool,
               config: CheckConfig | None, env: dict[str, str] | None, threads: int | None) -> CheckResult:
    cfg = config or load_configs(list(configs or []), env)
    if cfg.project is not None:
        plan = engine.plan_project(cfg, list(args))
    else:
        if len(args) < 2:
            raise LocalekitError("usage: localekit check REFERENCE_DIR L10N_ROOT [LOCALE ...]",
                                 hint="or give a Mozilla l10n.toml with --config")
        plan = engine.plan_dirs(Path(args[0]), Path(args[1]), list(args[2:]))
    cfg.screen = screen
    bar = None
    if progress and len(plan) > 1:
        from rich.progress import Progress

        bar = Progress(transient=True)
        bar.start()
        task = bar.add_task("checking", total=len(plan))
    result = CheckResult([])
    result.checked = {loc: [p.l10n_display for p in pairs] for loc, pairs in plan.items()}
    filtered = {p.l10n_display: (p.l10n, p.filters) for pairs in plan.values() for p in pairs if p.filters}
    to_screen: list[PendingText] = []
    try:
        for res in engine.run(plan, cfg, jobs=jobs):
            result.files += res.files
            result.messages += res.messages
            result.notes.extend(res.notes)
            result.cached_locales += res.cached
            for rule, msg, path, line, col, mid, extra in res.findings:
                sev = cfg.severities.get(rule, RULES[rule].severity)
                if sev == "off":
                    continue
                if rule in _FILTERED and path in filtered:
                    real, rules = filtered[path]
                    if filter_action(rules or [], real or path, res.locale, mid) == "ignore":
                        continue
                result.findings.append(Finding(rule, sev, msg, path, line, col, res.locale, mid, extra or {}))
            if screen and res.texts:
                to_screen.extend(PendingText(res.locale, *t) for t in res.texts)
            if bar is not None:
                bar.advance(task)
    finally:
        if bar is not None:
            bar.stop()
    if screen:
        sev = cfg.severities.get("sensitive-topic", RULES["sensitive-topic"].severity)
        if sev != "off":
            result.findings.extend(screen_texts(to_screen, sev, threads=threads))
    result.findings.sort(key=lambda f: (f.locale or "", f.path or "", f.line or 0, f.column or 0,
                                        SEVERITY_ORDER[f.severity], f.rule, f.message))
    result.notes.sort()
    return result


def make_screener(threads: int | None = None) -> Any:
    """The screener used by ``--screen``: the process-wide cached one (a seam for tests)."""
    from localekit.screen.screener import get_screener

    return get_screener(threads=threads)


@dataclass(frozen=True, slots=True)
class PendingText:
    """A message text waiting for the screener (``LocaleResult.texts`` rows, plus the locale)."""

    locale: str
    path: str
    line: int | None
    column: int | None
    label: str
    text: str
    tag: str


def screen_texts(items: list[PendingText], severity: str, *, threads: int | None = None) -> list[Finding]:
    """``sensitive-topic`` findings: messages the screener says the locale's policy blocks."""
    if not items:
        return []
    screener = make_screener(threads)
    verdicts = screener.screen_many([{"id": i, "text": t.text, "locale": t.tag} for i, t in enumerate(items)])
    rule = SensitiveTopic()
    out = []
    for v in verdicts:
        t = items[v["id"]]
        ctx = ScreenedMessage(t.locale, t.path, t.line, t.column, t.label, v.get("action", "review"),
                              tuple(v.get("flagged") or ()))
        out.extend(replace(f, severity=severity) for f in rule.check(ctx))
    return out
