"""Hostile Fluent input: parse, render and check end in a result or a clear error, in
bounded time (SIGALRM guard) and bounded memory (tracemalloc peak).

Generated cases mutate real ``.ftl`` files from the shared corpora (mozilla-www-l10n,
firefox-en-US, the Fluent spec fixtures); hand-written ones cover deep nesting, cycles, billion
laughs through messages, terms and attributes, huge placeables, invalid UTF-8, CR/CRLF, BOMs
and missing final newlines. The spec fixtures must parse exactly as the spec's JSON says.
"""

from __future__ import annotations

import contextlib
import json
import signal
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import require_shared
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from localekit.check.api import run_check
from localekit.check.parse import decode, summarize
from localekit.render import Renderer

TIME_LIMIT_S = 30  # a guard against hangs, not a speed assertion
MEMORY_CAP = 400 * 1024 * 1024


@contextlib.contextmanager
def bounded(seconds: int = TIME_LIMIT_S, memory: int = MEMORY_CAP) -> Iterator[None]:
    """Fail (instead of hanging CI) past ``seconds``; fail if the traced peak exceeds ``memory``."""

    def on_alarm(signum: int, frame: object) -> None:
        raise TimeoutError(f"hostile case still running after {seconds}s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    started = tracemalloc.is_tracing()
    if not started:
        tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        yield
        peak = tracemalloc.get_traced_memory()[1]
        assert peak < memory, f"peak traced memory {peak / 2**20:.0f} MiB over {memory / 2**20:.0f} MiB"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        if not started:
            tracemalloc.stop()


def exercise_render(path: Path, max_messages: int = 25) -> None:
    """Parse and render every message (up to a cap) of one file; errors are one-line values."""
    r = Renderer("en-US", paths=[path], use_packs=False, reference=None)
    for err in r.syntax_errors():
        assert "\n" not in str(err) and str(path) in str(err)
    for mid in r.message_ids()[:max_messages]:
        got = r.render_message(mid, {"n": 3, "x": "x", "count": 2})
        assert isinstance(got.value, str)
        assert all(isinstance(e, str) for e in got.errors)


def exercise_check_parse(data: bytes) -> None:
    """The check parser: undecodable bytes raise UnicodeDecodeError (-> unreadable-file), else the
    fast scanner and fluent.syntax agree."""
    try:
        text = decode(data)[0]
    except UnicodeDecodeError:
        return
    fast = summarize(text)
    assert fast == summarize(text, fast=False)


# --- corpora --------------------------------------------------------------------------------------
def _corpus_files() -> list[Path]:
    root = require_shared("corpora")
    files: list[Path] = []
    for sub, step in (("mozilla-www-l10n", 97), ("firefox-en-US", 5), ("fluent-spec-fixtures", 3)):
        found = sorted(p for p in (root / sub).rglob("*.ftl") if p.stat().st_size < 40_000)
        files.extend(found[::step])
    return files


@pytest.fixture(scope="module")
def corpus() -> list[bytes]:
    return [p.read_bytes() for p in _corpus_files()]


HOSTILE = [b"{", b"}", b"{ ", b" }", b"{ -t }", b"{ a }", b"{ $n ->\n *[a] b\n}\n", b"\n.attr = x\n",
           b"\n-t = { -t }\n", b"{{{{", b"}}}}", b"\r", b"\r\n", b"\n", b"\xef\xbb\xbf", b"\xff", b"\xc3",
           b"\xed\xa0\x80", b"\x00",
           "\u202e\u200b\u2066".encode(), b"[one]", b"*[other]", b"->", b".", b"=", b"#", b"### x\n", b"\t",
           b'{ "\\u0041\\U01F600" }', b"{ NUMBER($n, minimumFractionDigits: 99) }", b"{ -t.gender ->\n *[x] y\n}\n",
           b"    ", b"\\", b'"', "é".encode(), b"\xf0\x9f\x98", b"{ 123456789012345678901234567890 }"]


@st.composite
def mutated(draw: st.DrawFn, corpus: list[bytes]) -> bytes:
    data = draw(st.sampled_from(corpus))
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(data)))
        j = draw(st.integers(i, min(len(data), i + 80)))
        op = draw(st.sampled_from(["delete", "dup", "insert", "replace"]))
        if op == "delete":
            data = data[:i] + data[j:]
        elif op == "dup":
            data = data[:j] + data[i:j] * draw(st.integers(1, 20)) + data[j:]
        else:
            piece = draw(st.sampled_from(HOSTILE)) if draw(st.booleans()) else draw(st.binary(max_size=8))
            data = data[:i] + piece + (data[j:] if op == "replace" else data[i:])
    ending = draw(st.sampled_from(["keep", "crlf", "cr"]))
    if ending == "crlf":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    elif ending == "cr":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r")
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    if draw(st.booleans()):
        data = data.rstrip(b"\r\n")
    return data


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(st.data())
def test_mutated_corpus_files(corpus: list[bytes], tmp_path: Path, data: st.DataObject) -> None:
    raw = data.draw(mutated(corpus))
    path = tmp_path / "m.ftl"
    path.write_bytes(raw)
    with bounded():
        exercise_check_parse(raw)
        exercise_render(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_random_bytes(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "r.ftl"
    path.write_bytes(raw)
    with bounded():
        exercise_check_parse(raw)
        exercise_render(path)


# --- hand-written hostile sources -----------------------------------------------------------------
def _laughs(prefix: str, ref: str) -> str:
    lines = [f"{prefix}0 = LOL"] + [f"{prefix}{i} = " + " ".join([f"{{ {ref}{i - 1} }}"] * 10) for i in range(1, 11)]
    return "\n".join(lines) + "\n"


CASES: dict[str, str] = {
    "laughs-messages": _laughs("lol", "lol"),
    "laughs-terms": _laughs("-lol", "-lol") + "lol = { -lol10 }\n",
    "laughs-attributes": "m =\n    .a0 = LOL\n" + "".join(
        f"    .a{i} = " + " ".join([f"{{ m.a{i - 1} }}"] * 10) + "\n" for i in range(1, 11)) + "lol = { m.a10 }\n",
    "laughs-selectors": "-t0 = LOL\n" + "".join(
        f"-t{i} = {{ $n ->\n    [one] {{ -t{i - 1} }}{{ -t{i - 1} }}\n   *[other] "
        + f"{{ -t{i - 1} }}" * 10 + "\n}\n"
        for i in range(1, 11)) + "lol = { -t10 }\n",
    "deep-placeables": "a = " + "{ " * 5000 + "$x" + " }" * 5000 + "\n",
    "deep-selects": "a = " + "{ $x ->\n *[o] " * 400 + "x" + "\n}" * 400 + "\n",
    "deep-calls": "a = " + "NUMBER(" * 3000 + "$x" + ")" * 3000 + "\n",
    "long-message-chain": "".join(f"m{i} = {{ m{i + 1} }}\n" for i in range(3000)) + "m3000 = end\n",
    "long-term-chain": "".join(f"-t{i} = {{ -t{i + 1} }}\n" for i in range(3000)) + "-t3000 = end\nm = { -t0 }\n",
    "cycles": ("a = { b }\nb = { c }\nc = x { a }\n-t = { -u }\n-u = { -t }\nd = { -t }\ne = { e.x }\n    .x = { e }\n"
               "f = { $n ->\n *[x] { f }\n}\ng = { -t(x: 1) }\nh = { h.a }\n    .a = { h.b }\n    .b = { h.a }\n"),
    "cyclic-selector": "-t = { -t.g ->\n *[x] { -t }\n}\n    .g = { -t }\na = { -t }\n",
    "huge-string-literal": 'a = { "' + "x" * 500_000 + '" }\n',
    "huge-number-literal": "a = { " + "9" * 100_000 + " }\n",
    "huge-text": "a = " + "word " * 100_000 + "\n",
    "many-placeables": "a = " + "{ $x }" * 20_000 + "\n",
    "many-variants": "a = { $n ->\n" + "".join(f"  [v{i}] {i}\n" for i in range(5_000)) + " *[other] o\n}\n",
    "many-attributes": "a = v\n" + "".join(f"    .a{i} = {i}\n" for i in range(5_000)),
    "many-messages": "".join(f"m{i} = {{ $n }} {i}\n" for i in range(5_000)),
    "huge-argument-echo": "a = { $x }{ $x }{ $x }{ $x }\n",
    "crlf": "a = x\r\nb = { a }\r\n    .t = T\r\nc = { $n ->\r\n   *[x] y\r\n}\r\n",
    "cr-only": "a = x\rb = { a }\r    .t = T\r",
    "bom": "\ufeffa = x\nb = { a }\n",
    "bom-crlf-no-final-newline": "\ufeffa = x\r\nb = { $n ->\r\n *[x] y\r\n}",
    "no-final-newline": "a = { $n ->\n *[x] y\n}",
    "only-bom": "\ufeff",
    "empty": "",
    "nul-bytes": "a = x\x00y\nb = \x00\n",
    "lone-surrogate-escape": 'a = { "\\uD800" }\n',
    "bidi-and-zero-width": "a = \u202ex\u200by\u2066\nb\u200b = z\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_source(name: str, tmp_path: Path) -> None:
    raw = CASES[name].encode("utf-8")
    path = tmp_path / f"{name}.ftl"
    path.write_bytes(raw)
    with bounded():
        exercise_check_parse(raw)
        r = Renderer("en-US", paths=[path], use_packs=False, reference=None)
        r.syntax_errors()
        ids = r.message_ids()
        for mid in ids[:5] + ids[-5:]:
            got = r.render_message(mid, {"n": 1, "x": "y" * 100_000})
            # expansion limits: one placeable never yields more than ~2500 chars, a message is bounded
            assert len(got.value) < 3_000_000


@pytest.mark.parametrize("name", ["laughs-messages", "laughs-terms", "laughs-attributes", "laughs-selectors"])
def test_billion_laughs_is_an_error_not_a_gigabyte(name: str, tmp_path: Path) -> None:
    path = tmp_path / "lol.ftl"
    path.write_text(CASES[name], encoding="utf-8")
    r = Renderer("en-US", paths=[path], use_packs=False, reference=None)
    with bounded(memory=64 * 1024 * 1024):
        got = r.render_message("lol" if name != "laughs-messages" else "lol10", {"n": 5})
    assert got.errors and len(got.value) < 100_000


def test_cycles_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "c.ftl"
    path.write_text(CASES["cycles"], encoding="utf-8")
    r = Renderer("en-US", paths=[path], use_packs=False, reference=None)
    for mid in ("a", "d", "e", "f", "h"):
        got = r.render_message(mid, {"n": 1})
        assert got.errors, mid
    with pytest.raises(Exception) as info:  # strict mode: a LocalekitError, never RecursionError
        Renderer("en-US", paths=[path], use_packs=False, reference=None, strict=True).render("a")
    assert not isinstance(info.value, RecursionError) and "\n" not in str(info.value)


def test_deep_nesting_is_a_syntax_error_with_location(tmp_path: Path) -> None:
    path = tmp_path / "deep.ftl"
    path.write_text(CASES["deep-placeables"], encoding="utf-8")
    errs = Renderer("en-US", paths=[path], use_packs=False, reference=None).syntax_errors()
    assert len(errs) == 1 and str(path) in str(errs[0])


def test_invalid_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.ftl"
    path.write_bytes(b"a = ok\nb = \xff\xfe\n")
    errs = Renderer("en-US", paths=[path], use_packs=False, reference=None).syntax_errors()
    assert len(errs) == 1 and "UTF-8" in str(errs[0]) and str(path) in str(errs[0])


def test_check_end_to_end_on_hostile_locale_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`run_check` over a locale whose files carry every hostile case: findings, never a crash."""
    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", "")
    ref, loc = tmp_path / "en", tmp_path / "l10n" / "de"
    ref.mkdir()
    loc.mkdir(parents=True)
    for name, text in CASES.items():
        if name.startswith(("many-", "huge-", "long-")):
            continue  # the big ones are covered above; here: every rule on every odd file
        (ref / f"{name}.ftl").write_text("a = x\nb = { a }\n", encoding="utf-8")
        (loc / f"{name}.ftl").write_bytes(text.encode("utf-8"))
    (ref / "binary.ftl").write_text("a = x\n", encoding="utf-8")
    (loc / "binary.ftl").write_bytes(b"\x00\xff\xfe\x80 = \xc3\n")
    with bounded(seconds=60, memory=600 * 1024 * 1024):
        res = run_check([str(ref), str(tmp_path / "l10n"), "de"], jobs=1)
    by_file: dict[str, set[str]] = {}
    for f in res.findings:
        by_file.setdefault(Path(f.path).name, set()).add(f.rule)
        assert "\n" not in f.message
    assert "unreadable-file" in by_file["binary.ftl"]
    assert "syntax-error" in by_file["deep-placeables.ftl"]


# --- the spec fixtures parse as the spec says ---------------------------------------------------------
def _spec_dir() -> Path:
    return require_shared("corpora", "fluent-spec-fixtures", "fluent-spec", "test", "fixtures")


def _structure_dir() -> Path:
    return require_shared("corpora", "fluent-spec-fixtures", "python-fluent", "fluent.syntax", "tests", "syntax",
                          "fixtures_structure")


# Known fluent.syntax 0.19 deviations from the reference JSON (upstream; strict: tells us when fixed).
SPEC_DEVIATIONS = {
    "cr_multikey.ftl": "fluent.syntax trims the trailing CR of a CR-only file's last text element",
    "cr_multilinevalue.ftl": "fluent.syntax trims the trailing CR of a CR-only file's last text element",
    "leading_dots.ftl": "fluent.syntax parses the obsolete leading-dot syntax differently from the spec",
}


def _strip(node: object) -> object:
    """The reference comparison of fluent.syntax's own tests: no spans, no Junk annotations."""
    if isinstance(node, dict):
        if node.get("type") == "Junk":
            node = {**node, "annotations": []}
        return {k: _strip(v) for k, v in node.items() if k != "span"}
    if isinstance(node, list):
        return [_strip(x) for x in node]
    return node


def _spec_names() -> list[str]:
    try:
        return sorted(p.name for p in _spec_dir().glob("*.ftl"))
    except pytest.skip.Exception:
        return []


def _structure_names() -> list[str]:
    try:
        return sorted(p.name for p in _structure_dir().glob("*.ftl"))
    except pytest.skip.Exception:
        return []


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=SPEC_DEVIATIONS[n])) if n in SPEC_DEVIATIONS else n
    for n in _spec_names()])
