"""The README is executed: every shell example and the library session run, and their output must match.

Shell examples are the fenced blocks with ``$ `` lines. Each command runs in ``bash`` (one session per
block, blocks in README order, all in one scratch folder that has ``locales`` and ``../shared`` as in a
checkout); the lines up to the next command are its expected stdout and stderr together.

- ``$ cmd  # exit N``: the command must exit ``N``; otherwise ``0``, unless the next command is
  ``echo $?`` (whose output then says it).
- ``…`` inside an expected line matches any text; a line that is only ``…`` matches any lines.
- ``$ cat FILE`` of a file that does not exist yet writes the expected output to ``FILE`` first:
  it is the example's input.
- A block after ``<!-- readme-test: slow ... -->`` runs only with ``LOCALEKIT_README_SLOW=1``.

The ``pycon`` block runs as a doctest.
"""

from __future__ import annotations

import doctest
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import require_shared

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
ELLIPSIS = "…"
_EXIT = re.compile(r"\s+#\s*exit\s+(\d+)\s*$")
_MARK = "@@readme-command-done@@"


@dataclass
class Command:
    line: str
    expected: list[str] = field(default_factory=list)
    exit_code: int | None = 0


@dataclass
class Block:
    start: int  # README line of the opening fence
    commands: list[Command]
    slow: bool = False


def shell_blocks(text: str) -> list[Block]:
    """The README's fenced blocks that contain ``$`` commands."""
    blocks: list[Block] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith("```"):
            slow = i > 0 and lines[i - 1].startswith("<!-- readme-test: slow")
            j = i + 1
            body = []
            while j < len(lines) and not lines[j].startswith("```"):
                body.append(lines[j])
                j += 1
            if lines[i].strip() == "```" and body and body[0].startswith("$ "):
                commands: list[Command] = []
                for line in body:
                    if line.startswith("$ "):
                        cmd = line[2:]
                        m = _EXIT.search(cmd)
                        commands.append(Command(cmd[: m.start()] if m else cmd, [], int(m.group(1)) if m else 0))
                    else:
                        commands[-1].expected.append(line)
                for k, c in enumerate(commands):
                    while c.expected and not c.expected[-1].strip():
                        c.expected.pop()
                    if k + 1 < len(commands) and commands[k + 1].line.strip() == "echo $?" and not _EXIT.search(
                            c.line):
                        c.exit_code = None
                blocks.append(Block(i + 1, commands, slow))
            i = j + 1
            continue
        i += 1
    return blocks


def _line_regex(expected: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in expected.rstrip().split(ELLIPSIS)) + r"\Z", re.S)


def matches(expected: list[str], actual: list[str]) -> bool:
    """``actual`` lines against ``expected`` with ``…`` wildcards (a bare ``…`` line: any lines)."""
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    if head.strip() == ELLIPSIS:
        return any(matches(rest, actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and bool(_line_regex(head).match(actual[0].rstrip())) and matches(rest, actual[1:])


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    """A folder laid out like a checkout's neighbourhood: ``work/locales`` and ``shared`` beside ``work``."""
    root = tmp_path_factory.mktemp("readme")
    work = root / "work"
    work.mkdir()
    (work / "locales").symlink_to(REPO / "locales")
    (root / "shared").symlink_to(require_shared())
    bindir = root / "bin"
    bindir.mkdir()
    launcher = bindir / "localekit"
    launcher.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} -m localekit.cli \"$@\"\n", encoding="utf-8")
    launcher.chmod(0o755)
    return work


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"PATH": f"{work.parent / 'bin'}:{env.get('PATH', '')}", "PYTHONPATH": str(REPO),
                "PYTHONUNBUFFERED": "1", "LOCALEKIT_CACHE_DIR": str(work.parent / "cache"),
                "COLUMNS": "80", "TERM": "dumb"})
    return env


BLOCKS = shell_blocks(README.read_text(encoding="utf-8"))


def test_readme_has_examples():
    assert len(BLOCKS) >= 6 and sum(len(b.commands) for b in BLOCKS) >= 15


@pytest.mark.parametrize("block", BLOCKS, ids=[f"README.md:{b.start}" for b in BLOCKS])
def test_shell_example(block: Block, scratch: Path):
    if block.slow and os.environ.get("LOCALEKIT_README_SLOW") != "1":
        pytest.skip("slow README example (set LOCALEKIT_README_SLOW=1)")
    script = ["set -u"]
    for c in block.commands:
        cat = re.fullmatch(r"cat (\S+)", c.line.strip())
        if cat and not (scratch / cat.group(1)).exists():
            (scratch / cat.group(1)).write_text("\n".join(c.expected) + "\n", encoding="utf-8")
        # keep the status for a following "echo $?" after printing it
        script += [f"{c.line} 2>&1", "__status=$?", f"echo \"{_MARK} $__status\"", "(exit $__status)"]
    proc = subprocess.run(["bash", "-c", "\n".join(script)], cwd=scratch, env=_env(scratch), capture_output=True,
                          text=True, timeout=900)
    chunks = proc.stdout.split(_MARK)
    assert len(chunks) == len(block.commands) + 1, proc.stdout + proc.stderr
    for k, c in enumerate(block.commands):
        body = chunks[k]
        if k:  # strip " <status>\n" of the previous marker
            body = body.split("\n", 1)[1] if "\n" in body else ""
        status = int(chunks[k + 1].split("\n", 1)[0].strip())
        actual = body.rstrip("\n").split("\n") if body.strip() else []
        while actual and not actual[-1].strip():
            actual.pop()
        where = f"README.md:{block.start}: $ {c.line}"
        if c.exit_code is not None:
            assert status == c.exit_code, f"{where}: exit {status}, README says {c.exit_code}\n{body}"
        assert matches(c.expected, actual), f"{where}: output differs\n--- README\n" + "\n".join(
            c.expected) + "\n--- actual\n" + "\n".join(actual)


def test_library_session(monkeypatch, tmp_path):
    text = README.read_text(encoding="utf-8")
    session = re.search(r"```pycon\n(.*?)```", text, re.S)
    assert session, "README has no pycon block"
    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(tmp_path / "cache"))
    test = doctest.DocTestParser().get_doctest(session.group(1), {}, "README.md", str(README), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0 and runner.tries >= 15


@pytest.mark.parametrize(("expected", "actual", "ok"), [
    (["a", "…", "z"], ["a", "b", "c", "z"], True),
    (["a", "…", "z"], ["a", "z"], True),
    (["a…c"], ["abbbc"], True),
    (["a", "b"], ["a"], False),
    (["a"], ["a", "extra"], False),
    (["x (0.…)"], ["x (0.77)"], True),
    (["x (0.…)"], ["x (1.77)"], False),
])
def test_matcher(expected, actual, ok):
    assert matches(expected, actual) is ok
