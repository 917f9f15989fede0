"""Load benchmark: screen N responses and check the shared corpus R times in ONE process,
sampling RSS (``/proc/self/status`` VmRSS) as it goes, to show memory stays flat (streaming).

    python tools/bench_load.py [--n 100000] [--rules-only] [--quantize] [--batch 256]
                               [--check-repeat 10] [--sample 5000] [--out benchmarks/results/load.md] [--append]

Responses cycle through ``data/screener/raw/*.jsonl`` (each in its language's locale) and the
``policies/topics.yaml`` examples; they are fed lazily to ``Screener.iter_screen`` in batches and
only counted, never kept. The check part runs ``localekit.check.api.run_check`` over
mozilla-www-l10n (the repository's l10n.toml configs, every locale, cache off, ``jobs=1`` so all
work is in this process) ``--check-repeat`` times. Prints Markdown; writes it only to ``--out`` when given.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = Path(os.environ.get("LOCALEKIT_SHARED", REPO.parent / "shared")) / "corpora" / "mozilla-www-l10n"
LOCALE_OF = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU", "ar": "ar-SA", "hi": "hi-IN",
             "ja": "ja-JP", "zh": "zh-CN", "ko": "ko-KR", "pt": "pt-BR", "it": "it-IT", "tr": "tr-TR",
             "nl": "nl-NL", "pl": "pl-PL", "id": "id-ID", "th": "th-TH", "vi": "vi-VN", "fa": "fa-IR",
             "he": "he-IL", "el": "el-GR", "bn": "bn-BD", "ms": "ms-MY", "ro": "ro-RO", "ta": "ta-IN",
             "ur": "ur-PK"}


def rss_mib() -> float:
    """Resident set size of this process in MiB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _pool() -> list[tuple[str, str]]:
    from localekit.yamlio import parse_yaml

    pool: list[tuple[str, str]] = []
    raw = REPO / "data" / "screener" / "raw"
    for path in sorted(raw.glob("*.jsonl")):
        loc = LOCALE_OF.get(path.stem, "en-US")
        for line in path.read_text(encoding="utf-8").splitlines():
            pool.append((json.loads(line)["text"], loc))
    topics = parse_yaml(REPO / "policies" / "topics.yaml").data["topics"]
    for spec in topics.values():
        pool.extend((t, "en-US") for key in ("positive", "negative") for t in spec.get(key, []))
    return pool


def responses(n: int) -> Iterator[dict]:
    for i, (text, loc) in enumerate(islice(cycle(_pool()), n)):
        yield {"id": i, "text": text, "locale": loc}


def bench_screen(n: int, rules_only: bool, quantize: bool, batch: int, sample: int) -> dict:
    from localekit.screen.screener import Screener

    scr = Screener(None, "cpu", rules_only=rules_only, quantize=quantize, batch_size=batch)
    scr.screen("warm-up", "en-US")
    gc.collect()
    samples = [(0, rss_mib())]
    actions: dict[str, int] = {}
    start = time.perf_counter()
    for k, v in enumerate(scr.iter_screen(responses(n), chunk=batch), 1):
        actions[v["action"]] = actions.get(v["action"], 0) + 1
        if k % sample == 0:
            samples.append((k, rss_mib()))
    wall = time.perf_counter() - start
    samples.append((n, rss_mib()))
    return {"n": n, "wall": wall, "rate": n / wall, "samples": samples, "actions": actions}


def bench_check(repeat: int) -> dict:
    from localekit.check.api import run_check

    os.environ["LOCALEKIT_CACHE_DIR"] = ""
    locales = (CORPUS / "LOCALES.txt").read_text().split()
    configs = [CORPUS / "l10n-pontoon.toml", CORPUS / "l10n-vendor.toml"]
    cwd = Path.cwd()
    os.chdir(CORPUS)
    samples = [(0, rss_mib())]
    walls, findings, files = [], 0, 0
    try:
        for r in range(1, repeat + 1):
            t = time.perf_counter()
            res = run_check(list(locales), configs, jobs=1)
            walls.append(time.perf_counter() - t)
            findings, files = len(res.findings), res.files
            del res
            gc.collect()
            samples.append((r, rss_mib()))
            print(f"check run {r}: {walls[-1]:.1f} s, RSS {samples[-1][1]:.0f} MiB", file=sys.stderr)
    finally:
        os.chdir(cwd)
    return {"repeat": repeat, "walls": walls, "samples": samples, "findings": findings, "files": files}


