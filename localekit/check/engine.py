"""Plan the file pairs, parse (cached by content), apply the rules per locale, in processes."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from localekit import io
from localekit.check import parse
from localekit.check.config import CheckConfig, FilterRule, ProjectConfig, filter_action, glob_regex, static_prefix
from localekit.check.locale_info import locale_info
from localekit.check.rules import RULES, FileChecker, FileContext, label, locale_context, patterns
from localekit.errors import LocalekitError

CACHE_VERSION = "check-2"


@dataclass
class Pair:
    rel: str  # path inside the locale folder (display key)
    ref: str | None
    l10n: str | None
    l10n_display: str
    filters: list[FilterRule] | None = None  # compare-locales [[filters]] for the file's messages


@dataclass
class LocaleResult:
    locale: str
    findings: list[list]  # [rule, message, path, line, column, message_id, extra]
    files: int
    messages: int
    notes: list[str] = field(default_factory=list)
    cached: bool = False
    texts: list[list] = field(default_factory=list)  # with --screen: [path, line, col, id, text, pack tag]


# --- planning ------------------------------------------------------------------------------------
def _ftl_files(root: Path | str) -> dict[str, str]:
    """relative posix path -> path string of every .ftl file under ``root`` (sorted walk)."""
    out: dict[str, str] = {}
    base = os.fspath(root)
    cut = len(base.rstrip("/")) + 1
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".ftl"):
                p = os.path.join(dirpath, name)
                out[p[cut:].replace(os.sep, "/")] = p
    return out


def plan_dirs(reference: Path, l10n_root: Path, locales: list[str]) -> dict[str, list[Pair]]:
    """``L10N_ROOT/<locale>/`` mirrors ``REFERENCE_DIR``: pair the .ftl files by relative path."""
    if not reference.is_dir():
        raise LocalekitError("reference folder not found", str(reference))
    if not l10n_root.is_dir():
        raise LocalekitError("localization root not found", str(l10n_root))
    ref_files = _ftl_files(reference)
    if not locales:
        ref_res = reference.resolve()
        locales = sorted(p.name for p in l10n_root.iterdir() if p.is_dir() and not p.name.startswith(".")
                         and p.resolve() != ref_res and any(p.rglob("*.ftl")))
        if not locales:  # nothing to check is a wrong path, never a silent pass
            raise LocalekitError("no locale folder with .ftl files under the localization root",
                                 str(l10n_root), hint="check the path, or name the locales")
    plan: dict[str, list[Pair]] = {}
    for loc in locales:
        ldir = l10n_root / loc
        if not ldir.is_dir():
            raise LocalekitError(f"locale folder {loc!r} not found", str(ldir))
        lfiles = _ftl_files(ldir)
        pairs = [Pair(rel, str(ref), str(lfiles[rel]) if rel in lfiles else None, str(ldir / rel))
                 for rel, ref in ref_files.items()]
        pairs += [Pair(rel, None, str(p), str(p)) for rel, p in lfiles.items() if rel not in ref_files]
        plan[loc] = pairs
    return plan


def plan_project(cfg: CheckConfig, locales: list[str]) -> dict[str, list[Pair]]:
    """Pairs from Mozilla ``l10n.toml`` path rules (per top-level config, minus its excludes)."""
    proj = cfg.project
    assert proj is not None
    locales = locales or proj.locales
    roots: dict[str, list[str]] = {}
    under: dict[str, list[str]] = {}

    def files_under(prefix: str) -> list[str]:
        """.ftl files under ``prefix`` (one walk per top folder, then prefix filtering)."""
        if prefix in under:
            return under[prefix]
        top = prefix
        for known in roots:
            if prefix == known or prefix.startswith(known + "/"):
                top = known
                break
        else:
            roots[top] = [p.replace(os.sep, "/") for p in _ftl_files(top).values()] if os.path.isdir(top) else []
        want = prefix + "/"
        under[prefix] = [f for f in roots[top] if f.startswith(want)]
        return under[prefix]

    cwd = Path.cwd()

    cwd_prefix = cwd.as_posix().rstrip("/") + "/"

    def show(path: str) -> str:
        return path[len(cwd_prefix):] if path.startswith(cwd_prefix) else path

    def matches(rx: re.Pattern[str], path: str, loc: str) -> bool:
        m = rx.match(path)
        return bool(m) and m.groupdict().get("locale", loc) == loc

    plan: dict[str, list[Pair]] = {}
    for loc in locales:
        chosen: dict[str, Pair] = {}
        for conf in proj.configs:
            excl = [glob_regex(r.l10n) for r in conf.excludes if r.locales is None or loc in r.locales]

            def ignored(path: str, conf: ProjectConfig = conf, loc: str = loc) -> bool:
                return bool(conf.filters) and filter_action(conf.filters, path, loc, None) == "ignore"

            for rule in conf.rules:
                if rule.locales is not None and loc not in rule.locales:
                    continue
                ref_re = glob_regex(rule.reference)
                l10n_re = glob_regex(rule.l10n)
                l10n_tpl = rule.l10n.replace("{locale}", loc)
                ref_prefix, l10n_prefix = static_prefix(rule.reference), static_prefix(l10n_tpl)
                ref_files = files_under(ref_prefix)
                existing = set(files_under(l10n_prefix))
                for ref in ref_files:
                    if not ref_re.match(ref):
                        continue
                    target = l10n_prefix + ref[len(ref_prefix):]
                    if target in chosen or any(matches(rx, target, loc) for rx in excl):
                        continue
                    if target not in existing and ignored(target):
                        continue
                    chosen[target] = Pair(_rel_to_locale(target, loc), ref,
                                          target if target in existing else None, show(target),
                                          conf.filters or None)
                ref_set = set(ref_files)
                for lfile in sorted(existing):
                    if lfile in chosen or not matches(l10n_re, lfile, loc) or any(
                            matches(rx, lfile, loc) for rx in excl):
                        continue
                    if ref_prefix + lfile[len(l10n_prefix):] not in ref_set and not ignored(lfile):
                        chosen[lfile] = Pair(_rel_to_locale(lfile, loc), None, lfile, show(lfile))
        if chosen:
            plan[loc] = sorted(chosen.values(), key=lambda p: p.rel)
    if not plan:  # a config that checks nothing is a wrong path or locale, never a silent pass
        where = proj.sources[0] if proj.sources else None
        refs = sorted({static_prefix(r.reference) for c in proj.configs for r in c.rules})
        raise LocalekitError(f"the config resolves to 0 .ftl files for {', '.join(locales) or 'no locale'}",
                             where, hint=f"references looked for under {', '.join(refs[:3]) or '(no [[paths]])'}; "
                             "check basepath, --l10n-base and the locale codes")
    return plan


def _rel_to_locale(path: str, loc: str) -> str:
    marker = f"/{loc}/"
    i = path.rfind(marker)
    return path[i + len(marker):] if i != -1 else path


# --- cache ---------------------------------------------------------------------------------------
def check_cache_dir() -> Path | None:
    """This check version's folder in the cache (None when caching is off)."""
    root = io.cache_dir()
    return root / CACHE_VERSION if root is not None else None


