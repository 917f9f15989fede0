"""Every command on hostile inputs: non-zero exit, ONE line on stderr naming the file and
the fix, no traceback; inputs never modified; outputs atomic; Ctrl-C leaves complete JSONL lines.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from localekit.cli import main
from localekit.io import atomic_write_text, atomic_writer

REPO = Path(__file__).resolve().parent.parent


def run_cli(args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
            stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", "")
    code = 0
    try:
        main(args)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def tree_hash(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture()
def hostile(tmp_path: Path) -> Path:
    """A folder of hostile inputs: binary files, a directory, an empty file, a FIFO-free tree."""
    (tmp_path / "bin.ftl").write_bytes(b"\x00\xff\xfe\x80binary\x00" * 50)
    (tmp_path / "bin.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "dir").mkdir()
    ref = tmp_path / "ref"
    ref.mkdir()
    (ref / "a.ftl").write_text("a = A\nb = { $n } B\n", encoding="utf-8")
    (tmp_path / "l10n" / "de").mkdir(parents=True)
    (tmp_path / "l10n" / "de" / "a.ftl").write_bytes(b"a = \xff\nb = { $n } B\r\n")
    return tmp_path


BIDI_TAGS = ["de\u202e-DE", "de\u200b-DE", "\u2066de-DE\u2069", "de-DE\u200d", "xx-QQ", "", "-", "de_DE\x00",
             "x" * 5000, "de-" + "a" * 300]


def _cases(h: Path) -> list[tuple[list[str], str]]:
    """(argv, a word the one error line must contain)."""
    missing = str(h / "missing")
    return [
        (["audit", missing], "missing"),
        (["audit", str(h / "bin.ftl")], "bin.ftl"),
        (["audit", str(h / "dir")], "dir"),
        (["check", missing, str(h / "l10n")], "missing"),
        (["check", str(h / "bin.ftl"), str(h / "l10n")], "bin.ftl"),
        (["check", str(h / "dir"), str(h / "dir")], "dir"),
        (["check", str(h / "ref"), str(h / "l10n"), "zz-ZZ"], "zz-ZZ"),
        (["check", str(h / "ref"), str(h / "l10n"), "de\u202e"], "de"),
        (["check", "--config", missing], "missing"),
        (["check", "--config", str(h / "bin.ftl"), str(h / "ref"), str(h / "l10n")], "bin.ftl"),
        (["check", "--config", str(h / "dir")], "dir"),
        (["check", str(h / "ref"), str(h / "l10n"), "--baseline", str(h / "bin.ftl")], "bin.ftl"),
        (["check", str(h / "ref"), str(h / "l10n"), "--output", str(h / "dir")], "dir"),
        (["check", str(h / "ref"), str(h / "l10n"), "--output", str(h / "missing" / "out.json")], "out.json"),
        (["render", "--locale", "de-DE", "--id", "greeting", "--ftl", missing], "missing"),
        (["render", "--locale", "de-DE", "--id", "greeting", "--ftl", str(h / "bin.ftl")], "bin.ftl"),
        (["render", "--locale", "de-DE"], "--id"),
        (["screen", "-l", "de-DE", "--rules-only", missing], "missing"),
        (["screen", "-l", "de-DE", "--rules-only", str(h / "dir")], "dir"),
        (["screen", "-l", "de-DE", "--rules-only", "-o", str(h / "dir")], "dir"),
        (["screen", "-l", "de-DE", "--rules-only", "-o", str(h / "missing" / "x.jsonl")], "x.jsonl"),
        (["screen", "-l", "de-DE", "--rules-only", "--when", "not-a-date"], "--when"),
        (["screen", "-l", "de-DE", "--rules-only", "--batch-size", "0"], "batch-size"),
        (["bogus-command"], "bogus"),
    ] + [(["render", "--locale", tag, "--id", "greeting"], "locale") for tag in BIDI_TAGS] + [
        (["screen", "--rules-only", "-l", tag], "locale") for tag in BIDI_TAGS if tag]


def test_every_command_fails_with_one_line(hostile: Path, monkeypatch, capsys) -> None:
    before = tree_hash(hostile)
    bad = []
    for argv, needle in _cases(hostile):
        code, _out, err = run_cli(argv, monkeypatch, capsys, stdin="hello\n")
        lines = err.splitlines()
        ok = (code == 2 and len(lines) == 1 and "Traceback" not in err and lines[0].startswith("localekit: error:")
              and needle.lower() in lines[0].lower())
        if not ok:
            bad.append((argv[:4], code, err[:300]))
    assert not bad, bad
    assert tree_hash(hostile) == before  # inputs never modified, no stray temp files


def test_unreadable_locale_file_is_a_finding_not_a_crash(hostile: Path, monkeypatch, capsys) -> None:
    before = tree_hash(hostile)
    code, out, err = run_cli(["check", str(hostile / "ref"), str(hostile / "l10n"), "--format", "json"],
                             monkeypatch, capsys)
    assert code == 1 and "Traceback" not in err
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert "unreadable-file" in rules
    assert tree_hash(hostile) == before


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tag=st.text(alphabet=st.sampled_from(list("deDEx-_ 1\u202e\u200b\u200d\u2066\ufeff\u0301é中")), max_size=12),
       cmd=st.sampled_from(["render", "screen"]))
def test_random_locale_tags(tag: str, cmd: str, monkeypatch, capsys) -> None:
    argv = (["render", "--locale", tag, "--id", "greeting"] if cmd == "render"
            else ["screen", "--rules-only", "-l", tag])
    code, out, err = run_cli(argv, monkeypatch, capsys, stdin="hello\n")
    assert "Traceback" not in err
    if code == 2:
        assert len(err.splitlines()) == 1, err
    else:  # a tag that normalises to a real locale: a real answer
        assert code in (0, 1) and out


def test_huge_arguments(monkeypatch, capsys, tmp_path: Path) -> None:
    big = "x" * 100_000
    for argv in (["render", "--locale", "de-DE", "--id", big], ["render", "--locale", "de-DE", "--id", "greeting",
                 "--arg", f"n={big}"], ["render", "--locale", "de-DE", "--id", "greeting", "--arg", f"{big}=1"],
                 ["audit", big], ["check", big, big], ["screen", "--rules-only", "-l", "de-DE", big]):
        code, _out, err = run_cli(argv, monkeypatch, capsys)
        assert code in (0, 1, 2) and "Traceback" not in err, argv[:3]
        assert code == 0 or err
        assert len(err.splitlines()) <= 2, (argv[:3], err[:200])  # render: value error + the message


def test_screen_empty_locale_is_a_usage_error(monkeypatch, capsys) -> None:
    code, out, err = run_cli(["screen", "--rules-only", "-l", ""], monkeypatch, capsys, stdin="hello\n")
    assert code == 2 and out == "" and len(err.splitlines()) == 1


# --- atomic output ----------------------------------------------------------------------------------
def test_atomic_writer_exception_mid_write_keeps_old_file(tmp_path: Path) -> None:
    dest = tmp_path / "report.json"
    dest.write_text("old\n", encoding="utf-8")
    for exc in (RuntimeError("boom"), KeyboardInterrupt()):
        with pytest.raises(type(exc)), atomic_writer(dest) as fh:
            fh.write("new half" * 10_000)
            raise exc
        assert dest.read_text(encoding="utf-8") == "old\n"
        assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temp file left
    atomic_write_text(dest, "new\n")
    assert dest.read_text(encoding="utf-8") == "new\n" and len(list(tmp_path.iterdir())) == 1


def test_atomic_writer_errors_name_the_target(tmp_path: Path) -> None:
    with pytest.raises(OSError) as info, atomic_writer(tmp_path / "nope" / "out.json"):
        pass
    assert info.value.filename.endswith("out.json")
    with pytest.raises(IsADirectoryError), atomic_writer(tmp_path):
        pass


def test_check_and_screen_outputs_use_the_atomic_writer(hostile: Path, monkeypatch, capsys) -> None:
    """An exception while the report is written leaves the previous report intact, no temp file."""
    import localekit.io

    calls: list[str] = []
    real = localekit.io.atomic_writer

    def exploding(path, *a, **kw):  # type: ignore[no-untyped-def]
        calls.append(str(path))
        cm = real(path, *a, **kw)

        class Boom:
            def __enter__(self):  # type: ignore[no-untyped-def]
                fh = cm.__enter__()
                fh.write("partial")
                try:
                    raise OSError(28, "No space left on device", str(path))
                except OSError:
                    cm.__exit__(*sys.exc_info())
                    raise

            def __exit__(self, *exc):  # type: ignore[no-untyped-def]
                return False

        return Boom()

    monkeypatch.setattr(localekit.io, "atomic_writer", exploding)
    out_dir = hostile / "out"
    out_dir.mkdir()
    report = out_dir / "report.json"
    report.write_text("previous\n", encoding="utf-8")
    code, _, err = run_cli(["check", str(hostile / "ref"), str(hostile / "l10n"), "--format", "json", "-o",
                            str(report)], monkeypatch, capsys)
    assert code == 2 and len(err.splitlines()) == 1 and "report.json" in err
    code, _, err = run_cli(["screen", "-l", "en-US", "--rules-only", "-o", str(report)], monkeypatch, capsys,
                           stdin="one\ntwo\n")
    assert code == 2 and len(err.splitlines()) == 1 and "report.json" in err
    assert report.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in out_dir.iterdir()] == ["report.json"]
    assert len(calls) == 2


# --- Ctrl-C on a long JSONL stream ------------------------------------------------------------------------
LINE = (json.dumps({"text": "Möchtest du ein kaltes Bier? Frohe Weihnachten! " * 5}) + "\n").encode()


def _start_screen() -> subprocess.Popen:
    env = {**os.environ, "LOCALEKIT_CACHE_DIR": ""}
    return subprocess.Popen([sys.executable, "-m", "localekit.cli", "screen", "-l", "de-DE", "--rules-only",
                             "--batch-size", "8"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=REPO, env=env)


def _finish(proc: subprocess.Popen, head: bytes = b"") -> tuple[list[dict], str]:
    try:
        rest, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("screen did not stop on SIGINT")
    assert proc.returncode == 130, err
    text = err.decode()
    assert len(text.splitlines()) == 1 and "interrupted" in text, text
    out = head + rest
    rows = [json.loads(x) for x in out.decode().splitlines()]  # every line is complete JSON
    assert out.endswith(b"\n") and all(r["id"] == i + 1 for i, r in enumerate(rows))
    return rows, text


def test_sigint_while_reading_input_leaves_complete_lines() -> None:
    """SIGINT while screen waits for more input: exit 130, one stderr line, complete lines only."""
    proc = _start_screen()
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(LINE * 16)  # two full batches, then screen waits on stdin
    proc.stdin.flush()
    head = b"".join(proc.stdout.readline() for _ in range(16))
    proc.send_signal(signal.SIGINT)
    rows, _ = _finish(proc, head)
    assert len(rows) == 16 and all(r["action"] == "review" for r in rows)


def test_sigint_while_writing_output_leaves_complete_lines() -> None:
    """SIGINT while screen is blocked writing to a full pipe: the batch finishes, then exit 130."""
    import threading

    proc = _start_screen()
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError, OSError):
            proc.stdin.write(LINE * 400)  # ~280 KB of verdicts: stdout (64 KB pipe) fills, screen blocks
            proc.stdin.close()

    threading.Thread(target=feed, daemon=True).start()
    time.sleep(3)  # nobody reads stdout yet: screen is blocked in a write
    proc.send_signal(signal.SIGINT)
    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.append(proc.stdout.read()), daemon=True)
    reader.start()  # now drain, so the interrupted batch can complete
    reader.join(60)
    assert proc.wait(60) == 130
    err = proc.stderr.read().decode()
    assert len(err.splitlines()) == 1 and "interrupted" in err, err
    out = b"".join(chunks)
    rows = [json.loads(x) for x in out.decode().splitlines()]  # every line is complete JSON
    assert rows and out.endswith(b"\n") and all(r["id"] == i + 1 for i, r in enumerate(rows))
    assert len(rows) < 400  # it stopped early