def _growth(samples: list[tuple[int, float]]) -> float:
    """RSS growth (MiB) from the first sample after warm-up (20%) to the end."""
    base = samples[max(1, len(samples) // 5)][1] if len(samples) > 2 else samples[0][1]
    return samples[-1][1] - base


def render(cmd: str, scr: dict | None, chk: dict | None) -> str:
    out = ["# Load benchmark (tools/bench_load.py)", "", f"Command: `{cmd}`", "",
           f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} CPUs, "
           f"load average {os.getloadavg()[0]:.1f}; one process; RSS from /proc/self/status.", ""]
    if scr:
        rss = [s for _, s in scr["samples"]]
        out += ["## Screening", "",
                "| responses | wall (s) | responses/s | RSS start (MiB) | RSS peak | RSS end | growth after warm-up |",
                "|---:|---:|---:|---:|---:|---:|---:|",
                f"| {scr['n']:,} | {scr['wall']:.1f} | {scr['rate']:.0f} | {rss[0]:.0f} | {max(rss):.0f} | "
                f"{rss[-1]:.0f} | {_growth(scr['samples']):+.1f} |", "",
                "Actions: " + ", ".join(f"{k} {v:,}" for k, v in sorted(scr["actions"].items())), "",
                "RSS samples (items: MiB): " + ", ".join(f"{k:,}: {m:.0f}" for k, m in scr["samples"]), ""]
    if chk:
        rss = [s for _, s in chk["samples"]]
        walls = chk["walls"]
        out += ["## Check (mozilla-www-l10n, every locale, cache off, jobs=1)", "",
                "| runs | files/run | findings/run | median wall (s) | files/s | RSS start (MiB) | RSS peak | RSS end "
                "| growth after run 1 |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
                f"| {chk['repeat']} | {chk['files']:,} | {chk['findings']:,} | {sorted(walls)[len(walls) // 2]:.1f} | "
                f"{chk['files'] / (sum(walls) / len(walls)):.0f} | {rss[0]:.0f} | {max(rss):.0f} | {rss[-1]:.0f} | "
                f"{rss[-1] - rss[1]:+.1f} |", "",
                "RSS after each run (MiB): " + ", ".join(f"{m:.0f}" for _, m in chk["samples"][1:]), ""]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="responses to screen (0: skip)")
    ap.add_argument("--rules-only", action="store_true", help="no model (deterministic rules only)")
    ap.add_argument("--quantize", action="store_true", help="int8 encoder")
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--sample", type=int, default=5000, help="RSS sample every N responses")
    ap.add_argument("--check-repeat", type=int, default=10, help="corpus check runs (0: skip)")
    ap.add_argument("--out", type=Path, default=None,
                    help="also write the report here (e.g. benchmarks/results/load.md)")
    ap.add_argument("--append", action="store_true", help="append to --out instead of replacing it")
    args = ap.parse_args(argv)
    cmd = "python tools/bench_load.py " + " ".join(argv if argv is not None else sys.argv[1:])
    scr = bench_screen(args.n, args.rules_only, args.quantize, args.batch, args.sample) if args.n else None
    chk = bench_check(args.check_repeat) if args.check_repeat and CORPUS.exists() else None
    text = render(cmd.strip(), scr, chk)
    print(text)
    if args.out is None:
        return
    from localekit.io import atomic_write_text

    if args.append and args.out.exists():
        text = args.out.read_text(encoding="utf-8") + "\n" + text.replace("# Load benchmark", "## Load benchmark", 1)
    atomic_write_text(args.out, text)


if __name__ == "__main__":
    main()
