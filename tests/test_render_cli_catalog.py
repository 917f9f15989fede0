"""``localekit render`` CLI, the core catalog of every pack, and ``localekit.textwidth``."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from localekit.cli import cli
from localekit.commands.render import parse_arg
from localekit.errors import UsageError
from localekit.render import Renderer, Telephone
from localekit.textwidth import display_width, truncate

LOCALES = Path(__file__).resolve().parents[1] / "locales"
CORE_TAGS = sorted(p.parent.name for p in LOCALES.glob("*/core.ftl"))

CORE_ARGS = {
    "name": "Alex", "minutes": 5, "temperature": 21.5, "city": "Paris", "holiday": "Eid", "item": "photo.jpg",
    "items": ["A", "B", "C"], "count": 3, "amount": Decimal("12.5"), "currency": "EUR",
    "when": dt.datetime(2026, 12, 24, 18, 30, tzinfo=dt.UTC),
}


def _run(*args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(cli, ["render", *args])
    return res.exit_code, res.stdout, res.stderr


# --- CLI ------------------------------------------------------------------------------------
def test_cli_renders_with_args_formality_channel() -> None:
    code, out, _ = _run("--locale", "de-DE", "--id", "cart-count", "--arg", "count=1234", "--formality", "informal")
    assert code == 0 and out == "Du hast 1.234 Artikel im Warenkorb.\n"
    code, out, _ = _run("--locale", "de-DE", "--id", "timer-set", "--arg", "minutes=3", "--ssml")
    assert code == 0 and out.startswith('<speak xml:lang="de-DE">') and 'interpret-as="cardinal"' in out
    code, out, _ = _run("--locale", "en-US", "--id", "greeting", "--json")
    data = json.loads(out)
    assert code == 0 and data["attributes"] == {"title": "Welcome"} and data["locale"] == "en-US"
    code, out, _ = _run("--locale", "en-US", "--id", "error-retry.title", "--width", "8")
    assert code == 0 and out == "Somethi…\n"


def test_cli_errors(tmp_path: Path) -> None:
    code, _, err = _run("--locale", "de-DE", "--id", "no-such-message")
    assert code == 1 and "unknown message" in err
    code, _, err = _run("--locale", "de-DE", "--id", "price", "--arg", "amount=abc", "--arg", "currency=EUR")
    assert code == 1 and "CURRENCY" in err
    code, _, err = _run("--locale", "de-DE", "--id", "price", "--arg", "noequals")
    assert code == 2 and "name=value" in err  # a bad --arg is a usage error
    code, _, err = _run("--locale", "en-US", "--id", "greeting-name")  # missing argument
    assert code == 1 and "Unknown external: name" in err
    bad = tmp_path / "bad.ftl"
    bad.write_text("ok = fine\nbad = { $x\n", encoding="utf-8")
    code, _, err = _run("--locale", "en-US", "--id", "ok", "--ftl", str(bad))
    assert code == 2 and f"{bad}:3:1" in err and "Traceback" not in err
    res = CliRunner().invoke(cli, ["render", "--locale", "zz-Qqqq-999", "--id", "greeting"])
    assert res.exit_code != 0


def test_cli_exit_2_through_main(tmp_path: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "localekit.cli", "render", "--locale", "qq-XX", "--id", "x"],
                          capture_output=True, text=True, timeout=120)
    # the same one line as every other command gives for this tag (packs.load's error)
    assert proc.returncode == 2 and "invalid locale tag 'qq-XX'" in proc.stderr and "Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "localekit.cli", "render", "--locale", "en-US"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2


def test_arg_typing_convention() -> None:
    assert parse_arg("n=42") == ("n", 42)
    assert parse_arg("n=-1.50") == ("n", Decimal("-1.50"))
    assert parse_arg("d=2026-12-24") == ("d", dt.date(2026, 12, 24))
    assert parse_arg("d=2026-12-24T18:30Z")[1] == dt.datetime(2026, 12, 24, 18, 30, tzinfo=dt.UTC)
    assert parse_arg('xs=["a", "b"]') == ("xs", ["a", "b"])
    assert parse_arg("xs:list=a, b,c") == ("xs", ["a", "b", "c"])
    assert parse_arg("s:str=007") == ("s", "007")
    assert parse_arg("s=hello, world") == ("s", "hello, world")
    assert isinstance(parse_arg("p:tel=+1 555")[1], Telephone)
    for bad in ("x", "1x=2", "n:int=abc", "x:weird=1", "xs=[1,"):
        with pytest.raises(UsageError):
            parse_arg(bad)


# --- the core catalog of every pack ---------------------------------------------------------
@pytest.mark.parametrize("tag", CORE_TAGS)
def test_core_catalog_renders_without_errors(tag: str) -> None:
    r = Renderer(tag, paths=[LOCALES / tag / "core.ftl"], use_packs=False, reference=None)
    assert not r.syntax_errors(), r.syntax_errors()
    ids = r.message_ids()
    reference = Renderer("en-US", paths=[LOCALES / "en-US" / "core.ftl"], use_packs=False, reference=None)
    assert set(reference.message_ids()) <= set(ids), sorted(set(reference.message_ids()) - set(ids))
    for register in ("formal", "informal"):
        for channel in ("screen", "voice"):
            for mid in ids:
                got = r.render_message(mid, CORE_ARGS, formality=register, channel=channel)
                assert not got.errors, (mid, got.errors)
                assert got.value and "???" not in got.value


# --- textwidth ------------------------------------------------------------------------------
def test_display_width() -> None:
    assert display_width("hello") == 5
    assert display_width("日本語") == 6
    assert display_width("Ｆｕｌｌ") == 8
    assert display_width("e\u0301") == 1  # combining mark
    assert display_width("👨‍👩‍👧‍👦") == 2  # ZWJ sequence
    assert display_width("🇩🇪") == 2  # flag
    assert display_width("❤️") == 2  # VS16
    assert display_width("\u2068abc\u2069") == 3  # isolates take no cell
    assert display_width("สวัสดี") == 4  # Thai vowels/tones above are zero width
    assert display_width("") == 0


def test_truncate() -> None:
    assert truncate("short", 10) == "short"
    out = truncate("日本語のテキストです", 7, locale="ja")
    assert out == "日本語…" and display_width(out) <= 7
    out = truncate("Hello wonderful world", 16, locale="en")
    assert out == "Hello wonderful…"
    fam = "ab👨‍👩‍👧‍👦cd"
    assert truncate(fam, 4) in ("ab…", "ab👨‍👩‍👧‍👦…"[:0] + "ab…")
    assert "\u200d" not in truncate(fam, 4)
    thai = "สวัสดีครับยินดีต้อนรับ"
    out = truncate(thai, 6, locale="th")
    assert display_width(out) <= 6 and thai.startswith(out[:-1])
    iso = truncate("x \u2068long argument text\u2069 y", 8)
    assert iso.count("\u2068") == iso.count("\u2069")
    assert truncate("abc", 0) == ""
