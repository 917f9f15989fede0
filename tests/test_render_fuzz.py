"""Hypothesis: random Fluent sources and arguments never make the renderer raise or hang."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from localekit.render import Renderer

FRAGMENTS = [
    "a = x\n", "b = { a } { a }\n", "c = { $n ->\n [one] one\n *[other] { NUMBER($n) }\n}\n", "d = { d }\n",
    "e = { -t }\n", "-t = { -t }\n", "f = { LIST($n) } { CURRENCY($n, $n) } { DATETIME($n) }\n",
    "g = { UNIT($n, unit: \"length-meter\") } { RELATIVE($n) } { NUMBER($n, style: \"bogus\") }\n",
    "h = {{{ $n }}}\n", "i = { \"\\u0041\" } { 3.14 } { -t.attr }\n", "j =\n    .attr = { k }\n", "k = { j }\n",
    "l = { $n -> \n *[x] { $n -> \n *[y] { b } }\n}\n", "\ufeffm = bom\r\n", "n = { FOO($n) } {\n", "o = }{\n",
]
ARGS = st.one_of(st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
                 st.decimals(allow_nan=False, allow_infinity=False, places=3), st.text(max_size=20),
                 st.lists(st.text(max_size=5), max_size=4), st.just(dt.date(2026, 1, 1)), st.none(),
                 st.just(Decimal("1e30")))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8), junk=st.text(max_size=40),
       value=ARGS, tag=st.sampled_from(["en-US", "ar-SA", "ja-JP", "de-DE"]),
       channel=st.sampled_from(["screen", "voice"]), ssml=st.booleans(), width=st.integers(0, 30))
def test_random_sources_never_raise(tmp_path: Path, parts: list[str], junk: str, value: object, tag: str,
                                    channel: str, ssml: bool, width: int) -> None:
    path = tmp_path / "f.ftl"
    path.write_text("".join(parts) + junk, encoding="utf-8", newline="")
    r = Renderer(tag, paths=[path], use_packs=False, reference=None)
    r.syntax_errors()
    for mid in r.message_ids():
        got = r.render_message(mid, {"n": value}, channel=channel, ssml=ssml and channel == "voice", width=width)
        assert isinstance(got.value, str)
