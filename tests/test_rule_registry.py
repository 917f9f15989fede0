"""Driven by the registries: every rule of audit, check and screen has a true positive and a near miss.

A rule added to any registry without cases here fails ``test_every_rule_has_cases``; each case runs the
real command path (audit on a copy of a real pack, check on small FTL trees, the screener with a
keyword stand-in for the model) and asserts that the rule fires on the true positive and stays
quiet on the near miss.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from screen_stub import KeywordBackend
from test_check_rules import CASES as CHECK_FTL_CASES

from localekit import rules as rulebook
from localekit.audit import run_audit
from localekit.check import api
from localekit.cli import cli
from localekit.findings import RULE_ID
from localekit.resources import locales_dir
from localekit.screen.screener import Screener

REPO = Path(__file__).resolve().parents[1]


# --- audit: edits of a copy of the real de-DE pack --------------------------------------------------
Edit = Callable[[Path], None]


def replace(old: str, new: str, name: str = "pack.yaml") -> Edit:
    def edit(folder: Path) -> None:
        p = folder / name
        text = p.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {p}"
        p.write_text(text.replace(old, new, 1), encoding="utf-8")
    return edit


def append(text: str, name: str) -> Edit:
    def edit(folder: Path) -> None:
        with open(folder / name, "a", encoding="utf-8") as fh:
            fh.write(text)
    return edit


def symlink(target: str) -> Edit:
    """``extra.ftl`` -> ``target`` (relative to the pack folder; ``../x`` is outside the pack)."""
    def edit(folder: Path) -> None:
        dest = (folder / target).resolve()
        if not dest.exists():
            dest.write_text("outside = Draußen\n", encoding="utf-8")
        (folder / "extra.ftl").symlink_to(dest)
    return edit


# rule -> (packs of the true positive, packs of the near miss); a pack is (folder name, edits)
AUDIT_CASES: dict[str, tuple[list[tuple[str, list[Edit]]], list[tuple[str, list[Edit]]]]] = {
    "schema": ([("de-DE", [replace("display:", "dispaly:")])],
               [("de-DE", [replace("  title: 28", "  title: 27")])]),
    "tag": ([("de-DE", [replace("tag: de-DE", "tag: de-AT")])],
            [("de-AT", [replace("tag: de-DE", "tag: de-AT"), replace("region: DE", "region: AT"),
                        replace("country: DE", "country: AT"), replace("aliases: [de]", "aliases: []")])]),
    "script": ([("de-DE", [replace("scripts: [Latn]", "scripts: [Cyrl]")])],
               [("de-DE", [replace("scripts: [Latn]", "scripts: [Latn, Cyrl]")])]),
    "numbering": ([("de-DE", [replace("numbering_system: latn", "numbering_system: arab")])],
                  [("hi-IN", [replace("numbering_system: latn", "numbering_system: deva")])]),
    "holidays": ([("de-DE", [replace("subdivision: null", "subdivision: XX")])],
                 [("de-DE", [replace("subdivision: null", "subdivision: BY")])]),
    "holiday-ids": ([("de-DE", [replace("greet: [new_year,", "greet: [no_such_day, new_year,")])],
                    [("de-DE", [replace("greet: [new_year,", "greet: [labour_day, new_year,")])]),
    "holiday-greet": ([("de-DE", [replace("greet: [new_year,", "greet: [thanksgiving, new_year,")])],
                      [("de-DE", [replace("greet: [new_year,", "greet: [whit_monday, new_year,")])]),
    "formality": ([("de-DE", [replace("example: \"dein Konto\"", "example: \"das Konto\"")])],
                  [("de-DE", [replace("example: \"dein Konto\"", "example: \"deine Bestellung\"")])]),
    "policy": ([("de-DE", [replace("overrides: {}", "overrides: {porc: {action: revise, reason: x}}")])],
               [("de-DE", [replace("overrides: {}", "overrides: {pork: {action: revise, "
                                   "reason: \"Food Safety Act art. 3 (2024)\"}}")])]),
    "display": ([("de-DE", [replace("button: 14", "button: 40")])],
                [("de-DE", [replace("button: 14", "button: 28")])]),
    "ftl-syntax": ([("de-DE", [append("\nbroken = { $x\n", "core.ftl")])],
                   [("de-DE", [append("\nfine = { $x }\n", "core.ftl")])]),
    "path": ([("de-DE", [symlink("../outside.ftl")])],
             [("de-DE", [symlink("core.ftl")])]),
    "greeting-variants": ([("de-DE", [replace("  avoid: []", "  avoid: [easter]"),
                                      replace("greet: [new_year, easter,", "greet: [new_year,")])],
                          [("de-DE", [replace("  avoid: []", "  avoid: [diwali]")])]),
    "holiday-comment": ([("de-DE", [replace("  greet: [new_year,", "  # German Unity Day has no holiday id yet, "
                                            "so it is not greeted.\n  greet: [new_year,")])],
                        [("de-DE", [replace("  greet: [new_year,", "  # All Saints' Day is a day of remembrance: "
                                            "not greeted.\n  greet: [new_year,")])]),
    "todo": ([("de-DE", [append("\n# TODO: decide the register\n", "pack.yaml")])],
             [("de-DE", [append("\n# decided: formal register\n", "pack.yaml")])]),
    "aliases": ([("de-DE", []), ("de-AT", [replace("tag: de-DE", "tag: de-AT"), replace("region: DE", "region: AT"),
                                            replace("country: DE", "country: AT")])],
                [("de-DE", []), ("de-AT", [replace("tag: de-DE", "tag: de-AT"), replace("region: DE", "region: AT"),
                                            replace("country: DE", "country: AT"),
                                            replace("aliases: [de]", "aliases: [de-AT-x-shop]")])]),
    "duplicate-tag": ([("de-DE", []), ("de-DE-x", [])],
                      [("de-DE", []), ("de-AT", [replace("tag: de-DE", "tag: de-AT"),
                                                 replace("region: DE", "region: AT"),
                                                 replace("country: DE", "country: AT"),
                                                 replace("aliases: [de]", "aliases: []")])]),
}


def audit_rules_found(tmp_path: Path, packs: list[tuple[str, list[Edit]]]) -> set[str]:
    root = tmp_path / "locales"
    root.mkdir(parents=True)
    for name, edits in packs:
        source = "hi-IN" if name == "hi-IN" else "de-DE"
        shutil.copytree(locales_dir() / source, root / name)
        for edit in edits:
            edit(root / name)
    return {f.rule for f in run_audit([root]).findings}


# --- check: FTL trees --------------------------------------------------------------------------------
# rule -> (reference files, true-positive locale files, near-miss locale files, locale folder)
CHECK_CASES: dict[str, tuple[dict[str, bytes], dict[str, bytes], dict[str, bytes], str]] = {
    rule: ({"main.ftl": ref.encode()}, {"main.ftl": bad.encode()}, {"main.ftl": good.encode()}, loc)
    for rule, ref, bad, good, loc in CHECK_FTL_CASES
}
CHECK_CASES.update({
    "unreadable-file": ({"main.ftl": b"a = A\n"}, {"main.ftl": b"a = \xc4rger\n"}, {"main.ftl": "a = Ärger\n".encode()},
                        "de"),
    "missing-file": ({"main.ftl": b"a = A\n", "more.ftl": b"b = B\n"}, {"main.ftl": b"a = X\n"},
                     {"main.ftl": b"a = X\n", "more.ftl": b"b = Y\n"}, "de"),
    "obsolete-file": ({"main.ftl": b"a = A\n"}, {"main.ftl": b"a = X\n", "old.ftl": b"o = O\n"},
                      {"main.ftl": b"a = X\n"}, "de"),
    "plural-dead-variant": (
        {"main.ftl": b"a = { $n ->\n    [one] one file\n   *[other] { $n } files\n}\n"},
        {"main.ftl": "a = { $n ->\n    [one] 1 ファイル\n   *[other] { $n } ファイル\n}\n".encode()},
        {"main.ftl": "a = { $n ->\n   *[other] { $n } ファイル\n}\n".encode()}, "ja"),
    "formality-mismatch": (
        {"main.ftl": "".join(f"m{i} = You can do thing {i}.\n" for i in range(8)).encode()},
        {"main.ftl": ("".join(f"m{i} = Damit kannst du Ding {i} tun.\n" for i in range(7))
                      + "m7 = Damit können Sie Ding 7 tun.\n").encode()},
        {"main.ftl": ("".join(f"m{i} = Damit kannst du Ding {i} tun.\n" for i in range(7))
                      + "m7 = Sie ist da. Ding 7.\n").encode()}, "de"),
    "sensitive-topic": ({"main.ftl": b"a = Visit the casino tonight\n"},
                        {"main.ftl": "a = زر الكازينو casino الليلة\n".encode()},
                        {"main.ftl": "a = زر المقهى coffee الليلة\n".encode()}, "ar"),
})


def check_rules_found(tmp_path: Path, ref: dict[str, bytes], l10n: dict[str, bytes], locale: str) -> set[str]:
    for folder, files in ((tmp_path / "en", ref), (tmp_path / "l10n" / locale, l10n)):
        folder.mkdir(parents=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)
    res = api.run_check([str(tmp_path / "en"), str(tmp_path / "l10n"), locale], jobs=1, screen=True)
    return {f.rule for f in res.findings}


# --- screen: texts -----------------------------------------------------------------------------------
RAMADAN_2026 = dt.datetime(2026, 3, 1, 12, 0)
# rule -> ((text, locale, when, rules_only) true positive, near miss)
SCREEN_CASES: dict[str, tuple[tuple, tuple]] = {
    "topic": (("Try the pulled pork sandwich.", "ar-SA", None, False),
              ("Try the grilled chicken sandwich.", "ar-SA", None, False)),
    "obfuscation": (("Drink some w\u200bine tonight.", "en-US", None, False),
                    ("Drink some water tonight.", "en-US", None, False)),
    "register": (("Möchtest du dein Konto löschen?", "de-DE", None, False),
                 ("Möchten Sie Ihr Konto löschen?", "de-DE", None, False)),
    "foreign-script": (("Ihre Bestellung ist unterwegs. Спасибо!", "de-DE", None, False),
                       ("Ihre Bestellung (Order #42) ist unterwegs.", "de-DE", None, False)),
    "banned-term": (("Das war die Endlösung für das Problem.", "de-DE", None, False),
                    ("Das war die Lösung für das Problem.", "de-DE", None, False)),
    "unlucky-number": (("Wir empfehlen Zimmer 13 im dritten Stock.", "de-DE", None, False),
                       ("Wir empfehlen Zimmer 113 am 13.05. um 14:13 Uhr.", "de-DE", None, False)),
    "holiday-greeting": (("Happy Diwali! Your order ships tomorrow.", "de-DE", None, False),
                         ("Frohe Weihnachten und einen guten Rutsch!", "de-DE", None, False)),
    "observance": (("How about lunch at the new café near the mall?", "ar-SA", RAMADAN_2026, False),
                   ("How about iftar at the new restaurant after sunset?", "ar-SA", RAMADAN_2026, False)),
    "model-unavailable": (("Your package will arrive on Tuesday.", "en-US", None, True),
                          ("Your package will arrive on Tuesday.", "en-US", None, False)),
}


def screen_codes(case: tuple) -> set[str]:
    text, locale, when, rules_only = case
    scr = Screener(rules_only=True) if rules_only else Screener(backend=KeywordBackend())
    return {f["code"] for f in scr.screen(text, locale, when=when)["findings"]}


CASES = {"audit": AUDIT_CASES, "check": CHECK_CASES, "screen": SCREEN_CASES}


@pytest.fixture(autouse=True)
def _isolated(monkeypatch):
    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", "")
    monkeypatch.setattr(api, "make_screener", lambda threads=None: Screener(backend=KeywordBackend()))


def test_every_rule_has_cases():
    for registry in rulebook.registries():
        missing = [r for r in registry.ids() if r not in CASES[registry.family]]
        assert not missing, f"{registry.family} rules without a true-positive and near-miss case: {missing}"
        stale = [r for r in CASES[registry.family] if r not in registry]
        assert not stale, f"cases for rules that are not registered: {stale}"


def test_ids_unique_kebab_case_with_metadata():
    rules = rulebook.all_rules()  # raises on an id shared by two families
    assert len({r.id for r in rules}) == len(rules) == sum(len(reg) for reg in rulebook.registries())
    for r in rules:
        assert RULE_ID.match(r.id) and r.family in CASES and r.severity in ("error", "warning", "info")
        assert r.description and "\n" not in r.description


def _all_cases() -> list[tuple[str, str]]:
    return [(family, rid) for family, cases in CASES.items() for rid in cases]


@pytest.mark.parametrize(("family", "rule"), _all_cases(), ids=[f"{f}:{r}" for f, r in _all_cases()])
def test_true_positive_and_near_miss(tmp_path, family, rule):
    if family == "audit":
        bad, good = AUDIT_CASES[rule]
        fired = audit_rules_found(tmp_path / "bad", bad)
        quiet = audit_rules_found(tmp_path / "good", good)
    elif family == "check":
        ref, bad_files, good_files, loc = CHECK_CASES[rule]
        fired = check_rules_found(tmp_path / "bad", ref, bad_files, loc)
        quiet = check_rules_found(tmp_path / "good", ref, good_files, loc)
    else:
        bad_case, good_case = SCREEN_CASES[rule]
        fired, quiet = screen_codes(bad_case), screen_codes(good_case)
    assert rule in fired, f"{rule} did not fire on its true positive ({sorted(fired)})"
    assert rule not in quiet, f"{rule} fired on its near miss"


def test_rules_command_lists_every_rule():
    res = CliRunner().invoke(cli, ["rules", "--format", "json"])
    assert res.exit_code == 0, res.output
    listed = json.loads(res.stdout)["rules"]
    assert [r["id"] for r in listed] == [r.id for r in rulebook.all_rules()]
    assert {r["family"] for r in listed} == {"audit", "check", "screen"}
    assert all(set(r) == {"id", "family", "severity", "description", "precision", "measured_on"} for r in listed)
    text = CliRunner().invoke(cli, ["rules"]).stdout.splitlines()
    assert len(text) == len(listed) and text[0].split("\t")[:2] == [listed[0]["id"], listed[0]["family"]]


def test_docs_rules_md_is_generated():
    doc = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert doc == rulebook.render("markdown") + "\n", "regenerate: localekit rules --format markdown > docs/rules.md"


def test_screen_finding_codes_are_rule_ids():
    from localekit.screen.rules import RULES

    seen = set()
    for bad, _good in SCREEN_CASES.values():
        seen |= screen_codes(bad)
    assert seen and seen <= set(RULES.ids())
