"""`localekit audit`: every rule fires on a broken copy of a real pack and stays quiet on the original."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from localekit.audit import run_audit
from localekit.cli import cli
from localekit.resources import locales_dir

SOURCE = locales_dir() / "de-DE"


def make_pack(tmp_path: Path, edit=None, name: str = "de-DE") -> Path:
    """A copy of the real de-DE pack in ``tmp_path/<name>``, with ``edit(text) -> text`` applied."""
    dest = tmp_path / name
    shutil.copytree(SOURCE, dest)
    if edit:
        p = dest / "pack.yaml"
        new = edit(p.read_text(encoding="utf-8"))
        assert new != p.read_text(encoding="utf-8"), "the edit must change the pack"
        p.write_text(new, encoding="utf-8")
    return dest


def findings(folder: Path, rule: str | None = None):
    report = run_audit([folder])
    return [f for f in report.findings if rule is None or f.rule == rule]


def run_cli(*args: str):
    return CliRunner().invoke(cli, ["audit", *args], standalone_mode=False, catch_exceptions=True)


def test_bundled_packs_have_no_errors():
    report = run_audit()
    errors = [f for f in report.findings if f.severity == "error"]
    assert errors == [], "\n".join(f"{f.location()}: {f.rule}: {f.message}" for f in errors)
    assert report.summary()["packs"] == len(list(locales_dir().glob("*/pack.yaml")))


def test_massive_locales_all_have_packs():
    massive = """
        af-ZA am-ET ar-SA az-AZ bn-BD ca-ES cy-GB da-DK de-DE el-GR en-US es-ES fa-IR
        fi-FI fr-FR he-IL hi-IN hu-HU hy-AM id-ID is-IS it-IT ja-JP jv-ID ka-GE km-KH
        kn-IN ko-KR lv-LV ml-IN mn-MN ms-MY my-MM nb-NO nl-NL pl-PL pt-PT ro-RO ru-RU
        sl-SI sq-AL sv-SE sw-KE ta-IN te-IN th-TH tl-PH tr-TR ur-PK vi-VN zh-CN zh-TW
    """.split()
    assert len(massive) == 52
    missing = [t for t in massive if not (locales_dir() / t / "pack.yaml").is_file()]
    assert missing == []


def test_original_copy_is_clean(tmp_path):
    assert findings(make_pack(tmp_path)) == []


def test_schema_unknown_key_did_you_mean(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace("display:", "dispaly:"))
    fs = findings(pack, "schema")
    unknown = [f for f in fs if "unknown key 'dispaly'" in f.message]
    assert unknown and "did you mean 'display'" in unknown[0].message
    line = (pack / "pack.yaml").read_text(encoding="utf-8").splitlines().index("dispaly:") + 1
    assert unknown[0].line == line


def test_schema_wrong_type_and_enum(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace("  title: 28", "  title: wide").replace(
        "default: formal", "default: polite"))
    msgs = [f.message for f in findings(pack, "schema")]
    assert any("display.title" in m and "integer" in m for m in msgs)
    assert any("formality.default" in m and "polite" in m for m in msgs)


def test_malformed_yaml_cli_exit_1_with_file_line(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace("scripts: [Latn]", "scripts: [Latn"))
    before = (pack / "pack.yaml").read_bytes()
    result = run_cli(str(pack))
    assert result.exit_code == 1, result.output
    assert f"{pack / 'pack.yaml'}:" in result.output and "invalid YAML" in result.output
    assert (pack / "pack.yaml").read_bytes() == before  # never modified


@pytest.mark.parametrize("payload, expect", [
    ("x: !!python/object/apply:os.system [echo hi]\n", "not allowed"),
    ("a: &a [1, 2]\nb: [*a, *a]\n", "aliases"),
    ("tag: de-DE\ntag: de-AT\n", "duplicate key"),
])
def test_hostile_yaml_refused(tmp_path, payload, expect):
    pack = make_pack(tmp_path)
    (pack / "pack.yaml").write_text(payload, encoding="utf-8")
    fs = findings(pack, "schema")
    assert fs and expect in fs[0].message and fs[0].line


def test_tag_rule(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace("tag: de-DE", "tag: de-AT"))
    msgs = [f.message for f in findings(pack, "tag")]
    assert any("differs from its folder name" in m for m in msgs)
    assert any("region 'DE' does not match" in m for m in msgs)
    pack2 = make_pack(tmp_path / "b", lambda t: t.replace("tag: de-DE", "tag: de-de"))
    assert any("not canonical" in f.message for f in findings(pack2, "tag"))


def test_script_rule(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace("scripts: [Latn]", "scripts: [Cyrl, Xyzw]"))
    msgs = [f.message for f in findings(pack, "script")]
    assert any("'Xyzw' is not an ISO 15924 code" in m for m in msgs)
    assert any("implausible" in m and "'Latn'" in m for m in msgs)
    pack2 = make_pack(tmp_path / "b", lambda t: t.replace("direction: ltr", "direction: rtl"))
    assert any("direction" in f.message for f in findings(pack2, "script"))


def test_numbering_rule(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace("numbering_system: latn", "numbering_system: thai"))
    fs = findings(pack, "numbering")
    assert fs and "thai" in fs[0].message


def test_holidays_rule(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace("  country: DE", "  country: QQ"))
    assert any("QQ" in f.message for f in findings(pack, "holidays"))
    pack2 = make_pack(tmp_path / "b", lambda t: t.replace("subdivision: null", "subdivision: ZZ"))
    assert any("subdivision 'ZZ'" in f.message for f in findings(pack2, "holidays"))
    pack3 = make_pack(tmp_path / "c", lambda t: t.replace("  language: de\n", "  language: ja\n"))
    assert any("no 'ja' names" in f.message for f in findings(pack3, "holidays"))
    pack4 = make_pack(tmp_path / "d", lambda t: t.replace("categories: [public]", "categories: [public, bogus]"))
    assert any("category 'bogus'" in f.message for f in findings(pack4, "holidays"))


def test_holiday_ids_rule(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace("greet: [new_year,", "greet: [xmas, new_year,").replace(
        "avoid: []", "avoid: [easter]").replace("observances: []", "observances: [{id: carnival}]"))
    msgs = [f.message for f in findings(pack, "holiday-ids")]
    assert any("unknown holiday id 'xmas'" in m for m in msgs)
    assert any("'easter' is both greeted and avoided" in m for m in msgs)
    assert any("unknown observance 'carnival'" in m for m in msgs)


def test_formality_rule(tmp_path):
    def strip_formal(text: str) -> str:
        start = text.index("    formal:\n")
        end = text.index("    informal:\n")
        return text[:start] + "    formal:\n      markers: []\n" + text[end:]

    pack = make_pack(tmp_path, strip_formal)
    assert any("has no markers" in f.message for f in findings(pack, "formality"))
    pack2 = make_pack(tmp_path / "b", lambda t: t.replace("regex: '(?:du|Du", "regex: '(?:du|(Du"))
    assert any("does not compile" in f.message for f in findings(pack2, "formality"))
    pack3 = make_pack(tmp_path / "c", lambda t: t.replace('example: "dein Konto"', 'example: "unser Konto"'))
    assert any("does not match its own example" in f.message for f in findings(pack3, "formality"))


def test_formality_rule_neutral_examples(tmp_path):
    """A neutral look-alike that a marker fires on is reported with its line; a sentence-initial
    "Sie" ("they") is not a hit because of the marker's context."""
    fired = make_pack(tmp_path, lambda t: t.replace(
        '    - "Sie kamen gestern an und fuhren heute weiter."',
        '    - "Sie kamen gestern an und fuhren heute weiter."\n    - "Kommst du morgen?"'))
    fs = findings(fired, "formality")
    assert len(fs) == 1 and "fires on the neutral example 'Kommst du morgen?' at 'du'" in fs[0].message
    lines = (fired / "pack.yaml").read_text(encoding="utf-8").splitlines()
    assert fs[0].line is not None and "Kommst du" in lines[fs[0].line - 1]
    missing = make_pack(tmp_path / "b", lambda t: t.replace("  neutral_examples:\n", "  other_examples:\n"))
    assert any("neutral_examples" in f.message for f in findings(missing))


