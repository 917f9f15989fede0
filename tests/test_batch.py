"""``localekit batch`` on Ray Data: same verdicts as the screener, exactly once across kills, clear errors.

Ray starts once per module (a local cluster in this process); the CLI runs that must be killed
connect to it with ``--address``. The 20,000-item check is ``tools/bench_batch.py --check``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import require_shared

pytest.importorskip("ray.data", reason="ray[data] is not installed (pip install 'localekit[batch]')")
pytest.importorskip("torch", reason="the screen extra is not installed (pip install 'localekit[screen]')")

import pyarrow as pa
import pyarrow.parquet as pq

from localekit.batch.engine import Options, cpu_actors, run
from localekit.batch.store import Store, to_verdicts
from localekit.cli import main
from localekit.errors import LocalekitError

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
from batch_corpus import items as corpus_items  # noqa: E402
from proctree import descendants  # noqa: E402

WHEN = dt.datetime(2026, 3, 5, 13, 0, tzinfo=dt.UTC)  # during Ramadan 2026: time-aware rules fire
# fp32 everywhere: in bf16 a text's scores move by up to ~0.01 with the other texts of its model batch,
# which differ between one process and a pool of actors; in fp32 they agree to ~1e-6
TOL = 0.001


@pytest.fixture(scope="module")
def fp32():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LOCALEKIT_DTYPE", "float32")  # the actors, the CLI runs and the reference alike
        yield


@pytest.fixture(scope="module")
def cluster(fp32) -> str:
    import ray

    if ray.is_initialized():
        ray.shutdown()
    os.environ.setdefault("RAY_worker_niceness", "0")  # as localekit batch does
    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
    yield ray.get_runtime_context().gcs_address
    ray.shutdown()


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> dict:
    """300 real sentences in ~40 locales (JSONL + a Parquet file with integer ids), plus hostile items."""
    shared = require_shared("corpora", "ud").parents[1]
    real = list(corpus_items(300, shared))
    special = [
        {"id": "dup", "text": "Try the pulled pork sandwich!", "locale": "ar-SA"},
        {"id": "dup", "text": "A second item with an id already used: dropped.", "locale": "en-US"},
        {"id": 7, "text": "Merry Christmas! Drink some w\u200bine.", "locale": "ar-SA"},
        {"id": "empty", "text": "", "locale": "de-DE"},
        {"id": "nolocale", "text": "Möchtest du heute Abend ins Kino gehen?"},
        {"id": "badlocale", "text": "Hello", "locale": "xx-Fake"},
        {"id": "notext", "locale": "en-US"},
    ]
    root = tmp_path_factory.mktemp("batch-data")
    jsonl = root / "items.jsonl"
    jsonl.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in real[:200] + special)
                     + "\n", encoding="utf-8")  # a trailing blank line is skipped
    tail = real[200:]
    parquet = root / "more.parquet"
    pq.write_table(pa.table({"id": list(range(100_000, 100_000 + len(tail))), "text": [t["text"] for t in tail],
                             "locale": [t["locale"] for t in tail]}), parquet)
    ordered = real[:200] + special + [{**t, "id": 100_000 + k} for k, t in enumerate(tail)]
    first: dict[str, dict] = {}
    for it in ordered:
        first.setdefault(str(it["id"]), it)
    return {"jsonl": jsonl, "parquet": parquet, "items": list(first.values()), "default_locale": "de-DE"}


@pytest.fixture(scope="module")
def reference(data, fp32) -> dict[str, dict]:
    """``screen_many`` on the same items in this process: the verdicts batch must reproduce."""
    from localekit.screen.screener import Screener

    verdicts = Screener().screen_many(data["items"], data["default_locale"], when=WHEN)
    return {str(v["id"]): {**v, "id": str(v["id"])} for v in verdicts}


def read_output(folder: Path) -> list[dict]:
    store = Store(folder)
    return [v for part in store.parts() for v in to_verdicts(store.read(part))]


def same_verdict(a: dict, b: dict) -> bool:
    """Equal, except topic scores within TOL (and a flag or action that such a score moved across a threshold)."""
    if a.keys() != b.keys() or "topics" not in a:
        return a == b
    if any(abs(a["topics"][t] - b["topics"][t]) > TOL for t in a["topics"]):
        return False
    rest = [k for k in a if k != "topics"]
    if all(a[k] == b[k] for k in rest):
        return True
    from localekit import packs

    pack = packs.load(a["locale"])
    near = any(abs(a["topics"][t] - pack.policy.threshold(t)) <= TOL for t in a["topics"])
    return near and all(a[k] == b[k] for k in rest if k not in ("flagged", "action", "findings"))


def assert_exactly(rows: list[dict], reference: dict[str, dict]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids in the output"
    assert set(ids) == set(reference), (set(reference) - set(ids), set(ids) - set(reference))
    bad = [(r, reference[r["id"]]) for r in rows if not same_verdict(r, reference[r["id"]])]
    assert not bad, bad[:3]


def _descendants_named(root_pid: int, needle: str) -> list[int]:
    """Pids under ``root_pid`` whose command line contains ``needle`` (Ray's actor processes)."""
    out = []
    for pid in descendants(root_pid, include_root=False):
        try:
            if needle in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
                out.append(pid)
        except OSError:
            continue
    return out


def test_parquet_output_matches_the_screener_even_when_a_worker_is_killed(cluster, data, reference, tmp_path):
    out = tmp_path / "out"
    killed: list[int] = []

    def kill_a_worker() -> None:  # once a part is committed, SIGKILL the screening actor
        deadline = time.time() + 600
        while time.time() < deadline and not killed:
            if list(out.glob("part-*")):
                for pid in _descendants_named(os.getpid(), "ScreenActor"):
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_worker, daemon=True)
    killer.start()
    res = run([str(data["jsonl"]), data["parquet"].as_uri()], out,
              Options(fmt="parquet", locale=data["default_locale"], when=WHEN, batch_size=32, part_rows=64))
    killer.join(timeout=1)
    rows = read_output(out)
    assert_exactly(rows, reference)
    assert res.screened == len(reference) and res.duplicates == 1 and res.skipped == 0
    assert killed, "the run ended before a worker could be killed"
    # the folder reads as one Parquet table (hidden files are skipped) with one row per id
    table = pq.read_table(out)
    assert table.num_rows == len(reference) and len(table["id"].unique()) == len(reference)
    # the summary counts the folder
    s = json.loads((out / "_summary.json").read_text(encoding="utf-8"))
    assert s["items"] == len(reference) and sum(s["by_action"].values()) == len(reference)
    expect_locale: dict[str, int] = {}
    for v in reference.values():
        expect_locale[v["locale"]] = expect_locale.get(v["locale"], 0) + 1
    assert {k: v["items"] for k, v in s["by_locale"].items()} == expect_locale
    flagged = sum(len(v.get("flagged", [])) for v in reference.values())
    assert abs(sum(s["by_topic"].values()) - flagged) <= 2
    assert s["errors"] == {"empty_text": 1, "invalid_item": 1, "unknown_locale": 1}
    assert {r["id"]: r for r in rows}["dup"]["locale"] == "ar-SA"  # the first occurrence of an id wins
    html = (out / "_report.html").read_text(encoding="utf-8")
    assert html.count("<svg") == 3 and "<td>de-DE</td>" in html
    # a resumed complete folder screens nothing
    again = run([str(data["jsonl"]), data["parquet"].as_uri()], out, Options(resume=True))
    assert again.screened == 0 and again.skipped == len(reference) and len(read_output(out)) == len(reference)


