"""Hostile pack and policy YAML: every input ends in data or one clear PackError, in bounded time."""

from __future__ import annotations

import shutil
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from localekit.errors import PackError
from localekit.resources import locales_dir
from localekit.yamlio import parse_yaml, parse_yaml_text, validate

REAL = (locales_dir() / "de-DE" / "pack.yaml").read_text(encoding="utf-8")


def _parse_and_validate(text: str) -> None:
    try:
        doc = parse_yaml_text(text, "pack.yaml")
    except PackError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("pack.yaml")
        return
    for problem in validate(doc, "pack.schema.json"):
        assert "\n" not in str(problem)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text(text):
    _parse_and_validate(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_real_pack(data):
    """Delete, duplicate or replace slices of the real de-DE pack."""
    text = REAL
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 40)))
        op = data.draw(st.sampled_from(["delete", "dup", "replace"]))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "dup":
            text = text[:j] + text[i:j] + text[j:]
        else:
            text = text[:i] + data.draw(st.text(max_size=10)) + text[j:]
    _parse_and_validate(text)


@pytest.mark.parametrize("payload, expect", [
    # billion laughs: refused at the first alias, before any expansion
    ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n", "aliases"),
    ("x: !!python/name:os.system\n", "not allowed"),
    ("x: !!binary aGVsbG8=\n", None),
    ("x: !custom 1\n", "not allowed"),
    ("<<: {a: 1}\n", "merge keys"),
    ("[" * 100_000, "nesting depth"),
    ("a:\n" + "  " * 2000 + "b: 1\n", None),
    ("\ufefftag: de-DE\n", None),
    ("tag: de-DE\r\nlanguage: de\r\n", None),
    ("tag: \"\\ud800\"\n", None),
    ("x" * 2_000_000, "larger than"),
])
def test_known_bombs(payload, expect):
    start = time.monotonic()
    try:
        parse_yaml_text(payload, "pack.yaml")
        outcome = None
    except PackError as exc:
        outcome = str(exc)
    assert time.monotonic() - start < 5  # bounded, not a timing assertion on speed
    if expect:
        assert outcome is not None and expect in outcome


def test_invalid_utf8_file_names_line(tmp_path):
    p = tmp_path / "pack.yaml"
    p.write_bytes(b"tag: de-DE\nnames: {english: \xff\xfe}\n")
    with pytest.raises(PackError) as info:
        parse_yaml(p)
    assert info.value.line == 2 and "UTF-8" in str(info.value)


def test_audit_never_modifies_input(tmp_path):
    from localekit.audit import run_audit

    dest = tmp_path / "de-DE"
    shutil.copytree(locales_dir() / "de-DE", dest)
    (dest / "pack.yaml").write_text(REAL.replace("scripts:", "scripts: [[[\n"), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in dest.iterdir()}
    report = run_audit([dest])
    assert report.summary()["errors"] >= 1
    assert {p.name: p.read_bytes() for p in dest.iterdir()} == before
