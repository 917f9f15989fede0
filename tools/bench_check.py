"""Benchmark ``localekit check`` against compare-locales, side by side.

    python tools/bench_check.py [--repeat 3] [--jobs 2] [--out benchmarks/results/check.md]
    python tools/bench_check.py --firefox /tmp/ff-l10n/l10n fr it ... [--out benchmarks/results/check-firefox.md]

The first form runs mozilla-www-l10n (its own configs); ``--firefox L10N_BASE`` runs Firefox's
``_configs/browser.toml`` (``../shared/corpora/firefox-en-US``) on shipped language packs laid out by
``tools/firefox_l10n.py fetch``.

Cold runs use an empty cache dir each time; the warm run changes one file of a copy of the corpus
after a first (cache-filling) run. Both tools run as subprocesses, alternating, so machine load hits
both alike; medians are reported. Writes a Markdown table (and prints it).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LOCALEKIT_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpora" / "mozilla-www-l10n"
FIREFOX_TOML = SHARED / "corpora" / "firefox-en-US" / "_configs" / "browser.toml"


CPU: dict[str, list[float]] = {}  # command name -> CPU seconds (user + sys, children included) per run


def _timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    """Wall seconds of one run; its CPU seconds are recorded in ``CPU`` (robust to machine load)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(Path(cmd[0]).name, []).append(cpu)
    return wall


def _cold_runs(lk: list[str], cl: list[str], cwd: Path, env: dict, tmp: Path,
               opts: argparse.Namespace) -> tuple[list[float], list[float]]:
    """``opts.repeat`` cold runs of localekit (fresh cache each) and compare-locales, alternating."""
    lk_times: list[float] = []
    cl_times: list[float] = []
    for i in range(opts.repeat):
        env["LOCALEKIT_CACHE_DIR"] = str(tmp / f"cold{i}")
        lk_times.append(_timed(lk, cwd, env))
        if not opts.skip_compare_locales:
            cl_times.append(_timed(cl, cwd, env))
        print(f"run {i + 1}: localekit {lk_times[-1]:.2f} s" +
              (f", compare-locales {cl_times[-1]:.2f} s" if cl_times else ""), file=sys.stderr)
    return lk_times, cl_times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--out", type=Path, default=None,
                    help="also write the report here (e.g. benchmarks/results/check.md)")
    ap.add_argument("--skip-compare-locales", action="store_true")
    ap.add_argument("--firefox", type=Path, metavar="L10N_BASE", help="Firefox language packs (see module doc)")
    ap.add_argument("locales", nargs="*", help="with --firefox: the locales to check")
    opts = ap.parse_args()
    if opts.firefox:
        firefox(opts)
        return
    locales = (CORPUS / "LOCALES.txt").read_text().split()
    bindir = Path(sys.executable).parent
    lk = [str(bindir / "localekit"), "check", "--config", "l10n-pontoon.toml", "--config", "l10n-vendor.toml",
          "--format", "json", "--jobs", str(opts.jobs), *locales]
    cl = [str(bindir / "compare-locales"), "--return-zero", "--json", os.devnull, "l10n-pontoon.toml",
          "l10n-vendor.toml", ".", *locales]
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        lk_times, cl_times = _cold_runs(lk, cl, CORPUS, env, Path(tmp), opts)
        copy = Path(tmp) / "corpus"
        shutil.copytree(CORPUS, copy)
        env["LOCALEKIT_CACHE_DIR"] = str(Path(tmp) / "warm")
        _timed(lk, copy, env)
        no_change = _timed(lk, copy, env)
        warm = []
        for i in range(opts.repeat):
            target = copy / "de" / "firefox" / "new" / "download.ftl"
            target.write_text(target.read_text(encoding="utf-8") + f"\nbench-extra-{i} = Neu {i}\n", encoding="utf-8")
            warm.append(_timed(lk, copy, env))
    lk_med = statistics.median(lk_times)
    lines = [
        "# `localekit check` vs compare-locales on mozilla-www-l10n",
        "",
        f"Command: `python tools/bench_check.py --repeat {opts.repeat} --jobs {opts.jobs}` "
        f"({os.cpu_count()} CPUs; {len(locales)} locales; both tools as subprocesses, alternating).",
        "",
        "| run | median wall (s) | runs (s) |",
        "|---|---|---|",
        f"| localekit check, cold (empty cache) | {lk_med:.2f} | {', '.join(f'{t:.2f}' for t in lk_times)} |",
    ]
    if cl_times:
        cl_med = statistics.median(cl_times)
        lines.append(f"| compare-locales 9.0.5 | {cl_med:.2f} | {', '.join(f'{t:.2f}' for t in cl_times)} |")
    lines += [
        f"| localekit check, warm, nothing changed | {no_change:.2f} | {no_change:.2f} |",
        f"| localekit check, warm, one file changed | {statistics.median(warm):.2f} | "
        f"{', '.join(f'{t:.2f}' for t in warm)} |",
    ]
    if cl_times:
        lines += ["", f"Speed-up (compare-locales median / localekit cold median): **{cl_med / lk_med:.1f}x**"]
    try:
        load = os.getloadavg()
        lines += ["", f"Load average at the end: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (shared machine)."]
    except OSError:
        pass
    text = "\n".join(lines) + "\n"
    if opts.out is not None:
        from localekit.io import atomic_write_text

        atomic_write_text(opts.out, text)
    print(text)