def test_driver_killed_mid_run_then_resumed_loses_and_duplicates_nothing(cluster, data, reference, tmp_path):
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    args = [sys.executable, "-m", "localekit.cli", "batch", str(data["jsonl"]), str(data["parquet"]),
            "--output", str(out), "--format", "jsonl", "--locale", data["default_locale"],
            "--when", WHEN.isoformat(), "--address", cluster, "--batch-size", "16", "--part-rows", "16"]
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 600
    while time.time() < deadline and len(list(out.glob("part-*"))) < 2 and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL, f"the run ended before it was killed: {err[-2000:]}"
    assert not (out / "_summary.json").exists()
    before = read_output(out)
    assert 0 < len(before) < len(reference)
    # a torn write of the killed driver: hidden, never read, deleted on resume
    (out / ".part-dead-00009.jsonl.x1y2.tmp").write_text('{"id": "torn', encoding="utf-8")
    code, lines = cli(["batch", str(data["jsonl"]), data["parquet"].as_uri(), "--output", str(out), "--resume"])
    assert code == 1, lines  # per-item errors in the folder
    assert lines[0].startswith(f"{len(reference) - len(before)} items screened, {len(before)} already done"), lines
    assert not list(out.glob(".part-*"))
    rows = read_output(out)
    assert_exactly(rows, reference)
    assert rows[: len(before)] == before  # committed parts are never rewritten
    first = json.loads((out / sorted(p.name for p in out.glob("part-*.jsonl"))[0]).read_text().splitlines()[0])
    assert set(first) == {"id", "locale", "action", "topics", "flagged", "formality", "language", "findings"}


