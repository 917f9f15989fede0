"""``localekit serve`` under load vs the in-process library, side by side in one run.

    python tools/bench_serve.py [--concurrency 1,8,64,500] [--requests 400] [--threads N] [--device cpu|cuda]

For each concurrency level C, the same one-item screening requests (short assistant responses in 8
locales, as tools/bench_screen.py) go
- to the library in this process: C threads calling ``Screener.screen`` (thread-safe), and
- to a ``localekit serve`` subprocess on 127.0.0.1: C client connections, each sending its next
  request when the previous answered (a bounded, closed-loop client: never more than C in flight).
Reported: requests/s and p50/p99 latency per side, and the service's mean model batch (its
``/metrics``). The library's own batched rate (``screen_many``, batch 64) is the ceiling. The client
shares the machine's CPUs with the server; on a GPU run it matters less (``--device cuda``).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from bench_screen import corpus  # noqa: E402


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


def library(scr, items: list[dict], conc: int) -> tuple[float, list[float]]:
    """C threads, each screening its share of ``items`` one by one: (requests/s, latencies ms)."""
    lat: list[float] = []
    lock = threading.Lock()
    todo = iter(items)

    def worker() -> None:
        while True:
            with lock:
                it = next(todo, None)
            if it is None:
                return
            t0 = time.perf_counter()
            scr.screen(it["text"], it["locale"], id=it["id"])
            ms = (time.perf_counter() - t0) * 1000
            with lock:
                lat.append(ms)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(conc) as pool:
        for f in [pool.submit(worker) for _ in range(conc)]:
            f.result()
    return len(items) / (time.perf_counter() - t0), lat


async def service(base: str, items: list[dict], conc: int) -> tuple[float, list[float], dict[int | str, int]]:
    """C connections in a closed loop over ``items``: (requests/s, latencies ms, status counts)."""
    import httpx

    lat: list[float] = []
    statuses: dict[int | str, int] = {}
    queue: asyncio.Queue[dict] = asyncio.Queue()
    for it in items:
        queue.put_nowait(it)
    limits = httpx.Limits(max_connections=conc, max_keepalive_connections=conc)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=600) as client:
        async def worker() -> None:
            while not queue.empty():
                it = queue.get_nowait()
                t0 = time.perf_counter()
                try:
                    code: int | str = (await client.post("/v1/screen", json=it)).status_code
                except httpx.TransportError as exc:  # counted and shown, never hidden
                    code = type(exc).__name__
                lat.append((time.perf_counter() - t0) * 1000)
                statuses[code] = statuses.get(code, 0) + 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(conc)))
        rate = len(items) / (time.perf_counter() - t0)
    return rate, lat, statuses


def batch_mean(base: str) -> tuple[float, float]:
    """(sum, count) of the service's localekit_batch_items histogram."""
    import httpx
    from prometheus_client.parser import text_string_to_metric_families

    got = {s.name: s.value for f in text_string_to_metric_families(httpx.get(f"{base}/metrics").text)
           for s in f.samples if s.name in ("localekit_batch_items_sum", "localekit_batch_items_count")}
    return got["localekit_batch_items_sum"], got["localekit_batch_items_count"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--concurrency", default="1,8,64,500")
    ap.add_argument("--requests", type=int, default=400, help="requests per level (at least 2x the level)")
    ap.add_argument("--threads", type=int, default=None, help="torch threads, both sides (default: localekit's)")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--max-wait-ms", type=float, default=5.0)
    ap.add_argument("--max-batch", type=int, default=64)
    args = ap.parse_args()
    levels = [int(x) for x in args.concurrency.split(",")]

    import httpx
    import torch

    from localekit.screen.screener import Screener

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "localekit.cli", "serve", "--port", str(port), "--device", args.device,
           "--log-level", "warning", "--max-queue", str(max(1024, 2 * max(levels))),
           "--max-wait-ms", str(args.max_wait_ms), "--max-batch", str(args.max_batch)]
    if args.threads is not None:
        cmd += ["--threads", str(args.threads)]
    server = subprocess.Popen(cmd, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    base = f"http://127.0.0.1:{port}"
    try:
        scr = Screener(device=args.device, threads=args.threads)
        items = corpus(max(args.requests, 2 * max(levels)))
        for it in items:
            it["id"] = str(it["id"])
        scr.screen_many(items[:64])  # warm-up: packs, calendars, langid
        t0 = time.perf_counter()
        for s in range(0, len(items), 64):
            scr.screen_many(items[s:s + 64])
        ceiling = len(items) / (time.perf_counter() - t0)
        while True:
            try:
                if httpx.get(f"{base}/readyz").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None:
                raise SystemExit(f"the server exited ({server.returncode})")
            time.sleep(0.5)
        asyncio.run(service(base, items[:64], 8))  # warm-up the server the same way
        rows = []
        for conc in levels:
            n = max(args.requests, 2 * conc)
            lib_rate, lib_lat = library(scr, items[:n], conc)
            before = batch_mean(base)
            svc_rate, svc_lat, statuses = asyncio.run(service(base, items[:n], conc))
            after = batch_mean(base)
            mean_batch = (after[0] - before[0]) / max(1.0, after[1] - before[1])
            load = os.getloadavg()[0]
            rows.append((conc, n, lib_rate, statistics.median(lib_lat), pct(lib_lat, 0.99), svc_rate,
                         statistics.median(svc_lat), pct(svc_lat, 0.99), mean_batch, statuses, load))
            print(f"C={conc}: library {lib_rate:.0f}/s p50 {statistics.median(lib_lat):.1f} ms; service "
                  f"{svc_rate:.0f}/s p50 {statistics.median(svc_lat):.1f} ms, mean batch {mean_batch:.1f}, "
                  f"statuses {statuses}", file=sys.stderr, flush=True)
    finally:
        server.terminate()
        server.wait(120)
    print(f"device {args.device}, {os.cpu_count()} CPUs, torch {torch.__version__}, torch threads "
          f"{torch.get_num_threads()} (both sides), library batched ceiling (screen_many, batch 64) {ceiling:.0f}/s; "
          f"command: python tools/bench_serve.py {' '.join(sys.argv[1:])}")
    print("| concurrency | requests | library req/s | library p50 ms | library p99 ms | service req/s | "
          "service p50 ms | service p99 ms | mean model batch | statuses | load avg |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|")
    for conc, n, lr, l50, l99, sr, s50, s99, mb, st, load in rows:
        codes = ", ".join(f"{k}: {v}" for k, v in sorted(st.items(), key=str))
        print(f"| {conc} | {n} | {lr:.0f} | {l50:.1f} | {l99:.1f} | {sr:.0f} | {s50:.1f} | {s99:.1f} | {mb:.1f} | "
              f"{codes} | {load:.1f} |")


if __name__ == "__main__":
    main()
