"""`localekit coverage`, `scaffold`, `audit --all`, screening and rendering in locales without a curated pack."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from localekit.cli import cli
from localekit.packs import available, load

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("cov") / "coverage.json"
    res = run("coverage", "--format", "json", "--output", str(out), "--year", "2026")
    assert res.exit_code == 0 and res.output == ""
    return json.loads(out.read_text(encoding="utf-8"))


def test_coverage_json_lists_every_locale(report):
    locales = report["locales"]
    assert len(locales) >= 1000
    keys = {"tag", "status", "scripts", "direction", "numbering", "holidays", "register", "register_source",
            "screener"}
    assert all(keys <= set(e) for e in locales)
    by_tag = {e["tag"]: e for e in locales}
    assert len(by_tag) == len(locales)
    assert {t for t, e in by_tag.items() if e["status"] == "curated"} == set(available())
    s = report["summary"]
    assert s["locales"] == len(locales) and sum(s["by_status"].values()) == len(locales)
    assert sum(s["screener"].values()) == len(locales)
    # one locale in full, against the pack itself
    ur = by_tag["ur-IN"]
    pack = load("ur-IN")
    assert (ur["status"], ur["numbering"], ur["direction"], ur["scripts"]) == ("derived", "arabext", "rtl", ["Arab"])
    assert ur["register_source"] == "curated:ur-PK" and ur["screener"]["level"] == "trained"
    assert ur["holidays"]["country"] == "IN" and len(ur["holidays"]["days"]) == len(pack.holidays(2026))
    assert by_tag["de-DE"]["register_source"] == "curated:de-DE"
    assert by_tag["nn-NO"]["register_source"] == "unknown" and by_tag["nn-NO"]["register"] == "neutral"


def test_screener_levels(report):
    by_tag = {e["tag"]: e["screener"]["level"] for e in report["locales"]}
    assert by_tag["de-DE"] == "trained"
    assert by_tag["et-EE"] == "reads"  # Estonian is an XLM-R pretraining language nobody measured
    assert by_tag["tum-MW"] == "script_only"
    assert by_tag["chr-US"] == "unsupported_script"  # Cherokee syllabary: <unk> to the encoder


def test_population_reach_is_ordered(report):
    pop = report["summary"]["population"]
    assert 7e9 < pop["world_population"] < 9e9
    assert 0 < pop["curated"] < pop["curated_or_derived"] <= 1
    assert pop["screener_trained"] <= pop["screener_model"] <= 1
    assert pop["curated_or_derived"] >= 0.9  # CLDR resolves every listed language


def test_coverage_text_summary():
    res = run("coverage")
    assert res.exit_code == 0
    last = res.output.strip().splitlines()
    assert last[0].split()[:2] == ["tag", "status"]
    assert "locales:" in last[-3] and last[-1].startswith("world population reached")


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_html_report_renders_in_a_browser(tmp_path):
    """The report opens in headless Chromium and its screenshot shows the plots (not a blank page)."""
    out = tmp_path / "coverage.html"
    assert run("coverage", "--format", "html", "--output", str(out)).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert html.count("<svg") == 4 and "<td>ur-IN</td>" in html
    browser = _chromium()
    if browser is None:
        reason = "chromium not installed (apt-get install chromium)"
        if os.environ.get("LOCALEKIT_REQUIRE_SHARED") == "1":
            pytest.fail(reason + "; .ci/run installs it and LOCALEKIT_REQUIRE_SHARED=1 forbids skipping")
        pytest.skip(reason)
    shot = tmp_path / "shot.png"
    proc = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                           "--window-size=1280,1600", f"--screenshot={shot}", out.as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert shot.is_file(), proc.stderr[-2000:]
    import numpy as np
    from PIL import Image

    img = np.asarray(Image.open(shot).convert("RGB")).astype(int)
    assert img.shape == (1600, 1280, 3)
    non_white = (img.sum(axis=2) < 720).mean()
    assert non_white > 0.03, non_white
    curated_green = np.array([0x1F, 0x6F, 0x43])  # the plots' "curated" bars
    assert (np.abs(img - curated_green).max(axis=2) < 12).sum() > 200


def test_scaffold_is_accepted_by_audit(tmp_path):
    res = run("scaffold", "sw-TZ", "--out", str(tmp_path))
    assert res.exit_code == 0, res.output
    folder = tmp_path / "sw-TZ"
    text = (folder / "pack.yaml").read_text(encoding="utf-8")
    assert "numbering_system: latn" in text and "country: TZ" in text and "sw-KE" in text
    assert (folder / "core.ftl").is_file()
    res = CliRunner().invoke(cli, ["audit", "--format", "json", str(tmp_path)], catch_exceptions=False)
    assert res.exit_code == 0
    data = json.loads(res.output)
    assert data["summary"]["errors"] == 0
    todos = [f for p in data["packs"] for f in p["findings"] if f["rule"] == "todo"]
    assert len(todos) >= 3 and all(f["severity"] == "warning" for f in todos)
    lines = text.splitlines()
    assert all("TODO" in lines[f["line"] - 1] for f in todos)
    # a second scaffold never overwrites, and curated tags are refused
    again = subprocess.run([sys.executable, "-m", "localekit.cli", "scaffold", "sw-TZ", "--out", str(tmp_path)],
                           capture_output=True, text=True)
    assert again.returncode == 2 and "already exists" in again.stderr and "Traceback" not in again.stderr
    curated = subprocess.run([sys.executable, "-m", "localekit.cli", "scaffold", "de-DE", "--out", str(tmp_path)],
                             capture_output=True, text=True)
    assert curated.returncode == 2 and "a curated pack for de-DE exists" in curated.stderr


def test_scaffold_without_a_same_language_pack(tmp_path):
    assert run("scaffold", "et-EE", "--out", str(tmp_path)).exit_code == 0
    text = (tmp_path / "et-EE" / "pack.yaml").read_text(encoding="utf-8")
    assert "default: neutral" in text and "TODO: decide the default register" in text
    assert not (tmp_path / "et-EE" / "core.ftl").exists()


def test_audit_all_is_clean():
    res = CliRunner().invoke(cli, ["audit", "--all", "--format", "json"], catch_exceptions=False)
    data = json.loads(res.output)
    assert res.exit_code == 0, [f for p in data["packs"] for f in p["findings"] if f["severity"] == "error"][:5]
    assert data["summary"]["packs"] >= 1000 and data["summary"]["errors"] == 0
    assert sum(p["path"].startswith("derived:") for p in data["packs"]) >= 1000


def test_screen_any_valid_locale():
    proc = subprocess.run([sys.executable, "-m", "localekit.cli", "screen", "--locale", "et-EE", "--rules-only"],
                          input="Tere! Kuidas ma saan teid aidata?\n", capture_output=True, text=True)
    row = json.loads(proc.stdout)
    assert row["locale"] == "et-EE" and "error" not in row and row["action"] == "review"  # rules-only: review
    bad = subprocess.run([sys.executable, "-m", "localekit.cli", "screen", "--locale", "tlh-XX", "--rules-only"],
                         input="Hello\n", capture_output=True, text=True)
    assert bad.returncode == 2 and "no CLDR data for language 'tlh'" in bad.stderr


def test_screener_takes_policy_from_the_derived_pack():
    from localekit.screen import Screener

    screener = Screener(rules_only=True)
    eg = screener.screen("Merry Christmas!", "ar-EG")
    sa = screener.screen("Merry Christmas!", "ar-SA")
    assert not any("avoids christmas" in f["message"] for f in eg["findings"])
    assert any("avoids christmas" in f["message"] for f in sa["findings"])


def test_render_states_its_fallback():
    proc = subprocess.run([sys.executable, "-m", "localekit.cli", "render", "--locale", "et-EE", "--id", "greeting"],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and "no et-EE catalog has 'greeting'; rendered from en-US" in proc.stderr
    same = subprocess.run([sys.executable, "-m", "localekit.cli", "render", "--locale", "de-AT", "--id", "greeting"],
                          capture_output=True, text=True)
    assert same.returncode == 0 and same.stderr == ""
    bad = subprocess.run([sys.executable, "-m", "localekit.cli", "render", "--locale", "tlh-XX", "--id", "greeting"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stdout == "" and "no CLDR data for language 'tlh'" in bad.stderr


def test_derived_locales_number_as_cldr_says_when_rendered():
    from localekit.render import render

    assert render("ur-IN", "cart-count", {"count": 1234}).count("۱٬۲۳۴") == 1
    assert "1.234" in render("ar-MA", "cart-count", {"count": 1234})
    assert "1,234" in render("bn-IN", "cart-count", {"count": 1234})