def _cache_read(path: Path) -> Any:
    """Payload of a cache file, or None when absent, corrupt or tampered (never trusted)."""
    try:
        raw = path.read_bytes()
        digest, _, body = raw.partition(b"\n")
        if hashlib.sha256(body).hexdigest().encode() != digest:
            return None
        return json.loads(body)
    except (OSError, ValueError):
        return None


def _cache_write(path: Path, payload: Any) -> None:
    with contextlib.suppress(OSError):
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        path.parent.mkdir(parents=True, exist_ok=True)
        io.atomic_write_bytes(path, hashlib.sha256(body).hexdigest().encode() + b"\n" + body)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


# --- work ----------------------------------------------------------------------------------------
_REF: dict[str, dict] = {}  # reference path -> summary (set in the parent; inherited by forked workers)
_REF_BROKEN: set[tuple[str, str]] = set()  # (message id, reference) broken in the reference itself
REFERENCE_LABEL = "reference"  # the ``locale`` of findings about the reference files


def reference_defects(paths: list[str]) -> tuple[list[list], set[tuple[str, str]]]:
    """The ``reference-mismatch`` rule run on the reference files themselves (see
    :meth:`~localekit.check.rules.ReferenceMismatch.in_reference`)."""
    from localekit.check.rules import ReferenceMismatch

    return ReferenceMismatch.in_reference([(_show(p), _REF[p]) for p in paths])