def firefox(opts: argparse.Namespace) -> None:
    """Firefox's browser.toml on shipped language packs: cold runs of both tools, alternating."""
    base = opts.firefox.resolve()
    locales = opts.locales or sorted(p.name for p in base.iterdir() if p.is_dir())
    bindir = Path(sys.executable).parent
    lk = [str(bindir / "localekit"), "check", "--config", str(FIREFOX_TOML), "--l10n-base", str(base),
          "--format", "json", "--jobs", str(opts.jobs), *locales]
    cl = [str(bindir / "compare-locales"), "--return-zero", "--json", os.devnull, str(FIREFOX_TOML), str(base),
          *locales]
    env = dict(os.environ)
    files = sum(1 for loc in locales for _ in (base / loc).rglob("*.ftl"))
    with tempfile.TemporaryDirectory() as tmp:
        lk_times, cl_times = _cold_runs(lk, cl, base, env, Path(tmp), opts)
        env["LOCALEKIT_CACHE_DIR"] = str(Path(tmp) / "warm")
        _timed(lk, base, env)
        warm = _timed(lk, base, env)
    lk_med = statistics.median(lk_times)
    lines = [
        "# `localekit check` vs compare-locales on shipped Firefox language packs",
        "",
        f"Command: `python tools/bench_check.py --firefox L10N_BASE --repeat {opts.repeat} --jobs {opts.jobs} "
        f"{' '.join(locales)}` ({os.cpu_count()} CPUs; {len(locales)} locales, {files} .ftl files; Firefox's "
        "`_configs/browser.toml`; both tools as subprocesses, alternating).",
        "",
        "| run | median wall (s) | runs (s) |",
        "|---|---|---|",
        f"| localekit check, cold (empty cache) | {lk_med:.2f} | {', '.join(f'{t:.2f}' for t in lk_times)} |",
    ]
    if cl_times:
        cl_med = statistics.median(cl_times)
        lines.append(f"| compare-locales 9.0.5 | {cl_med:.2f} | {', '.join(f'{t:.2f}' for t in cl_times)} |")
    lines.append(f"| localekit check, warm, nothing changed | {warm:.2f} | {warm:.2f} |")
    lk_cpu = statistics.median(CPU["localekit"][:opts.repeat])
    lines += ["", f"CPU time (user + sys, median of the cold runs): localekit {lk_cpu:.2f} s"]
    if cl_times:
        cl_cpu = statistics.median(CPU["compare-locales"])
        lines[-1] += f", compare-locales {cl_cpu:.2f} s ({cl_cpu / lk_cpu:.1f}x)"
        lines += ["", f"Speed-up (compare-locales median / localekit cold median, wall): **{cl_med / lk_med:.1f}x**"]
    try:
        load = os.getloadavg()
        lines += ["", f"Load average at the end: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (shared machine)."]
    except OSError:
        pass
    text = "\n".join(lines) + "\n"
    if opts.out is not None:
        from localekit.io import atomic_write_text

        atomic_write_text(opts.out, text)
    print(text)


if __name__ == "__main__":
    main()
