"""The screener's CPU threads option: library, environment and command line set torch's intra-op
thread count, and bad values are one clear line (exit 2 on the command line)."""

from __future__ import annotations

import io

import pytest
import torch
from screen_stub import KeywordBackend

from localekit.cli import main
from localekit.errors import UsageError
from localekit.screen import screener as screener_mod
from localekit.screen.device import configure_threads
from localekit.screen.screener import Screener, get_screener
from localekit.screen.threads import ENV, default_threads, parse_threads, resolve_threads, usable_cpus


@pytest.fixture(autouse=True)
def _restore_threads(monkeypatch):
    before = torch.get_num_threads()
    monkeypatch.setenv(ENV, "auto")  # undone to the original state, also after check --threads sets it
    monkeypatch.delenv(ENV)
    yield
    torch.set_num_threads(before)


def other_than_now() -> int:
    """A thread count different from torch's current one (so a test sees the change)."""
    return 1 if torch.get_num_threads() != 1 else 2


def test_screener_threads_sets_torch_intra_op_threads():
    n = other_than_now()
    scr = Screener(backend=KeywordBackend(), threads=n)
    assert torch.get_num_threads() == n and scr.threads == n
    assert scr.screen("Ein Bier, bitte.", "de-DE")["flagged"] == ["alcohol"]


def test_zero_leaves_torch_alone_and_rules_only_never_touches_torch():
    torch.set_num_threads(2)
    assert Screener(backend=KeywordBackend(), threads=0).threads == 2 and torch.get_num_threads() == 2
    assert Screener(rules_only=True, threads=1).threads is None and torch.get_num_threads() == 2


def test_configure_threads_env_and_default(monkeypatch):
    n = other_than_now()
    monkeypatch.setenv(ENV, str(n))
    assert configure_threads() == n == torch.get_num_threads()
    assert configure_threads(3) == 3  # explicit beats the environment
    monkeypatch.setenv(ENV, "auto")
    assert resolve_threads() == default_threads() == max(1, usable_cpus() // 2)
    assert default_threads(processes=usable_cpus()) == 1


def test_loaded_model_runs_with_the_threads_asked_for():
    n = other_than_now()
    scr = get_screener(None, "cpu", threads=n)  # the cached model; threads applied to the process
    assert torch.get_num_threads() == n and scr.threads == n
    m = 1 if n != 1 else 2
    assert screener_mod.screen("Hallo!", "de-DE", device="cpu", threads=m)["action"] == "allow"
    assert torch.get_num_threads() == m


@pytest.mark.parametrize("bad", [-1, 1025, "two", "1.5", 2.0, True, [1]])
def test_bad_values_are_one_clear_line(bad):
    with pytest.raises(UsageError) as err:
        Screener(backend=KeywordBackend(), threads=bad)
    text = str(err.value)
    assert "\n" not in text and "threads" in text and "e.g." in text


def test_bad_environment_value_names_the_variable(monkeypatch):
    monkeypatch.setenv(ENV, "lots")
    with pytest.raises(UsageError, match=r"LOCALEKIT_THREADS='lots': expected a whole number"):
        configure_threads()
    assert parse_threads(" 4 ") == 4 and parse_threads("AUTO") is None


def run_cli(args: list[str], monkeypatch, capsys, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_threads_takes_effect(monkeypatch, capsys):
    n = other_than_now()
    code, out, err = run_cli(["screen", "--locale", "de-DE", "--threads", str(n)], monkeypatch, capsys,
                             "Guten Tag!\n")
    assert code == 0 and '"action": "allow"' in out, err
    assert torch.get_num_threads() == n


@pytest.mark.parametrize("args", [["screen", "--locale", "de-DE", "--threads", "-1"],
                                  ["eval", "--threads", "x"], ["train", "--threads", "9999"]])
def test_cli_bad_threads_exit_2_in_one_line(args, monkeypatch, capsys):
    code, out, err = run_cli(args, monkeypatch, capsys)
    assert code == 2 and not out and err.count("\n") == 1 and "--threads" in err, err


def test_cli_bad_environment_exit_2_in_one_line(monkeypatch, capsys):
    monkeypatch.setenv(ENV, "-3")
    code, out, err = run_cli(["screen", "--locale", "de-DE"], monkeypatch, capsys, "Hallo\n")
    assert code == 2 and not out
    assert err == "localekit: error: LOCALEKIT_THREADS='-3': expected a whole number of threads (0 keeps " \
                  "torch's setting) or 'auto' (e.g. LOCALEKIT_THREADS=1)\n"


def test_check_threads_reaches_the_screener(tmp_path, monkeypatch, capsys):
    from localekit.check import api

    (tmp_path / "en").mkdir()
    (tmp_path / "l10n" / "de").mkdir(parents=True)
    (tmp_path / "en" / "a.ftl").write_text("a = Have a beer\n", encoding="utf-8")
    (tmp_path / "l10n" / "de" / "a.ftl").write_text("a = Trink ein Bier\n", encoding="utf-8")
    seen = {}

    def make_screener(threads=None):  # what get_screener does when it loads the model
        seen["threads"] = configure_threads(threads)
        return Screener(backend=KeywordBackend())

    monkeypatch.setattr(api, "make_screener", make_screener)
    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(tmp_path / "cache"))
    n = other_than_now()
    code, _, err = run_cli(["check", str(tmp_path / "en"), str(tmp_path / "l10n"), "de", "--screen",
                            "--threads", str(n)], monkeypatch, capsys)
    assert code in (0, 1), err
    assert seen["threads"] == n == torch.get_num_threads()