def _show(path: str) -> str:
    """``path`` relative to the working folder when inside it."""
    cwd = Path.cwd().as_posix().rstrip("/") + "/"
    return path[len(cwd):] if path.startswith(cwd) else path


def _read(path: str) -> tuple[bytes | None, str | None]:
    try:
        with open(path, "rb") as fh:
            return fh.read(), None
    except OSError as exc:
        return None, exc.strerror or str(exc)


def summarize_bytes(data: bytes) -> tuple[dict | None, str | None, str]:
    """(summary, error, decoded text) for raw file bytes."""
    try:
        text, _bom, _crlf = parse.decode(data)
    except UnicodeDecodeError as exc:
        return None, f"not valid UTF-8 at byte {exc.start}", ""
    return parse.summarize(text), None, text


def load_references(pairs_by_locale: dict[str, list[Pair]], cdir: Path | None) -> dict[str, str]:
    """Parse every reference file once (cached); returns path -> content hash."""
    paths = sorted({p.ref for pairs in pairs_by_locale.values() for p in pairs if p.ref})
    cfile = cdir / "reference.json" if cdir else None
    cached = (_cache_read(cfile) if cfile else None) or {}
    hashes: dict[str, str] = {}
    fresh: dict[str, list] = {}
    for path in paths:
        data, err = _read(path)
        if data is None:
            raise LocalekitError(f"cannot read reference file: {err}", path)
        h = _digest(data)
        hashes[path] = h
        hit = cached.get(path)
        if hit and hit[0] == h:
            _REF[path] = hit[1]
        else:
            summ, err, _ = summarize_bytes(data)
            if summ is None:
                raise LocalekitError(f"reference file {err}", path)
            _REF[path] = summ
        fresh[path] = [h, _REF[path]]
    if cfile and fresh != cached:
        _cache_write(cfile, fresh)
    return hashes


def locale_key(locale: str, pairs: list[Pair], ref_hashes: dict[str, str], opts: dict) -> tuple[str, dict[str, bytes]]:
    """Content key of a locale's whole check (and the bytes read for it)."""
    h = hashlib.blake2b(digest_size=16)
    h.update(json.dumps([CACHE_VERSION, locale, opts], sort_keys=True).encode())
    blobs: dict[str, bytes] = {}
    for p in pairs:
        h.update(f"\0{p.rel}\0{p.l10n_display}\0{ref_hashes.get(p.ref or '', '-')}\0".encode())
        if p.l10n:
            data, _ = _read(p.l10n)
            if data is None:
                h.update(b"unreadable")
            else:
                blobs[p.l10n] = data
                h.update(_digest(data).encode())
    return h.hexdigest(), blobs


def check_locale(locale: str, pairs: list[Pair], opts: dict, cdir: str | None, key: str,
                 blobs: dict[str, bytes] | None = None) -> LocaleResult:
    """All findings for one locale folder."""
    info = locale_info(locale)
    summaries: dict[str, dict] = {}
    texts: dict[str, str] = {}
    errors: dict[str, str] = {}
    for p in pairs:
        if p.l10n is None:
            continue
        data = blobs.get(p.l10n) if blobs else None
        err = None
        if data is None:
            data, err = _read(p.l10n)
        if data is None:
            errors[p.rel] = f"cannot read file: {err}"
            continue
        try:
            text = parse.decode(data)[0]
        except UnicodeDecodeError as exc:
            errors[p.rel] = f"not valid UTF-8 at byte {exc.start}"
            continue
        # parsed afresh: the fast scanner reads a file quicker than JSON could load its summary
        summ = parse.summarize(text)
        summaries[p.rel] = summ
        texts[p.rel] = text
    lctx = locale_context(summaries, info, opts, opts.get("registers", {}).get(locale))
    lctx.ref_broken = frozenset(_REF_BROKEN)
    notes: list[str] = []
    if not info.has_pack:
        skipped = ", ".join(r.id for r in RULES if getattr(r, "needs_pack", False) and r.scope != "screen")
        notes.append(f"{locale}: {info.match_note}; pack rules skipped ({skipped})")
    elif lctx.register:
        notes.append(f"{locale}: pack {info.tag}, register {lctx.register} from {lctx.register_source}")
    checker = FileChecker(info.has_pack)
    out: list[list] = []
    to_screen: list[list] = []
    messages = 0
    for p in pairs:
        ref = _REF.get(p.ref) if p.ref else None
        summ = summaries.get(p.rel)
        if summ is not None:
            messages += len(summ["entries"])
        fctx = FileContext(lctx, p.l10n_display, ref, summ, texts.get(p.rel, ""), errors.get(p.rel))
        out.extend([f.rule, f.message, f.path, f.line, f.column, f.message_id, f.extra or None]
                   for f in checker.run(fctx))
        if summ is not None and opts.get("screen") and info.has_pack:
            for e in summ["entries"]:
                for attr, pat in patterns(e):
                    body = pat["text"].replace(parse.PLACEHOLDER, " ").strip()
                    if body:
                        line, col = parse.line_col(summ["nl"], e["start"])
                        to_screen.append([p.l10n_display, line, col, label(e["id"], attr), body, info.tag])
    return LocaleResult(locale, out, sum(1 for p in pairs if p.l10n), messages, notes, texts=to_screen)


