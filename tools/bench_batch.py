"""``localekit batch`` (Ray Data) vs the single-process ``localekit screen``, side by side in one run.

Both screen the same N real sentences (``tools/batch_corpus.py``: MASSIVE + UD in ~40 locales, or
with ``--corpus requests`` the MASSIVE requests only) with
the same ``--when``, as subprocesses, one after the other. For each: wall time, items/s and the
memory of its whole process tree over time (PSS summed over the processes, so Ray's shared object
store is counted once; sampled every second). ``--check`` also compares the verdicts id by id.

    python tools/bench_batch.py --n 20000 --check
    python tools/bench_batch.py --n 100000 --out benchmarks/results/batch.md
    python tools/bench_batch.py --n 300000 --corpus requests     # short texts
    # equal CPU on both sides: screen with 2 threads, batch with its 2 single-threaded actors
    python tools/bench_batch.py --n 20000 --corpus requests --threads 2 --batch-threads 1 --check
    # int8 on both sides: its activation scales are per batch, so --check shows scores (and some
    # actions) that move with how each side cuts the batches
    python tools/bench_batch.py --n 5000 --corpus requests --threads 2 --batch-threads 1 --quantize --check
    python tools/bench_batch.py --n 1000000 --num-gpus 1      # on a machine with a GPU
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
from batch_corpus import CORPORA, items  # noqa: E402
from proctree import descendants  # noqa: E402

WHEN = "2026-03-05T13:00:00+00:00"
TOL = 0.005


def _pss_mib(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            continue
    return total / 1024


def measure(cmd: list[str], env: dict[str, str]) -> dict:
    """Run ``cmd``; wall time, exit code and (seconds, PSS MiB) samples of its process tree."""
    samples: list[tuple[float, float]] = []
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            samples.append((time.perf_counter() - t0, _pss_mib(descendants(proc.pid))))
            stop.wait(1.0)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    stop.set()
    th.join()
    return {"cmd": cmd, "wall": wall, "rc": proc.returncode, "samples": samples, "stdout": out, "stderr": err}


def _series(samples: list[tuple[float, float]], points: int = 10) -> str:
    if not samples:
        return "-"
    step = max(1, len(samples) // points)
    return ", ".join(f"{t:.0f}s {m:,.0f}" for t, m in samples[::step])


def _same(a: dict, b: dict) -> str:
    if a == b:
        return "identical"
    if a.keys() == b.keys() and "topics" in a and all(a[k] == b[k] for k in a if k != "topics") and all(
            abs(a["topics"][t] - b["topics"][t]) <= TOL for t in a["topics"]):
        return "scores within 0.005"
    if a.get("action") == b.get("action"):
        return "same action, other fields differ"
    return "action differs"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--check", action="store_true", help="compare the verdicts of both, id by id")
    ap.add_argument("--corpus", choices=CORPORA, default="mixed",
                    help="mixed: MASSIVE requests and UD sentences; requests: MASSIVE only (short texts)")
    ap.add_argument("--num-gpus", type=int, default=0)
    ap.add_argument("--batch-size", type=int, default=512)
    ap.add_argument("--threads", type=int, default=None,
                    help="torch threads for both sides (screen --threads; batch --threads per actor, one actor "
                         "per that many CPUs, unless --batch-threads); default: each command's own (on 2 CPUs: "
                         "screen 1, batch 2 actors x 1)")
    ap.add_argument("--concurrency", type=int, default=None, help="batch's screening actors (default: its own)")
    ap.add_argument("--batch-threads", type=int, default=None, help="batch's threads per actor (default: --threads)")
    ap.add_argument("--quantize", action="store_true", help="int8 dynamic quantization on both sides (CPU)")
    ap.add_argument("--out", help="write the result table (Markdown) here")
    ap.add_argument("--keep", help="keep inputs and outputs in this folder")
    args = ap.parse_args()

    work = Path(args.keep or tempfile.mkdtemp(prefix="bench-batch-"))
    work.mkdir(parents=True, exist_ok=True)
    inp = work / "items.jsonl"
    with inp.open("w", encoding="utf-8") as fh:
        for it in items(args.n, corpus=args.corpus):
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    cli = [sys.executable, "-m", "localekit.cli"]
    screen_out = work / "screen.jsonl"
    batch_out = work / "batch"
    threads = ["--threads", str(args.threads)] if args.threads else []
    model = ["--quantize"] if args.quantize else []
    actors = ["--concurrency", str(args.concurrency)] if args.concurrency else []
    batch_threads = ["--threads", str(args.batch_threads)] if args.batch_threads else threads
    runs = {
        "localekit screen (one process)": measure(
            [*cli, "screen", str(inp), "--when", WHEN, "--output", str(screen_out), *threads, *model], env),
        "localekit batch (Ray Data)": measure(
            [*cli, "batch", str(inp), "--when", WHEN, "--format", "jsonl", "--output", str(batch_out),
             "--batch-size", str(args.batch_size), "--num-gpus", str(args.num_gpus), *batch_threads, *actors,
             *model], env),
    }
    load = os.getloadavg()
    layout = (f" (batch: {args.concurrency or 'default'} actor(s) x {args.batch_threads or args.threads or 'default'})"
              if args.batch_threads or args.concurrency else "")
    base = runs["localekit screen (one process)"]["wall"]
    lines = [f"{args.n:,} items ({args.corpus}), {os.cpu_count()} CPUs, threads {args.threads or 'default'}"
             f"{layout}{', int8 (--quantize) on both sides' if args.quantize else ''}, "
             f"load average {load[0]:.1f} at the end, {time.strftime('%Y-%m-%d %H:%M')}", "",
             "| run | wall | items/s | vs screen | PSS peak (MiB) | PSS after warm-up -> end (MiB) | exit |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, r in runs.items():
        mem = [m for _, m in r["samples"]]
        warm = r["samples"][len(r["samples"]) // 5][1] if r["samples"] else 0
        lines.append(f"| {name} | {r['wall']:.1f} s | {args.n / r['wall']:,.0f} | {r['wall'] / base:.2f}x | "
                     f"{max(mem, default=0):,.0f} | {warm:,.0f} -> {mem[-1] if mem else 0:,.0f} | {r['rc']} |")
    lines.append("")
    for name, r in runs.items():
        lines.append(f"- {name} memory over time (s MiB): {_series(r['samples'])}")
        if r["rc"] not in (0, 1):
            lines.append(f"  - failed: {r['stderr'][-1500:]}")
    if args.check:
        ref = {}
        with screen_out.open(encoding="utf-8") as fh:
            for line in fh:
                v = json.loads(line)
                ref[str(v["id"])] = {**v, "id": str(v["id"])}
        got: dict[str, dict] = {}
        rows = 0
        for part in sorted(batch_out.glob("part-*.jsonl")):
            for line in part.read_text(encoding="utf-8").splitlines():
                v = json.loads(line)
                got[v["id"]] = v
                rows += 1
        kinds: dict[str, int] = {}
        for k, v in ref.items():
            kind = _same(got[k], v) if k in got else "missing"
            kinds[kind] = kinds.get(kind, 0) + 1
        lines += ["", f"Check: {rows:,} output rows, {len(got):,} distinct ids, {len(ref):,} input ids; "
                  + ", ".join(f"{k} {n:,}" for k, n in sorted(kinds.items()))]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
