"""The ``localekit screen`` JSONL contract, per-item errors, streaming and fail-closed faults.

Most cases run ``--rules-only`` (no model: fast, and every verdict must then be ``review``); the
model-backed contract is in test_screen_model.py.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from localekit.cli import main
from localekit.normalize import has_visible_text
from localekit.policy import TOPICS
from localekit.screen.screener import FIELDS, Screener

LINES = [
    "Your package arrives on Tuesday.",
    '{"id": "a1", "text": "Möchtest du ein Bier?", "locale": "de-DE"}',
    '{"id": "bad", "text": ',  # invalid JSON
    "",  # empty text
    '{"id": "loc", "text": "Hello", "locale": "!!not a tag!!"}',
    '{"id": "tlh", "text": "Hello", "locale": "tlh-XX"}',
    '{"id": "big", "text": "' + "x" * 500 + '"}',
    '{"no_text": true}',
    "Merry Christmas from all of us!",
]


def run_cli(args: list[str], stdin: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    with pytest.raises(SystemExit) as exc:
        main(args)
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


def test_jsonl_contract_order_and_item_errors(monkeypatch, capsys):
    code, out, _err = run_cli(["screen", "--locale", "ar-SA", "--rules-only", "--max-chars", "200",
                              "--batch-size", "3"], "\n".join(LINES) + "\n", monkeypatch, capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == len(LINES)
    assert [r["id"] for r in rows] == [1, "a1", 3, 4, "loc", "tlh", "big", 8, 9]
    errors = {r["id"]: r["error"]["code"] for r in rows if "error" in r}
    assert errors == {3: "invalid_json", 4: "empty_text", "loc": "unknown_locale", "tlh": "unknown_locale",
                      "big": "text_too_long", 8: "invalid_item"}
    for r in rows:
        assert r["action"] == "review"  # rules-only and errors: never a silent allow
        if "error" in r:
            continue
        assert tuple(r) == FIELDS
        assert list(r["topics"]) == list(TOPICS)
        assert all(0.0 <= s <= 1.0 for s in r["topics"].values())
        assert r["formality"] in ("formal", "informal", "neutral")
        for f in r["findings"]:
            assert set(f) == {"code", "message", "span"} and len(f["span"]) == 2
    assert rows[1]["locale"] == "de-DE" and rows[1]["formality"] == "informal"
    assert rows[8]["locale"] == "ar-SA"
    assert any(f["code"] == "holiday-greeting" for f in rows[8]["findings"])
    assert code == 1  # some items had errors


def test_text_format(monkeypatch, capsys):
    _code, out, _ = run_cli(["screen", "-l", "de-DE", "--rules-only", "--format", "text"],
                           "Hallo\nMöchtest du das?\n", monkeypatch, capsys)
    lines = out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("1\treview") and "register" in lines[1]


def test_invalid_locale_option_is_usage_error(monkeypatch, capsys):
    code, out, err = run_cli(["screen", "--locale", "!!", "--rules-only"], "hi\n", monkeypatch, capsys)
    assert code == 2 and out == "" and err.count("\n") == 1 and "locale" in err


def test_output_written_atomically(tmp_path: Path, monkeypatch, capsys):
    dest = tmp_path / "out.jsonl"
    src = tmp_path / "in.txt"
    src.write_text("one\ntwo\n", encoding="utf-8")
    before = src.read_bytes()
    code, out, _ = run_cli(["screen", "-l", "en-US", "--rules-only", str(src), "--output", str(dest)], "",
                           monkeypatch, capsys)
    assert code == 0 and out == ""
    assert len(dest.read_text(encoding="utf-8").splitlines()) == 2
    assert src.read_bytes() == before  # inputs are never modified
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.jsonl"]


def test_interrupt_leaves_complete_lines_and_no_half_file(tmp_path: Path, monkeypatch, capsys):
    calls = {"n": 0}
    real = Screener.screen_many

    def flaky(self, items, locale=None, *, when=None):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(self, items, locale, when=when)

    monkeypatch.setattr(Screener, "screen_many", flaky)
    stdin = "\n".join(f"line {i}" for i in range(6)) + "\n"
    code, out, err = run_cli(["screen", "-l", "en-US", "--rules-only", "--batch-size", "2"], stdin,
                             monkeypatch, capsys)
    assert code == 130 and "interrupted" in err
    rows = [json.loads(line) for line in out.splitlines()]  # every printed line is complete JSON
    assert [r["id"] for r in rows] == [1, 2]
    calls["n"] = 0
    dest = tmp_path / "out.jsonl"
    code, _, _ = run_cli(["screen", "-l", "en-US", "--rules-only", "--batch-size", "2", "-o", str(dest)], stdin,
                         monkeypatch, capsys)
    assert code == 130 and not dest.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args,needle", [
    (["--model", "/nonexistent/model-dir"], "not found"),
    (["--device", "cuda"], "CUDA"),
])
def test_model_faults_exit_2_with_one_line(args, needle, monkeypatch, capsys):
    import torch

    if "cuda" in args and torch.cuda.is_available():
        pytest.skip("CUDA is present here")
    code, out, err = run_cli(["screen", "-l", "en-US", *args], "Have a beer\n", monkeypatch, capsys)
    assert code == 2 and out == ""
    assert err.startswith("localekit: error:") and err.count("\n") == 1 and needle in err


def test_corrupt_model_file(tmp_path: Path, monkeypatch, capsys):
    bad = tmp_path / "e5-small-q4.bin"
    bad.write_bytes(b"E5S1" + b"\0" * 100)
    code, out, err = run_cli(["screen", "-l", "en-US", "--model", str(bad)], "Have a beer\n", monkeypatch, capsys)
    assert code == 2 and out == "" and err.count("\n") == 1


def test_missing_or_corrupt_heads(tmp_path: Path, monkeypatch, capsys):
    from localekit.errors import ModelError
    from localekit.screen.heads import Heads

    with pytest.raises(ModelError, match="not found"):
        Heads.load(tmp_path)
    (tmp_path / "heads.json").write_text("{}", encoding="utf-8")
    (tmp_path / "heads.npz").write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(ModelError):
        Heads.load(tmp_path)


def test_rules_only_library_never_allows():
    scr = Screener(rules_only=True)
    v = scr.screen("Your package arrives on Tuesday.", "en-US")
    assert v["action"] == "review" and v["findings"][0]["code"] == "model-unavailable"


# --- hostile text: every input ends in a verdict or an item error, spans in bounds ----
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from screen_stub import KeywordBackend  # noqa: E402

_STUB = Screener(backend=KeywordBackend())
_PIECES = st.sampled_from([
    "beer", "b\u200beer", "ｂｅｅｒ", "bееr", "b33r", "Sie", "du", "13", "Frohe Weihnachten", "Happy Diwali",
    "🏳️\u200d🌈", "👩🏽\u200d💻", "e\u0301\u0301\u0301", "\u202e", "\ufeff", "Спасибо", "مرحبا", "你好", " ", "\n", "\t",
    "Endlösung", "\ud7ff", "\U0001f600", "ß", "İ", "ﬁ", "①",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(_PIECES, max_size=12).map("".join), st.text(max_size=80)),
       st.sampled_from(["de-DE", "ar-SA", "en-US", "ja-JP", "hi-IN"]))
def test_hostile_text_never_crashes(text, locale):
    v = _STUB.screen(text, locale)
    if "error" in v:
        assert v["error"]["code"] == "empty_text" and not has_visible_text(text)
        return
    assert v["action"] in ("allow", "revise", "review", "block")
    for f in v["findings"]:
        s, e = f["span"]
        assert 0 <= s <= e <= len(text)


def test_megabyte_item_is_bounded():
    text = ("Have a b\u200beer, ｆｒｅｅ b33r at room 13! " * 30_000)[:1_000_000]
    v = _STUB.screen(text, "de-DE")
    assert "error" not in v and "alcohol" in v["flagged"]
    codes = [f["code"] for f in v["findings"]]
    assert codes.count("obfuscation") <= 21 and codes.count("unlucky-number") <= 21
    assert Screener(backend=KeywordBackend(), max_chars=999_999).screen(text, "de-DE")["error"]["code"] == \
        "text_too_long"