def cli(argv: list[str]) -> tuple[int, list[str]]:
    """Run ``localekit`` in this process (Ray already up); exit code and stdout+stderr lines."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, (out.getvalue() + err.getvalue()).splitlines()


@pytest.mark.parametrize(("content", "expected"), [
    ('{"id": "a", "text": "ok"}\n{"id": "b", "text": "broken\n', "bad.jsonl:2: invalid JSON"),
    ('{"id": "a", "text": "ok"}\n{"text": "no id"}\n', 'bad.jsonl:2: item has no "id"'),
    ('{"id": "a", "text": "ok"}\n["a", "list"]\n', "bad.jsonl:2: an item must be a JSON object"),
    ('{"id": [1], "text": "ok"}\n', 'bad.jsonl:1: item has "id" [1] is not a string or integer'),
])
def test_malformed_jsonl_is_one_line_and_exit_2(cluster, tmp_path, monkeypatch, content, expected):
    monkeypatch.chdir(tmp_path)
    Path("bad.jsonl").write_text(content, encoding="utf-8")
    code, lines = cli(["batch", "bad.jsonl", "--output", "out", "--locale", "en-US"])
    errors = [line for line in lines if line.startswith("localekit: error:")]
    assert code == 2 and len(errors) == 1 and expected in errors[0], lines
    assert not any("Traceback" in line for line in lines)
    with pytest.raises(LocalekitError, match=r"bad\.jsonl:"):
        run(["bad.jsonl"], "out2", Options(locale="en-US"))


def test_bad_usage_is_one_line_and_exit_2_before_ray_starts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("items.csv").write_text("id,text\n1,hi\n", encoding="utf-8")
    Path("ok.jsonl").write_text('{"id": 1, "text": "hi"}\n', encoding="utf-8")
    pq.write_table(pa.table({"key": [1], "text": ["hi"]}), "noid.parquet")
    pq.write_table(pa.table({"id": [1], "text": [3]}), "numtext.parquet")
    Path("fake.parquet").write_bytes(b"PAR1 not really")
    Path("afile").write_text("x", encoding="utf-8")
    Path("done").mkdir()
    Path("done/part-0-00001.jsonl").write_text("{}\n", encoding="utf-8")
    Path("done/_manifest.json").write_text('{"format": "jsonl"}\n', encoding="utf-8")
    cases = [
        (["missing.jsonl"], "missing.jsonl: no such file"),
        (["items.csv"], "items.csv: unknown input format (use .jsonl or .parquet files)"),
        (["noid.parquet"], "noid.parquet: no 'id' column (columns: key, text)"),
        (["numtext.parquet"], "numtext.parquet: column 'text' has type int64"),
        (["fake.parquet"], "fake.parquet: not a Parquet file"),
        (["ok.jsonl", "--locale", "xx-Nowhere"], "xx-Nowhere"),
        (["ok.jsonl", "--output", "afile"], "afile: --output must be a folder, not a file"),
        (["ok.jsonl", "--output", "done"], "done already holds output (1 committed parts) (add --resume"),
        (["ok.jsonl", "--output", "done", "--resume", "--format", "parquet"], "done holds jsonl output, not parquet"),
    ]
    for argv, expected in cases:
        if "--output" not in argv:
            argv = [*argv, "--output", "out"]
        code, lines = cli(["batch", *argv])
        assert code == 2 and len(lines) == 1 and expected in lines[0], (argv, lines)
    assert not Path("out").exists()


def test_cpu_actors_default_to_one_per_cpu_as_memory_allows():
    gib = 2**30
    assert cpu_actors(2, 8 * gib) == 2  # one single-threaded actor per CPU
    assert cpu_actors(16, 6 * gib) == 4  # memory holds four models
    assert cpu_actors(4, 0) == 4  # memory unknown: one per CPU
    assert cpu_actors(8, 0.5 * gib) == 1  # never fewer than one
    assert cpu_actors(2, 8 * gib, threads=2) == 1  # explicit threads: no more threads than CPUs
    assert cpu_actors(16, 64 * gib, threads=4) == 4