def test_policy_rule(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace(
        "  overrides: {}", "  overrides:\n    porc: {action: revise, reason: test}"))
    fs = findings(pack, "policy")
    assert fs and "unknown topic 'porc'" in fs[0].message and "did you mean 'pork'" in fs[0].message
    assert fs[0].line is not None


def test_display_rule(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace("  button: 14", "  button: 40"))
    assert any("button budget 40 exceeds title budget" in f.message for f in findings(pack, "display"))


def test_ftl_syntax_rule(tmp_path):
    pack = make_pack(tmp_path)
    (pack / "core.ftl").write_text("ok = fine\nbroken = { $x\nalso-ok = yes\n", encoding="utf-8")
    fs = findings(pack, "ftl-syntax")
    assert len(fs) == 1 and fs[0].line == 2 and fs[0].path.endswith("core.ftl")


def test_path_rule_symlink_escape(tmp_path):
    pack = make_pack(tmp_path)
    outside = tmp_path / "secret.ftl"
    outside.write_text("x = y\n", encoding="utf-8")
    os.symlink(outside, pack / "evil.ftl")
    assert any("outside the pack" in f.message for f in findings(pack, "path"))


def test_aliases_and_duplicate_tag_rules(tmp_path):
    root = tmp_path / "locales"
    make_pack(root)
    make_pack(root, lambda t: t.replace("aliases: [de]", "aliases: [de, de-DE]").replace(
        "tag: de-DE", "tag: de-CH").replace("region: DE", "region: CH"), name="de-CH")
    make_pack(root, name="de-DE-copy")  # claims tag de-DE a second time
    report = run_audit([root])
    by_rule = {f.rule for f in report.findings}
    assert "aliases" in by_rule and "duplicate-tag" in by_rule
    alias_msgs = [f.message for f in report.findings if f.rule == "aliases"]
    assert any("'de' is also claimed" in m for m in alias_msgs)
    assert any("tag of another pack" in m for m in alias_msgs)


