"""Benchmark derived packs: cold load of one pack (median), and every locale CLDR knows.

    python tools/bench_derived.py [--sample N]

"Cold" means the first load of that tag in the process, after the curated packs were parsed once
(their parse is shared by every later load); the whole-set figure is ``localekit audit --all``'s
work: every derived pack built and run through every audit rule, in one process.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from localekit import derive, packs
from localekit.audit import run_audit


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=300)
    args = ap.parse_args()
    start = time.perf_counter()
    packs.curated_data()
    tags = derive.known_tags()
    setup = time.perf_counter() - start
    rng = random.Random(11)
    times = []
    for tag in rng.sample(tags, min(args.sample, len(tags))):
        t0 = time.perf_counter()
        packs.load(tag)
        times.append(time.perf_counter() - t0)
    times.sort()
    print(f"setup (curated packs parsed, {len(tags)} CLDR locales listed): {setup * 1000:.0f} ms")
    print(f"cold load of {len(times)} random locales: median {statistics.median(times) * 1000:.2f} ms, "
          f"p90 {times[int(0.9 * len(times))] * 1000:.2f} ms, max {times[-1] * 1000:.1f} ms")
    packs.clear_cache()
    derive.cldr_facts.cache_clear()
    t0 = time.perf_counter()
    report = run_audit(all_locales=True)
    s = report.summary()
    print(f"audit --all: {s['packs']} packs, {s['errors']} errors in {time.perf_counter() - t0:.1f} s; "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
