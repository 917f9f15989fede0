"""``localekit serve``'s command line: bad settings, a taken port and a missing serve extra are one line
and exit 2 before anything listens; ``--help`` names every option."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from localekit.cli import main

REPO = Path(__file__).resolve().parents[1]


def run(args: list[str], capsys) -> tuple[int, str, str]:
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_taken_port_is_one_line(capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, out, err = run(["serve", "--rules-only", "--port", str(port)], capsys)
    assert code == 2 and not out
    assert err.startswith(f"localekit: error: cannot listen on 127.0.0.1:{port}: ") and err.count("\n") == 1
    assert "choose another --port" in err


@pytest.mark.parametrize(("args", "says"), [
    (["--max-items", "10", "--max-queue", "5"], "max_items (10) exceeds max_queue (5)"),
    (["--threads", "-2"], "Invalid value for '--threads'"),
    (["--workers", "0"], "Invalid value for '--workers'"),
    (["--max-wait-ms", "-1"], "Invalid value for '--max-wait-ms'"),
    (["--ftl", "no/such.ftl"], "Invalid value for '--ftl'"),
])
def test_bad_settings_are_one_line(args, says, capsys):
    code, out, err = run(["serve", "--rules-only", "--port", "0", *args], capsys)
    assert code == 2 and not out and says in err and err.count("\n") == 1, err


def test_bad_threads_environment_is_one_line(capsys, monkeypatch):
    monkeypatch.setenv("LOCALEKIT_THREADS", "many")
    code, _, err = run(["serve", "--port", "0"], capsys)
    assert code == 2 and err.startswith("localekit: error: LOCALEKIT_THREADS='many'") and err.count("\n") == 1


def test_a_broken_ftl_is_named_before_serving(tmp_path, capsys):
    bad = tmp_path / "app.ftl"
    bad.write_text("hello = Hi\nbroken = { $x\n", encoding="utf-8")
    code, _, err = run(["serve", "--rules-only", "--port", "0", "--ftl", str(bad)], capsys)
    assert code == 2 and err.startswith(f"localekit: error: {bad}:") and "E0003" in err and err.count("\n") == 1, err


BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("fastapi", "uvicorn", "prometheus_client"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, Block())
import importlib.util
importlib.util.find_spec = lambda name, *a: None if name in ("fastapi", "uvicorn", "prometheus_client") else \
    importlib.util._find_spec_orig(name, *a)
from localekit.cli import main
main(sys.argv[1:])
"""


def test_without_the_serve_extra_says_how_to_get_it():
    code = BLOCKER.replace("import importlib.util\n", "import importlib.util\nimportlib.util._find_spec_orig = "
                                                          "importlib.util.find_spec\n")
    res = subprocess.run([sys.executable, "-c", code, "serve", "--rules-only"], capture_output=True, text=True,
                         cwd=REPO, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert res.returncode == 2 and not res.stdout
    assert res.stderr == ("localekit: error: localekit serve needs fastapi, uvicorn, prometheus_client (the serve "
                          "extra), not installed here (pip install 'localekit[serve]')\n"), res.stderr


def test_help_names_the_options(capsys):
    code, out, _ = run(["serve", "--help"], capsys)
    assert code == 0
    for option in ("--host", "--port", "--workers", "--threads", "--max-batch", "--max-wait-ms", "--max-queue",
                   "--max-items", "--max-chars", "--max-body", "--graceful-timeout", "--rules-only", "--ftl"):
        assert option in out
