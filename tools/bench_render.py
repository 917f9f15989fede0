"""Benchmark: localekit renderer vs fluent.runtime vs fluent-compiler, in one run.

Workload (en-US, realistic mix): plain, one variable, term, plural select with NUMBER, DATETIME.
localekit runs with all of its features on (screen channel, width budgets, error collection,
formality). Reports messages/s (median of repeats) and ratios, a static string's cost, and the
cold start for one corpus locale (mozilla-www-l10n/fr, 131 files) against fluent.runtime.

    python tools/bench_render.py [--repeats 5] [--n 20000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
import timeit
from pathlib import Path

FTL = """
-brand = Nova
plain = Hello! How can I help you today?
one-var = Hello, { $name }! How can I help you today?
term = I'm { -brand }, your assistant.
plural = { $count ->
    [one] You have { NUMBER($count) } item in your cart.
   *[other] You have { NUMBER($count) } items in your cart.
}
date = I'll remind you on { DATETIME($when, dateStyle: "long") }.
"""

WHEN = dt.datetime(2026, 11, 24, 15, 30, tzinfo=dt.UTC)
WORKLOAD = [
    ("plain", None),
    ("one-var", {"name": "Ann"}),
    ("term", None),
    ("plural", {"count": 1}),
    ("plural", {"count": 7}),
    ("plural", {"count": 1234}),
    ("date", {"when": WHEN}),
    ("one-var", {"name": "Bob"}),
]


def _rate(fn, n: int, repeats: int) -> tuple[float, list[float]]:
    rates = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn(n)
        rates.append(n * len(WORKLOAD) / (time.perf_counter() - start))
    return statistics.median(rates), rates


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--n", type=int, default=5000, help="workload passes per repeat")
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared/corpora/mozilla-www-l10n"))
    opts = ap.parse_args()

    import tempfile

    from fluent.runtime import FluentBundle, FluentResource
    from fluent_compiler.bundle import FluentBundle as CompiledBundle

    from localekit.render import Renderer

    tmpdir = tempfile.TemporaryDirectory(prefix="localekit-bench-")
    tmp = Path(tmpdir.name) / "bench.ftl"
    tmp.write_text(FTL, encoding="utf-8")
    lk = Renderer("en-US", paths=[tmp], use_packs=False, reference=None)
    fr = FluentBundle(["en-US"])
    fr.add_resource(FluentResource(FTL))
    fc = CompiledBundle.from_string("en-US", FTL)

    # same output check (isolation marks normalised: localekit isolates only RTL)
    strip = str.maketrans({0x2068: "", 0x2069: ""})
    for mid, args in WORKLOAD:
        a = lk.render(mid, args)
        b = fr.format_pattern(fr.get_message(mid).value, args)[0].translate(strip)
        c = fc.format(mid, args)[0].translate(strip)
        assert a == b == c, (mid, a, b, c)

    def run_lk(n: int) -> None:
        render = lk.render
        for _ in range(n):
            for mid, args in WORKLOAD:
                render(mid, args)

    def run_fr(n: int) -> None:
        for _ in range(n):
            for mid, args in WORKLOAD:
                fr.format_pattern(fr.get_message(mid).value, args)

    def run_fc(n: int) -> None:
        fmt = fc.format
        for _ in range(n):
            for mid, args in WORKLOAD:
                fmt(mid, args)

    results = {}
    for name, fn in (("fluent.runtime", run_fr), ("fluent-compiler", run_fc), ("localekit", run_lk)):
        fn(200)  # warm up (compile on first use)
        results[name] = _rate(fn, opts.n, opts.repeats)

    print(f"python {sys.version.split()[0]}; workload: {len(WORKLOAD)} messages/pass x {opts.n} passes, "
          f"median of {opts.repeats}")
    print("| engine | messages/s (median) | min..max | vs fluent.runtime | vs fluent-compiler |")
    print("|---|---:|---:|---:|---:|")
    base, comp = results["fluent.runtime"][0], results["fluent-compiler"][0]
    for name, (med, rates) in results.items():
        print(f"| {name} | {med:,.0f} | {min(rates):,.0f}..{max(rates):,.0f} | {med / base:.2f}x | {med / comp:.2f}x |")

    loops = 200_000
    t_static = min(timeit.repeat("render('plain')", globals={"render": lk.render}, number=loops, repeat=5)) / loops
    t_static_fc = min(timeit.repeat("fmt('plain')", globals={"fmt": fc.format}, number=loops, repeat=5)) / loops
    t_static_fr = min(timeit.repeat("fmt(get('plain').value)", globals={"fmt": fr.format_pattern,
                                                                         "get": fr.get_message},
                                    number=loops, repeat=5)) / loops
    print(f"\nstatic string, us/call (best of 5 x {loops:,}): localekit render('plain') {t_static * 1e6:.3f}, "
          f"fluent-compiler format('plain') {t_static_fc * 1e6:.3f}, fluent.runtime {t_static_fr * 1e6:.3f}")

    corpus = Path(opts.corpus) / "fr"
    if corpus.is_dir():
        files = sorted(corpus.rglob("*.ftl"))

        def cold_lk() -> float:
            start = time.perf_counter()
            r = Renderer("fr", paths=[corpus], use_packs=False, reference=None)
            r.render("footer-mozilla")  # first render parses the locale
            return time.perf_counter() - start

        def cold_fr() -> float:
            start = time.perf_counter()
            b = FluentBundle(["fr"])
            for f in files:
                b.add_resource(FluentResource(f.read_text("utf-8")))
            msg = b.get_message("footer-mozilla") if b.has_message("footer-mozilla") else None
            if msg is not None and msg.value is not None:
                b.format_pattern(msg.value)
            return time.perf_counter() - start

        lk_cold = statistics.median(cold_lk() for _ in range(3))
        fr_cold = statistics.median(cold_fr() for _ in range(3))
        print(f"cold start, mozilla-www-l10n/fr ({len(files)} files): localekit {lk_cold:.3f} s, "
              f"fluent.runtime {fr_cold:.3f} s ({fr_cold / lk_cold:.2f}x)")


if __name__ == "__main__":
    main()
