"""Fetch Firefox's shipped language packs (Debian ``firefox-esr-l10n-*``) and measure ``localekit check`` on them.

    python tools/firefox_l10n.py fetch  --dest /tmp/ff-l10n de ja ko ...
    python tools/firefox_l10n.py measure --dest /tmp/ff-l10n [--json out.json] de ja ko ...

``fetch`` runs ``apt-get download firefox-esr-l10n-<lang>`` (needs ``apt-get update`` and network),
unpacks the language-pack ``.xpi`` and lays its ``.ftl`` files out like the firefox-l10n repository
(``<dest>/l10n/<locale>/browser/browser/appmenu.ftl``), so that Firefox's own
``_configs/browser.toml`` (in ``../shared/corpora/firefox-en-US``) checks them unchanged with
``--l10n-base <dest>/l10n``. Package versions go to ``<dest>/versions.json``.

``measure`` runs localekit check and compare-locales (same configs, same files) and prints, per
locale, localekit's findings by rule and severity, and whether both tools agree on the missing and
obsolete ``.ftl`` files and messages and on the plural-category warnings.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LOCALEKIT_SHARED", REPO.parent / "shared"))
REFERENCE = SHARED / "corpora" / "firefox-en-US"
CONFIG = REFERENCE / "_configs" / "browser.toml"

# language-pack folder -> firefox-l10n folder, for files the reference does not know (obsolete ones)
_MODULES = {"browser/branding/": "browser/branding/official/", "browser/browser/": "browser/browser/",
            "browser/devtools/": "devtools/", "browser/preview/": "browser/browser/preview/",
            "toolkit/": "toolkit/toolkit/", "crashreporter/": "toolkit/crashreporter/", "dom/": "dom/dom/",
            "netwerk/": "netwerk/netwerk/", "security/": "security/manager/security/",
            "services/": "toolkit/services/", "locales-preview/": "toolkit/locales-preview/"}


def package_name(locale: str) -> str:
    """Debian package of a Firefox locale code (``pt-BR`` -> ``firefox-esr-l10n-pt-br``)."""
    return f"firefox-esr-l10n-{locale.lower()}"


def repo_path(pack_path: str, ref_files: list[str]) -> str:
    """firefox-l10n path of a language-pack path (``browser/browser/appmenu.ftl`` style in, repo out)."""
    tail = pack_path.split("/", 1)[1] if pack_path.startswith("browser/") else pack_path
    hits = [r for r in ref_files if r == tail or r.endswith("/" + tail)]
    if hits:
        return min(hits, key=len)
    for prefix, repl in _MODULES.items():
        if pack_path.startswith(prefix):
            return repl + pack_path[len(prefix):]
    return "unknown/" + pack_path


def unpack(deb: Path, locale: str, out: Path, ref_files: list[str]) -> int:
    """Write the .ftl files of one language-pack .deb under ``out/<locale>/``; returns the count."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        xpis = list(Path(tmp).rglob("langpack-*.xpi"))
        if len(xpis) != 1:
            raise SystemExit(f"{deb}: expected one langpack .xpi, found {len(xpis)}")
        data = xpis[0].read_bytes()
    n = 0
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if not name.endswith(".ftl"):
                continue
            parts = name.split("/")
            if parts[0] == "localization" and len(parts) > 2:  # localization/<loc>/toolkit/...
                pack_path = "/".join(parts[2:])
            elif parts[:2] == ["browser", "localization"] and len(parts) > 3:
                pack_path = "browser/" + "/".join(parts[3:])
            else:
                continue
            target = out / locale / repo_path(pack_path, ref_files)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(name))
            n += 1
    return n


def fetch(dest: Path, locales: list[str]) -> None:
    """Download and unpack the language packs of ``locales`` into ``dest/l10n``."""
    debs = dest / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    ref_files = sorted(p.relative_to(REFERENCE).as_posix() for p in REFERENCE.rglob("*.ftl"))
    versions: dict[str, str] = {}
    vfile = dest / "versions.json"
    if vfile.exists():
        versions = json.loads(vfile.read_text())
    for loc in locales:
        pkg = package_name(loc)
        found = sorted(debs.glob(f"{pkg}_*.deb"))
        if not found:
            subprocess.run(["apt-get", "download", pkg], cwd=debs, check=True)
            found = sorted(debs.glob(f"{pkg}_*.deb"))
        deb = found[-1]
        versions[loc] = deb.name.split("_")[1]
        n = unpack(deb, loc, dest / "l10n", ref_files)
        print(f"{loc}: {pkg} {versions[loc]}: {n} .ftl files", file=sys.stderr)
    vfile.write_text(json.dumps(versions, indent=1, sort_keys=True) + "\n")