def _worker(args: tuple) -> LocaleResult:
    return check_locale(*args)


def run(plan: dict[str, list[Pair]], cfg: CheckConfig, *, jobs: int = 0,
        progress: Callable[[str], None] | None = None) -> Iterator[LocaleResult]:
    """Check every locale of ``plan``; yields results as they complete (cached ones first)."""
    opts = cfg.options()
    cdir = check_cache_dir()
    for loc in plan:  # resolve packs here: a broken pack fails the run before any worker starts
        locale_info(loc)
    ref_hashes = load_references(plan, cdir)
    rows, broken = reference_defects(sorted(ref_hashes))
    _REF_BROKEN.clear()
    _REF_BROKEN.update(broken)
    if rows:
        yield LocaleResult(REFERENCE_LABEL, rows, 0, 0)
    todo: list[tuple] = []
    for loc, pairs in plan.items():
        key, blobs = locale_key(loc, pairs, ref_hashes, opts)
        ffile = cdir / f"{_digest(loc.encode())}-{_digest(key.encode())}.findings.json" if cdir else None
        hit = _cache_read(ffile) if ffile else None
        if hit and hit.get("key") == key:
            res = LocaleResult(loc, hit["findings"], hit["files"], hit["messages"], hit["notes"], cached=True,
                               texts=hit.get("texts", []))
            yield res
            continue
        todo.append((loc, pairs, opts, str(cdir) if cdir else None, key, len(blobs)))
    todo.sort(key=lambda t: -t[5])
    tasks = [t[:5] for t in todo]
    jobs = jobs or min(os.cpu_count() or 1, 8)
    jobs = max(1, min(jobs, len(tasks)))

    def store(res: LocaleResult, key: str) -> None:
        if cdir:
            ffile = cdir / f"{_digest(res.locale.encode())}-{_digest(key.encode())}.findings.json"
            _cache_write(ffile, {"key": key, "findings": res.findings, "files": res.files,
                                 "messages": res.messages, "notes": res.notes, "texts": res.texts})
            _prune(cdir, res.locale, ffile)

    keys = {t[0]: t[4] for t in tasks}
    if jobs == 1:
        for t in tasks:
            res = check_locale(*t)
            store(res, keys[res.locale])
            yield res
        return
    import multiprocessing as mp

    with contextlib.suppress(Exception):  # import the pack machinery once, before forking (not per worker)
        import localekit.packs  # noqa: F401

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs) as pool:
        for res in pool.imap_unordered(_worker, tasks, chunksize=1):
            store(res, keys[res.locale])
            yield res


def _prune(cdir: Path, locale: str, keep: Path) -> None:
    """Drop older findings files of the same locale."""
    prefix = f"{_digest(locale.encode())}-"
    with contextlib.suppress(OSError):
        for p in cdir.glob(prefix + "*.findings.json"):
            if p != keep:
                p.unlink(missing_ok=True)
