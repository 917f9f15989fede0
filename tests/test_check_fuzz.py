"""Hostile and random Fluent input: the check parser never crashes and its fast path agrees with fluent.syntax."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from localekit.check.parse import decode, summarize

PIECES = ["a", "b-c", "-t", " = ", "=", "\n", "\n    ", "  ", ".attr = ", "{ ", " }", "{", "}", "$n", "-t",
          "x.y", '"q"', "[one]", "*[other]", " ->", "#", "# c", "## g", "NUMBER($n)", "ä", "\u200b", "\t", "\r\n"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_fast_path_equals_fluent_syntax(pieces):
    text = "".join(pieces).replace("\r\n", "\n") + "\n"
    assert summarize(text) == summarize(text, fast=False)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_crash(data):
    try:
        text = decode(data)[0]
    except UnicodeDecodeError:
        return
    summarize(text)


def test_deep_nesting_is_an_error_not_a_crash():
    text = "a = " + "{ " * 5000 + "$x" + " }" * 5000 + "\n"
    summ = summarize(text)
    assert summ["errors"] or summ["entries"]