def _cl_missing_obsolete(data: dict | list) -> dict[str, set[tuple[str, str, str]]]:
    """compare-locales JSON -> locale -> {(kind, file, id)} for .ftl files and messages."""
    out: dict[str, set[tuple[str, str, str]]] = {}
    runs = data if isinstance(data, list) else [data]
    for loc, tree in ((k, v) for run in runs for k, v in run.get("details", {}).items()):
        items = out.setdefault(loc, set())

        def walk(node: dict, prefix: str, items: set = items, loc: str = loc) -> None:
            for key, val in node.items():
                path = f"{prefix}/{key}" if prefix else key
                if isinstance(val, dict):
                    walk(val, path)
                    continue
                if not path.endswith(".ftl"):
                    continue
                rel = path
                for item in val:
                    for kind, what in item.items():
                        if kind == "warning" and str(what).startswith("Plural categories missing"):
                            items.add(("plural-categories", rel, str(what).rsplit(" for ", 1)[-1]))
                        if kind in ("missingFile", "obsoleteFile"):
                            items.add((kind.replace("File", "-file"), rel, ""))
                        elif kind in ("missingEntity", "obsoleteEntity"):
                            items.add((kind.replace("Entity", "-message"), rel, str(what)))

        walk(tree, "")
    return out


def measure(dest: Path, locales: list[str], out_json: Path | None, jobs: int) -> dict:
    """Run both tools on ``locales``; return and print the comparison."""
    base = dest / "l10n"
    bindir = Path(sys.executable).parent
    env = dict(os.environ, LOCALEKIT_CACHE_DIR="")
    t = time.perf_counter()
    lk = subprocess.run([str(bindir / "localekit"), "check", "--config", str(CONFIG), "--l10n-base", str(base),
                         "--format", "json", "--jobs", str(jobs), *locales], capture_output=True, text=True, env=env)
    lk_s = time.perf_counter() - t
    if lk.returncode not in (0, 1):
        raise SystemExit(f"localekit check failed ({lk.returncode}): {lk.stderr[-800:]}")
    report = json.loads(lk.stdout)
    with tempfile.TemporaryDirectory() as tmp:
        cl_json = Path(tmp) / "cl.json"
        t = time.perf_counter()
        cl = subprocess.run([str(bindir / "compare-locales"), "--json", str(cl_json), str(CONFIG), str(base),
                             *locales], capture_output=True, text=True)
        cl_s = time.perf_counter() - t
        cl_data = json.loads(cl_json.read_text())
    cl_sets = _cl_missing_obsolete(cl_data)
    lk_sets: dict[str, set[tuple[str, str, str]]] = {loc: set() for loc in locales}
    by: dict[str, Counter[str]] = {}
    for f in report["findings"]:
        by.setdefault(f["rule"], Counter())[f["severity"]] += 1
        if f["rule"] in ("missing-file", "obsolete-file", "missing-message", "obsolete-message", "plural-categories"):
            rel = f["path"].split(f"/{f['locale']}/", 1)[-1]
            mid = "" if f["rule"].endswith("-file") else f["message_id"]
            lk_sets[f["locale"]].add((f["rule"], rel, mid))
    agree = {loc: lk_sets.get(loc, set()) == cl_sets.get(loc, set()) for loc in locales}
    result = {"locales": locales, "localekit_exit": lk.returncode, "compare_locales_exit": cl.returncode,
              "localekit_s": round(lk_s, 2), "compare_locales_s": round(cl_s, 2),
              "by_rule": {r: dict(c) for r, c in sorted(by.items())},
              "agree_with_compare_locales": agree,
              "compared_items": {loc: [len(lk_sets.get(loc, ())), len(cl_sets.get(loc, ()))] for loc in locales},
              "errors_by_locale": dict(Counter(f["locale"] for f in report["findings"] if f["severity"] == "error")),
              "summary": report["summary"]}
    for loc in locales:
        diff = lk_sets.get(loc, set()) ^ cl_sets.get(loc, set())
        if diff:
            result.setdefault("disagreements", {})[loc] = sorted(map(list, diff))[:20]
    if out_json:
        out_json.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "disagreements"}, indent=1))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=("fetch", "measure"))
    ap.add_argument("locales", nargs="+")
    ap.add_argument("--dest", type=Path, default=Path(tempfile.gettempdir()) / "ff-l10n")
    ap.add_argument("--json", type=Path, help="measure: write the comparison here")
    ap.add_argument("--jobs", type=int, default=0)
    opts = ap.parse_args()
    if opts.action == "fetch":
        fetch(opts.dest, opts.locales)
    else:
        measure(opts.dest, opts.locales, opts.json, opts.jobs)


if __name__ == "__main__":
    main()