def test_cli_json_shape_and_exit_codes(tmp_path):
    good = run_cli("--format", "json", str(make_pack(tmp_path)))
    assert good.exit_code == 0
    data = json.loads(good.output)
    assert data["summary"] == {"packs": 1, "errors": 0, "warnings": 0}
    assert set(data["packs"][0]) == {"locale", "path", "findings"}
    bad = run_cli("--format", "json", str(make_pack(tmp_path / "x", lambda t: t.replace("display:", "dispaly:"))))
    assert bad.exit_code == 1
    f = json.loads(bad.output)["packs"][0]["findings"][0]
    assert set(f) == {"rule", "severity", "path", "line", "message"}


def test_cli_missing_path_is_usage_error(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "localekit.cli", "audit", str(tmp_path / "nope")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "no such file or directory" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_holiday_greet_rule(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace("greet: [new_year,", "greet: [diwali, new_year,"))
    fs = findings(pack, "holiday-greet")
    assert len(fs) == 1 and "'diwali' never occurs" in fs[0].message and fs[0].severity == "info"
    assert findings(make_pack(tmp_path / "ok"), "holiday-greet") == []  # Christmas etc. do occur in DE


def test_tl_ph_is_accepted_although_cldr_prefers_fil():
    from localekit.packs import load

    assert load("tl-PH").tag == "tl-PH"
    assert load("fil-PH").tag == "tl-PH"


def test_policy_reason_must_cite_a_year(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace(
        "  overrides: {}", "  overrides:\n    pork: {action: revise, reason: \"Pork is rarely eaten.\"}"))
    fs = [f for f in findings(pack, "policy") if "no law or source with a year" in f.message]
    assert len(fs) == 1 and fs[0].severity == "warning" and "'pork'" in fs[0].message
    cited = make_pack(tmp_path / "cited", lambda t: t.replace(
        "  overrides: {}", "  overrides:\n    pork: {action: revise, reason: \"Banned (Food Act 1999, s.4).\"}"))
    assert findings(cited, "policy") == []


def test_holiday_greeting_rule(tmp_path):
    # A greeting for an avoided holiday is an error; a greeted id without its own variant a warning.
    pack = make_pack(tmp_path, lambda t: t.replace("  avoid: []", "  avoid: [easter]").replace(
        "greet: [new_year, easter,", "greet: [new_year, diwali,"))
    fs = findings(pack, "greeting-variants")
    avoided = [f for f in fs if "'easter', which the pack avoids" in f.message]
    assert len(avoided) == 1 and avoided[0].severity == "error" and avoided[0].path.endswith("core.ftl")
    ftl = (pack / "core.ftl").read_text(encoding="utf-8").splitlines()
    assert ftl[avoided[0].line - 1].strip().startswith("[easter]")
    missing = [f for f in fs if "'diwali' has no variant" in f.message]
    assert len(missing) == 1 and missing[0].severity == "warning"
    ftl_path = pack / "core.ftl"
    ftl_path.write_text(ftl_path.read_text(encoding="utf-8").replace("[easter]", "[eastr]"), encoding="utf-8")
    unknown = [f for f in findings(pack, "greeting-variants") if "'eastr' is not a holiday id" in f.message]
    assert unknown and "did you mean 'easter'" in unknown[0].message


def test_holiday_comment_rule(tmp_path):
    # The comment claims German Unity Day has no id, but python-holidays' DE calendar tags it.
    pack = make_pack(tmp_path, lambda t: t.replace(
        "  greet: [new_year,",
        "  # German Unity Day has no holiday id yet, so it is not greeted.\n  greet: [new_year,"))
    fs = findings(pack, "holiday-comment")
    assert len(fs) == 1 and fs[0].severity == "warning"
    assert "German Unity Day" in fs[0].message and "national_day" in fs[0].message and "2026-10-03" in fs[0].message
    lines = (pack / "pack.yaml").read_text(encoding="utf-8").splitlines()
    assert "has no holiday id" in lines[fs[0].line - 1]
    # A comment that only says a day is not greeted contradicts nothing.
    quiet = make_pack(tmp_path / "quiet", lambda t: t.replace(
        "  greet: [new_year,", "  # All Saints' Day is a day of remembrance: not greeted.\n  greet: [new_year,"))
    assert findings(quiet, "holiday-comment") == []



def test_holidays_language_null_although_python_holidays_has_it(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace("  language: de\n", "  language: null\n", 1))
    fs = [f for f in findings(pack, "holidays") if "has 'de' names" in f.message]
    assert len(fs) == 1 and fs[0].severity == "warning"


def test_holiday_ids_rule_rejects_greeting_a_day_of_mourning(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace("greet: [new_year,", "greet: [good_friday, new_year,"))
    fs = [f for f in findings(pack, "holiday-ids") if "mourning or remembrance" in f.message]
    assert len(fs) == 1 and fs[0].severity == "error" and "'good_friday'" in fs[0].message


def test_todo_rule_warns_per_marker(tmp_path):
    pack = make_pack(tmp_path, lambda t: t.replace("display:", "# TODO: measure the buttons\ndisplay:"))
    fs = findings(pack, "todo")
    lines = (pack / "pack.yaml").read_text(encoding="utf-8").splitlines()
    assert [(f.severity, lines[f.line - 1]) for f in fs] == [("warning", "# TODO: measure the buttons")]
    assert fs[0].message == "TODO left: measure the buttons"


def test_holiday_name_language_is_asked_for_only_in_the_pack_script(tmp_path):
    """python-holidays names Azerbaijan's holidays in Latin-script Azerbaijani: a Latin az pack
    without holidays.language is told to set it; a Cyrillic az pack (derived az-Cyrl) is not."""
    from localekit.audit import audit_derived, audit_pack

    assert not [f for f in audit_derived("az-Cyrl-AZ").findings if "holidays.language" in f.message]
    pack = tmp_path / "az-AZ"
    shutil.copytree(locales_dir() / "az-AZ", pack)
    text = (pack / "pack.yaml").read_text(encoding="utf-8")
    assert "\n  language: az\n" in text  # holidays.language
    (pack / "pack.yaml").write_text(text.replace("\n  language: az\n", "\n"), encoding="utf-8")
    found = [f for f in audit_pack(pack).findings if "holidays.language" in f.message]
    assert found and "set it to 'az'" in found[0].message
