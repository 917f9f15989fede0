"""Screener throughput and latency: batched responses/s and single-response p50/p99.

    python tools/bench_screen.py [--device cpu] [--threads 2] [--dtype auto] [--quantize] [--n 1024]
                                 [--no-terms] [--write]

Short assistant-style responses in several languages (the topic examples of policies/topics.yaml
and a few translations), screened for rotating locales. ``--write`` appends the figures, with the
command line and machine, to benchmarks/results/screen.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

EXTRA = [
    "Möchten Sie Ihre Bestellung ändern? Ich helfe Ihnen gern.",
    "¿Quieres que te recomiende un restaurante cerca de tu hotel?",
    "Votre colis arrivera mardi. Merci de votre patience !",
    "明日の天気は晴れです。傘は必要ありません。",
    "لقد تم شحن طلبك وسيصل يوم الثلاثاء.",
    "Pesanan Anda akan tiba hari Selasa.",
    "आपका ऑर्डर मंगलवार को पहुंचेगा।",
    "Try the slow-cooked pulled pork sandwich, it's great with a cold beer.",
]
LOCALES = ["en-US", "de-DE", "ar-SA", "hi-IN", "es-ES", "fr-FR", "id-ID", "ja-JP"]


def corpus(n: int) -> list[dict]:
    from localekit.policy import taxonomy

    texts = [t for topic in taxonomy().values() for t in (*topic.positive, *topic.negative)] + EXTRA
    return [{"id": i, "text": texts[i % len(texts)], "locale": LOCALES[i % len(LOCALES)]} for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--threads", type=int, default=2, help="torch threads (Screener(threads=...))")
    ap.add_argument("--quantize", action="store_true")
    ap.add_argument("--dtype", default="auto", help="auto (the library default), float32 or bfloat16")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--n", type=int, default=1024)
    ap.add_argument("--single", type=int, default=200)
    ap.add_argument("--heads", default=None, help="heads folder (default: the shipped heads)")
    ap.add_argument("--no-terms", action="store_true", help="leave the topic terms out (Screener(terms=False))")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()

    os.environ["LOCALEKIT_DTYPE"] = args.dtype  # what Screener's encoder loads with
    from localekit.screen.screener import Screener

    t0 = time.perf_counter()
    scr = Screener(device=args.device, quantize=args.quantize, batch_size=args.batch_size, heads=args.heads,
                   threads=args.threads, terms=not args.no_terms)
    load_s = time.perf_counter() - t0
    items = corpus(args.n)
    scr.screen_many(items[:args.batch_size])  # warm-up: packs, calendars, langid, kernels
    for it in items[:len(LOCALES) * 3]:
        scr.screen(it["text"], it["locale"])

    t0 = time.perf_counter()
    scr.screen_many(items)
    batched_s = time.perf_counter() - t0
    rps = len(items) / batched_s

    lat = []
    for it in items[:args.single]:
        t0 = time.perf_counter()
        scr.screen(it["text"], it["locale"])
        lat.append((time.perf_counter() - t0) * 1000)
    lat.sort()
    p50 = statistics.median(lat)
    p99 = lat[min(len(lat) - 1, round(0.99 * (len(lat) - 1)))]

    # where single-response time goes: the model alone
    backend = scr.backend
    mlat = []
    for it in items[:args.single]:
        t0 = time.perf_counter()
        backend.predict([it["text"]])
        mlat.append((time.perf_counter() - t0) * 1000)
    m50 = statistics.median(mlat)

    cmd = "python tools/bench_screen.py " + " ".join(sys.argv[1:])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    enc = getattr(backend, "encoder", None)
    weights = "int8" if args.quantize else (enc.dtype if enc is not None else "?")
    row = (f"| {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} | {args.device} | {args.threads} | "
           f"{weights} | {args.batch_size} | {rps:.0f} | {p50:.1f} | {p99:.1f} | "
           f"{m50:.1f} | {load:.1f} | `{cmd}` |")
    print(f"load {load_s:.1f}s; batched {len(items)} in {batched_s:.2f}s = {rps:.0f} responses/s; "
          f"single p50 {p50:.1f} ms, p99 {p99:.1f} ms (model alone p50 {m50:.1f} ms); "
          f"{platform.processor() or platform.machine()}, load average {load:.1f}")
    print(row)
    if args.write:
        out = REPO / "benchmarks" / "results" / "screen.md"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not out.exists():
            out.write_text(
                "# Screener benchmark (tools/bench_screen.py)\n\nShort responses (topic examples of "
                "policies/topics.yaml + translations), rotating 8 locales; all rules on. Targets: "
                ">= 150 responses/s batched, single p50 < 15 ms on 2 CPU cores.\n\n"
                "| when (UTC) | device | threads | weights | batch | responses/s | p50 ms | p99 ms | "
                "model-only p50 ms | load avg | command |\n|---|---|---:|---|---:|---:|---:|---:|---:|---:|---|\n",
                encoding="utf-8")
        with out.open("a", encoding="utf-8") as fh:
            fh.write(row + "\n")


if __name__ == "__main__":
    main()
