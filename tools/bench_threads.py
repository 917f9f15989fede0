"""The screener's CPU threads: single-response latency and batched throughput per torch thread count,
on an idle machine and with competing busy processes, side by side in one run.

    python tools/bench_threads.py [--threads 1,2] [--busy 0,1] [--n 512] [--single 150] [--device cpu]

One screener (the shipped model) is loaded once; for each number of busy processes (pure-Python
spin loops started by this script) and each thread count, it measures single-response p50/p99 and
batched responses/s on the same items as ``tools/bench_screen.py``. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from bench_screen import corpus  # noqa: E402


def _ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def measure(scr, items: list[dict], single: int, batch: int) -> tuple[float, float, float]:
    """(single p50 ms, single p99 ms, batched responses/s)."""
    for it in items[:16]:  # warm-up at this thread count
        scr.screen(it["text"], it["locale"])
    lat = []
    for it in items[:single]:
        t0 = time.perf_counter()
        scr.screen(it["text"], it["locale"])
        lat.append((time.perf_counter() - t0) * 1000)
    lat.sort()
    t0 = time.perf_counter()
    for s in range(0, len(items), batch):
        scr.screen_many(items[s:s + batch])
    rps = len(items) / (time.perf_counter() - t0)
    return statistics.median(lat), lat[min(len(lat) - 1, round(0.99 * (len(lat) - 1)))], rps


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threads", default="1,2", help="comma-separated torch thread counts")
    ap.add_argument("--busy", default="0,1", help="comma-separated numbers of competing busy processes")
    ap.add_argument("--n", type=int, default=512, help="items for the batched run")
    ap.add_argument("--single", type=int, default=150, help="single-response calls")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--device", default="cpu")
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(1))  # the spinners stop with us

    import torch

    from localekit.screen.screener import Screener
    from localekit.screen.threads import configure_threads, default_threads, usable_cpus

    scr = Screener(device=args.device, batch_size=args.batch_size, threads=0)
    items = corpus(args.n)
    scr.screen_many(items[:args.batch_size])  # packs, calendars, langid
    rows = []
    for busy in _ints(args.busy):
        spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(busy)]
        try:
            time.sleep(1.0)
            for n in _ints(args.threads):
                configure_threads(n)
                p50, p99, rps = measure(scr, items, args.single, args.batch_size)
                load = os.getloadavg()[0]
                rows.append((busy, torch.get_num_threads(), p50, p99, rps, load))
                print(f"busy {busy}, threads {torch.get_num_threads()}: single p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
                      f"batched {rps:.0f} responses/s (load avg {load:.1f})", file=sys.stderr, flush=True)
        finally:
            for p in spinners:
                p.kill()
                p.wait()
    print(f"{usable_cpus()} usable CPUs, torch {torch.__version__}, weights {scr.backend.encoder.dtype}, "
          f"localekit default threads {default_threads()}; command: python tools/bench_threads.py "
          + " ".join(sys.argv[1:]))
    print("| busy processes | torch threads | single p50 ms | single p99 ms | batched responses/s "
          f"(batch {args.batch_size}) | load avg |")
    print("|---:|---:|---:|---:|---:|---:|")
    for busy, n, p50, p99, rps, load in rows:
        print(f"| {busy} | {n} | {p50:.1f} | {p99:.1f} | {rps:.0f} | {load:.1f} |")


if __name__ == "__main__":
    main()
