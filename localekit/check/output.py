"""Findings -> text, JSON, SARIF 2.1.0, JUnit XML; baselines (fingerprints stable across line shifts)."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from typing import Any
from xml.etree import ElementTree as ET

from localekit.check.rules import RULES
from localekit.findings import SEVERITY_ORDER, Finding

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_NUM = re.compile(r"\d+")


def fingerprint(f: Finding) -> str:
    """rule + locale + path + message id + message with numbers normalised (line shifts don't matter)."""
    msg = _NUM.sub("#", f.message)
    key = "\0".join([f.rule, f.locale or "", f.path or "", f.message_id or "", msg])
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def summary(findings: list[Finding], files: int, messages: int) -> dict[str, Any]:
    by_rule = Counter(f.rule for f in findings)
    by_locale = Counter(f.locale for f in findings)
    return {"files": files, "messages": messages,
            "errors": sum(1 for f in findings if f.severity == "error"),
            "warnings": sum(1 for f in findings if f.severity == "warning"),
            "by_rule": dict(sorted(by_rule.items())), "by_locale": dict(sorted(by_locale.items()))}


def to_json(findings: list[Finding], summ: dict) -> str:
    keys = ("rule", "severity", "locale", "path", "line", "column", "message_id", "message")
    return json.dumps({"findings": [{k: getattr(f, k) for k in keys} for f in findings], "summary": summ},
                      ensure_ascii=False)


def to_text_line(f: Finding) -> str:
    return f"{f.location()}: {f.severity} {f.rule} {f.message}"


_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


# GitHub code scanning: at most 20 runs per file and 25,000 results per run, of which only the first
# 5,000 (by severity) are shown; we stay within what is shown and say what was left out.
SARIF_MAX_RUNS = 20
SARIF_MAX_RESULTS = 5000


def _sarif_result(f: Finding, index: dict[str, int]) -> dict[str, Any]:
    loc: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": (f.path or "").replace("\\", "/")}}}
    if f.line:
        loc["physicalLocation"]["region"] = {"startLine": f.line, "startColumn": f.column or 1}
    res: dict[str, Any] = {"ruleId": f.rule, "ruleIndex": index[f.rule], "level": _LEVEL[f.severity],
                           "message": {"text": f.message}, "locations": [loc],
                           "partialFingerprints": {"localekitFingerprint/v1": fingerprint(f)}}
    if f.locale:
        res["properties"] = {"locale": f.locale, "messageId": f.message_id}
    return res


def to_sarif(findings: list[Finding], version: str, locales: list[str] | None = None, *,
             max_runs: int = SARIF_MAX_RUNS, max_results: int = SARIF_MAX_RESULTS) -> str:
    """SARIF 2.1.0 within GitHub's limits: one run per locale (each with its own category), locales
    grouped when there are more than ``max_runs``; each run keeps its ``max_results`` most severe
    results and says in a notification (and ``properties``) how many it left out."""
    rules = [{"id": r.id, "name": r.id, "shortDescription": {"text": r.description},
              "defaultConfiguration": {"level": _LEVEL[r.severity]}} for r in RULES]
    index = {r["id"]: i for i, r in enumerate(rules)}
    by_locale: dict[str, list[Finding]] = {}
    for loc in locales or []:
        by_locale.setdefault(loc, [])
    for f in findings:
        by_locale.setdefault(f.locale or "-", []).append(f)
    if not by_locale:
        by_locale["-"] = []
    names = sorted(by_locale)
    per = -(-len(names) // max_runs)  # locales per run
    runs = []
    for i in range(0, len(names), per):
        group = names[i:i + per]
        items = [f for loc in group for f in by_locale[loc]]
        ranked = sorted(items, key=lambda f: SEVERITY_ORDER[f.severity])  # stable: keeps file order per level
        kept, dropped = ranked[:max_results], ranked[max_results:]
        label = group[0] if len(group) == 1 else f"{group[0]}..{group[-1]}"
        run: dict[str, Any] = {
            "tool": {"driver": {"name": "localekit", "version": version,
                                "informationUri": "https://github.com/localekit/localekit", "rules": rules}},
            "automationDetails": {"id": f"localekit-check/{label}/"},
            "results": [_sarif_result(f, index) for f in kept],
            "properties": {"locales": group, "results_total": len(items), "results_omitted": len(dropped)},
        }
        if dropped:
            by_rule = Counter(f.rule for f in dropped)
            text = (f"{len(dropped)} of {len(items)} results for {label} were left out (GitHub shows at most "
                    f"{max_results} per run; the most severe are kept): "
                    + ", ".join(f"{r} {n}" for r, n in sorted(by_rule.items())))
            run["invocations"] = [{"executionSuccessful": True, "toolExecutionNotifications": [
                {"level": "note", "message": {"text": text}}]}]
        runs.append(run)
    doc = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": runs}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def to_junit(findings: list[Finding], files: int, checked: dict[str, list[str]] | None = None) -> str:
    """One testsuite per locale, one testcase per checked file (``checked``: locale -> file paths);
    a file with error or warning findings fails, info findings go to ``system-out``."""
    suites = ET.Element("testsuites", name="localekit check")
    by_locale: dict[str, dict[str, list[Finding]]] = {}
    for loc, paths in (checked or {}).items():
        for path in paths:
            by_locale.setdefault(loc, {}).setdefault(path, [])
    for f in findings:
        by_locale.setdefault(f.locale or "-", {}).setdefault(f.path or "-", []).append(f)
    total = fails = 0
    for loc, by_path in sorted(by_locale.items()):
        suite = ET.SubElement(suites, "testsuite", name=loc)
        n = nf = 0
        for path, items in sorted(by_path.items()):
            case = ET.SubElement(suite, "testcase", classname=loc, name=path)
            n += 1
            bad = [f for f in items if f.severity in ("error", "warning")]
            if bad:
                nf += 1
                fail = ET.SubElement(case, "failure", message=f"{len(bad)} finding(s)",
                                     type=bad[0].rule)
                fail.text = "\n".join(to_text_line(f) for f in bad)
            notes = [f for f in items if f.severity == "info"]
            if notes:
                ET.SubElement(case, "system-out").text = "\n".join(to_text_line(f) for f in notes)
        suite.set("tests", str(n))
        suite.set("failures", str(nf))
        total += n
        fails += nf
    suites.set("tests", str(total))
    suites.set("failures", str(fails))
    return ET.tostring(suites, encoding="unicode", xml_declaration=True)


def load_baseline(text: str) -> set[str]:
    data = json.loads(text)
    if not isinstance(data, dict) or not isinstance(data.get("fingerprints"), list):
        raise ValueError("not a localekit baseline (expected {'fingerprints': [...]})")
    return {str(x) for x in data["fingerprints"]}


def dump_baseline(findings: list[Finding]) -> str:
    return json.dumps({"version": 1, "tool": "localekit check",
                       "fingerprints": sorted({fingerprint(f) for f in findings})}, indent=0) + "\n"