def test_spec_reference_fixture(name: str) -> None:
    from fluent.syntax import FluentParser

    ftl = _spec_dir() / name
    expected = json.loads(ftl.with_suffix(".json").read_text(encoding="utf-8"))
    got = FluentParser(with_spans=False).parse(ftl.read_bytes().decode("utf-8")).to_json()
    assert _strip(got) == _strip(expected)


@pytest.mark.parametrize("name", _structure_names())
def test_spec_structure_fixture(name: str) -> None:
    """python-fluent's structure fixtures: the full AST including spans and annotations."""
    from fluent.syntax import FluentParser

    ftl = _structure_dir() / name
    expected = json.loads(ftl.with_suffix(".json").read_text(encoding="utf-8"))
    assert FluentParser().parse(ftl.read_bytes().decode("utf-8")).to_json() == expected


def test_spec_fixtures_render_and_check(tmp_path: Path) -> None:
    """Every spec fixture (including the Junk ones) renders and parses for check in bounded time."""
    for ftl in sorted(_spec_dir().glob("*.ftl")):
        raw = ftl.read_bytes()
        dest = tmp_path / ftl.name
        dest.write_bytes(raw)
        with bounded():
            exercise_check_parse(raw)
            exercise_render(dest, max_messages=200)


@pytest.mark.parametrize("text", ["a = x\n    }\n", "a =\n    x\n\n    }\n", "a = x\n\n    }\n",
                                  "key6 = { $sel ->\n  *[two] Two\n}\n\n  $sel\n  ->\n  *[one] One\n    }\n"])
def test_fast_scanner_keeps_junk_after_a_fallback_entry(text: str) -> None:
    """Regression (found by test_mutated_corpus_files): the fast scanner's per-entry fallback used
    ``parse_entry``, which stops after one entry and dropped junk on the entry's later lines."""
    fast = summarize(text)
    assert fast["errors"] and fast == summarize(text, fast=False)
