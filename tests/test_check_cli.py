"""``localekit check`` CLI: formats (JSON, SARIF 2.1.0, JUnit), exit codes, baselines, cache."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from localekit.commands.check import check

REPO = Path(__file__).resolve().parents[1]

REF = "a = Hello { $name }\nb = Bye\n    .title = Title\n"
L10N = "a = Hallo\nb = Tschüss\nz = Alt\n"


@pytest.fixture
def tree(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "en").mkdir()
    (tmp_path / "l10n" / "de").mkdir(parents=True)
    (tmp_path / "en" / "main.ftl").write_text(REF, encoding="utf-8")
    (tmp_path / "l10n" / "de" / "main.ftl").write_text(L10N, encoding="utf-8")
    return tmp_path


def _run(tree: Path, *extra: str):
    return CliRunner().invoke(check, [str(tree / "en"), str(tree / "l10n"), *extra])


def test_text_output_and_exit_code(tree):
    res = _run(tree)
    assert res.exit_code == 1
    line = next(x for x in res.stdout.splitlines() if "variable-mismatch" in x)
    path, lineno, col, rest = line.split(":", 3)
    assert path.endswith("de/main.ftl") and lineno == "1" and col == "1"
    assert rest.startswith(" error variable-mismatch ")


def test_json_shape(tree):
    res = _run(tree, "--format", "json")
    data = json.loads(res.stdout)
    assert set(data) == {"findings", "summary"}
    assert set(data["findings"][0]) == {"rule", "severity", "locale", "path", "line", "column", "message_id", "message"}
    assert set(data["summary"]) >= {"files", "messages", "errors", "warnings", "by_rule", "by_locale"}
    assert data["summary"]["by_locale"] == {"de": len(data["findings"])}


def test_sarif_structure(tree):
    data = json.loads(_run(tree, "--format", "sarif").stdout)
    assert data["version"] == "2.1.0" and "sarif-2.1.0" in data["$schema"]
    driver = data["runs"][0]["tool"]["driver"]
    ids = {r["id"] for r in driver["rules"]}
    assert {"syntax-error", "formality-mismatch", "variable-mismatch"} <= ids
    for r in data["runs"][0]["results"]:
        assert r["ruleId"] in ids and r["level"] in ("error", "warning", "note")
        phys = r["locations"][0]["physicalLocation"]
        assert phys["artifactLocation"]["uri"].endswith("de/main.ftl")
        if "region" in phys:
            assert phys["region"]["startLine"] >= 1


def test_junit_parses(tree):
    root = ET.fromstring(_run(tree, "--format", "junit").stdout)
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite.get("name") == "de" and int(suite.get("failures")) == 1
    assert suite.find("testcase/failure") is not None


def test_baseline_suppresses_and_survives_line_shift(tree):
    base = tree / "baseline.json"
    assert _run(tree, "--write-baseline", str(base)).exit_code == 0
    assert _run(tree).exit_code == 1
    assert _run(tree, "--baseline", str(base)).exit_code == 0
    (tree / "l10n" / "de" / "main.ftl").write_text("# moved\n\n" + L10N, encoding="utf-8")
    res = _run(tree, "--baseline", str(base), "--format", "json")
    assert res.exit_code == 0 and json.loads(res.stdout)["findings"] == []


def test_usage_errors_exit_2_one_line(tree):
    cmd = [sys.executable, "-m", "localekit.cli", "check", str(tree / "nope"), str(tree / "l10n")]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    (tree / "bad.yaml").write_text("rules: {no-such-rule: error}\n")
    proc = subprocess.run([*cmd[:4], str(tree / "en"), str(tree / "l10n"), "--config", str(tree / "bad.yaml")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "no-such-rule" in proc.stderr and "Traceback" not in proc.stderr


def test_cache_warm_and_corrupt(tree):
    from localekit.check.api import run_check

    args = [str(tree / "en"), str(tree / "l10n")]
    first = run_check(args, jobs=1)
    warm = run_check(args, jobs=1)
    assert warm.cached_locales == 1 and warm.findings == first.findings
    for p in (tree / "cache").rglob("*.json"):
        p.write_bytes(p.read_bytes()[:-5] + b"xxxxx")  # corrupt: must be ignored, not trusted
    again = run_check(args, jobs=1)
    assert again.cached_locales == 0 and again.findings == first.findings
    (tree / "l10n" / "de" / "main.ftl").write_text(L10N + "b2 = neu\n", encoding="utf-8")
    changed = run_check(args, jobs=1)
    assert changed.cached_locales == 0 and any(f.message_id == "b2" for f in changed.findings)


def test_no_cache_writes_nothing_and_leaves_the_environment(tree):
    import os

    before = dict(os.environ)
    res = _run(tree, "--no-cache", "--jobs", "1")
    assert res.exit_code == 1, res.output
    assert not (tree / "cache").exists()
    assert dict(os.environ) == before
    _run(tree, "--jobs", "1")
    assert list((tree / "cache").rglob("*.json"))  # without the flag the same run writes its cache


def test_inputs_never_modified_and_jobs(tree):
    before = {p: p.read_bytes() for p in tree.rglob("*.ftl")}
    for _ in range(2):
        shutil.rmtree(tree / "cache", ignore_errors=True)
        assert _run(tree, "--jobs", "2").exit_code == 1
    assert before == {p: p.read_bytes() for p in tree.rglob("*.ftl")}


def test_screen_flags_blocked_text(tree, monkeypatch):
    from localekit.check import api

    class FakeScreener:
        def __init__(self, threads=None):
            pass

        def screen_many(self, items):
            return [{"id": it["id"], "action": "block" if "Bier" in it["text"] else "allow",
                     "flagged": ["alcohol"] if "Bier" in it["text"] else []} for it in items]

    monkeypatch.setattr(api, "make_screener", FakeScreener)
    (tree / "l10n" / "de" / "main.ftl").write_text("a = Hallo { $name }\nb = Trink Bier\n    .title = Titel\n")
    res = api.run_check([str(tree / "en"), str(tree / "l10n")], jobs=1, screen=True)
    hits = [f for f in res.findings if f.rule == "sensitive-topic"]
    assert [(f.message_id, f.line) for f in hits] == [("b", 2)]
    res = api.run_check([str(tree / "en"), str(tree / "l10n")], jobs=1, screen=False)
    assert not [f for f in res.findings if f.rule == "sensitive-topic"]


def test_mozilla_l10n_toml(tmp_path, monkeypatch):
    """compare-locales project config: {locale}, **, per-path locales, includes and excludes."""
    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", "")
    for rel, text in {"en/a.ftl": "a = A\n", "en/sub/deep/b.ftl": "b = B\n", "en/only-fr.ftl": "c = C\n",
                      "en/vendor.ftl": "v = V\n", "de/a.ftl": "a = Ä\n", "de/old.ftl": "o = O\n",
                      "fr/a.ftl": "a = À\n", "fr/sub/deep/b.ftl": "b = B\n"}.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    (tmp_path / "configs").mkdir()
    (tmp_path / "configs" / "main.toml").write_text(
        'basepath = ".."\nlocales = ["de", "fr"]\n'
        '[[paths]]\n reference = "en/**/*.ftl"\n l10n = "{locale}/**/*.ftl"\n'
        '[[paths]]\n reference = "en/only-fr.ftl"\n l10n = "{locale}/only-fr.ftl"\n locales = ["fr"]\n')
    (tmp_path / "configs" / "vendor.toml").write_text(
        'basepath = ".."\nlocales = ["de"]\n[[paths]]\n reference = "en/vendor.ftl"\n l10n = "{locale}/vendor.ftl"\n')
    (tmp_path / "l10n.toml").write_text('basepath = "."\n[[includes]]\n path = "configs/main.toml"\n'
                                        '[[excludes]]\n path = "configs/vendor.toml"\n')
    monkeypatch.chdir(tmp_path)
    from localekit.check.api import run_check

    res = run_check([], [tmp_path / "l10n.toml"], jobs=1)
    got = {(f.locale, f.rule, f.path) for f in res.findings}
    assert ("de", "missing-file", "de/sub/deep/b.ftl") in got
    assert ("de", "obsolete-file", "de/old.ftl") in got
    assert ("fr", "missing-file", "fr/only-fr.ftl") in got  # ** also matched it: reported once
    assert not any(path.endswith("vendor.ftl") and loc == "de" for loc, _, path in got)  # excluded
    assert ("fr", "missing-file", "fr/vendor.ftl") in got  # exclusion is only for the vendor's locales
    assert len([g for g in got if g[2] == "fr/only-fr.ftl"]) == 1


def test_broken_pack_is_an_error_not_no_pack(tmp_path):
    """A pack that does not load fails the check with one line naming it (never "no pack")."""
    import os

    locales = tmp_path / "locales"
    shutil.copytree(REPO / "locales", locales)
    pack = locales / "de-DE" / "pack.yaml"
    pack.write_text(pack.read_text(encoding="utf-8").replace("display:", "dispaly:"), encoding="utf-8")
    (tmp_path / "en").mkdir()
    (tmp_path / "l10n" / "de").mkdir(parents=True)
    (tmp_path / "en" / "a.ftl").write_text("a = Hello\n", encoding="utf-8")
    (tmp_path / "l10n" / "de" / "a.ftl").write_text("a = Hallo\n", encoding="utf-8")
    env = {**os.environ, "LOCALEKIT_LOCALES_DIR": str(locales), "LOCALEKIT_CACHE_DIR": ""}
    proc = subprocess.run([sys.executable, "-m", "localekit.cli", "check", str(tmp_path / "en"),
                           str(tmp_path / "l10n")], capture_output=True, text=True, timeout=120, env=env, cwd=REPO)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(pack) in lines[0] and "dispaly" in lines[0] and "Traceback" not in proc.stderr
