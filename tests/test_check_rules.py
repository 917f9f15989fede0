"""Every check rule: a true positive and a near-miss that must not fire (small FTL in tmp_path)."""

from __future__ import annotations

from pathlib import Path

import pytest

from localekit.check.api import run_check
from localekit.check.parse import summarize


@pytest.fixture(autouse=True)
def _no_cache(monkeypatch):
    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", "")


def _check(tmp_path: Path, ref: str, l10n: str, locale: str = "de", *, extra: dict | None = None,
           config: str | None = None) -> list:
    (tmp_path / "en").mkdir(parents=True, exist_ok=True)
    (tmp_path / "l10n" / locale).mkdir(parents=True, exist_ok=True)
    (tmp_path / "en" / "main.ftl").write_text(ref, encoding="utf-8")
    (tmp_path / "l10n" / locale / "main.ftl").write_bytes(l10n.encode("utf-8") if isinstance(l10n, str) else l10n)
    for name, text in (extra or {}).items():
        (tmp_path / "l10n" / locale / name).write_text(text, encoding="utf-8")
        (tmp_path / "en" / name).write_text(text, encoding="utf-8")
    configs = []
    if config:
        (tmp_path / "cfg.yaml").write_text(config, encoding="utf-8")
        configs.append(tmp_path / "cfg.yaml")
    res = run_check([str(tmp_path / "en"), str(tmp_path / "l10n"), locale], configs, jobs=1)
    return res.findings


def _rules(findings) -> list[str]:
    return [f.rule for f in findings]


CASES = [
    # rule, reference, true positive, near miss, locale
    ("syntax-error", "a = A\nb = B\n", "a = A {\nb = B\n", "a = A {\"{\"}\nb = B\n", "de"),
    ("missing-message", "a = A\nb = B\n", "a = Ä\n", "a = Ä\nb = B\n", "de"),
    ("obsolete-message", "a = A\n", "a = Ä\nz = Z\n", "a = Ä\n", "de"),
    ("missing-attribute", "a = A\n    .title = T\n", "a = Ä\n", "a = Ä\n    .title = T\n", "de"),
    ("obsolete-attribute", "a = A\n", "a = Ä\n    .title = T\n", "-t = T\n    .gender = f\na = Ä\n", "de"),
    ("duplicate-id", "a = A\n", "a = Ä\na = Ö\n", "a = Ä\n", "de"),
    ("variable-mismatch", "a = { $n } Dateien\n", "a = Dateien\n",
     "a = { $n ->\n    [one] eine Datei\n   *[other] { $n } Dateien\n}\n", "de"),
    ("reference-mismatch", "-brand = B\na = { -brand }\n", "-brand = B\na = { -brand-missing } x\n",
     "-brand = B\na = { -brand } x\n", "de"),
    ("reference-dropped", "-brand = Firefox\na = Get { -brand }\n", "-brand = Firefox\na = Hol dir Firefox\n",
     "-brand = Firefox\na = Hol dir { -brand }\n", "de"),
    ("plural-categories", "a = { $n ->\n    [one] one\n   *[other] many\n}\n",
     "a = { $n ->\n    [one] один\n   *[other] много\n}\n",
     "a = { $n ->\n    [one] один\n    [few] несколько\n    [many] много\n   *[other] много\n}\n", "ru"),
    ("untranslated", "a = Download the browser for your phone today\n",
     "a = Download the browser for your phone today\n",
     "a = Holen Sie sich den Browser\n", "de"),
    ("script-mismatch", "a = Hello there\n", "a = Привет there\n", "a = Hallo Firefox\n", "de"),
    ("invisible-char", "a = Hello\n", "a = Hal\u200blo\n", "a = Hallo\u00a0Welt\n", "de"),
    ("length-exceeded", "# MAX_LENGTH: 10\na = Save\n", "a = Speichern unter\n", "a = Speichern\n", "de"),
    ("forbidden-term", "a = Final solution\n", "a = Die Endlösung\n", "a = Die endgültige Lösung\n", "de"),
    # vi's policy bans "Nam Sa" (the Chinese name of the Spratlys): whole words only, so Firefox's real
    # "Nam Georgia và Quần đảo Nam Sandwich" (South Georgia and the South Sandwich Islands) is fine
    ("forbidden-term", "a = The Spratly Islands\n", "a = Quần đảo Nam Sa\n",
     "a = Nam Georgia và Quần đảo Nam Sandwich\n", "vi"),
]


@pytest.mark.parametrize(("rule", "ref", "bad", "good", "locale"), CASES, ids=[c[0] for c in CASES])
def test_rule_fires_and_near_miss_does_not(tmp_path, rule, ref, bad, good, locale):
    assert rule in _rules(_check(tmp_path / "bad", ref, bad, locale))
    assert rule not in _rules(_check(tmp_path / "good", ref, good, locale))


def test_formality_minority_register_with_span(tmp_path):
    ref = "".join(f"m{i} = You can do thing {i}.\n" for i in range(8))
    du = "".join(f"m{i} = Damit kannst du Ding {i} tun.\n" for i in range(7))
    findings = _check(tmp_path / "a", ref, du + "m7 = Damit können Sie Ding 7 tun.\n")
    hits = [f for f in findings if f.rule == "formality-mismatch"]
    assert len(hits) == 1 and hits[0].message_id == "m7"
    assert (hits[0].line, hits[0].column) == (8, 19)
    # sentence-initial "Sie" (she/they) is not a marker: no finding
    findings = _check(tmp_path / "b", ref, du + "m7 = Sie ist da. Ding 7.\n")
    assert "formality-mismatch" not in _rules(findings)
    # the config decides over the majority
    findings = _check(tmp_path / "c", ref, du + "m7 = Damit können Sie Ding 7 tun.\n",
                      config="registers: {de: formal}\n")
    assert sum(1 for f in findings if f.rule == "formality-mismatch") == 7


def test_term_attribute_selector(tmp_path):
    ref = "-brand = Mozilla\na = { -brand } x\n"
    bad = "-brand = Mozilla\na = { -brand.case ->\n    [gen] Mozilly\n   *[other] Mozilla\n}\n"
    f = [x for x in _check(tmp_path / "a", ref, bad, "cs") if x.rule == "reference-mismatch"]
    assert f and "selects on -brand.case" in f[0].message
    good = "-brand = Mozilla\n    .case = gen\n" + bad.split("\n", 1)[1]
    assert "reference-mismatch" not in _rules(_check(tmp_path / "b", ref, good, "cs"))


def test_no_pack_locale_gets_structural_rules(tmp_path):
    findings = _check(tmp_path, "a = A\nb = B\n", "a = Ä\n", "kab")
    assert "missing-message" in _rules(findings)


def test_bad_input_is_reported_not_crashing(tmp_path):
    findings = _check(tmp_path / "a", "a = A\n", b"a = \xff\xfe\n")
    assert _rules(findings) == ["unreadable-file"]
    bom_crlf = "\ufeffa = Ä\r\nb = {\r\nc = C\r\n"
    findings = _check(tmp_path / "b", "a = A\nc = C\n", bom_crlf)
    errs = [f for f in findings if f.rule == "syntax-error"]
    assert errs and errs[0].line == 3  # where fluent.syntax expected "}"
    assert "missing-message" not in _rules(findings)  # rest of the file still checked


def test_config_overrides_severity_and_disables(tmp_path):
    cfg = "rules:\n  missing-message: error\n  obsolete-message: off\n"
    findings = _check(tmp_path, "a = A\nb = B\n", "a = Ä\nz = Z\n", config=cfg)
    assert [(f.rule, f.severity) for f in findings] == [("missing-message", "error")]


def test_fast_scanner_matches_fluent_syntax(www_l10n, firefox_en):
    """The regex fast path and the fluent.syntax path give identical summaries on real files
    (Firefox's: selects on $variables, NUMBER(), PLATFORM() and term attributes, multiline variants)."""
    fixture = Path(__file__).resolve().parent / "data" / "firefox-l10n"
    files = sorted((www_l10n / "de").rglob("*.ftl"))[:60] + sorted((www_l10n / "ja").rglob("*.ftl"))[:40]
    files += sorted(firefox_en.rglob("*.ftl")) + sorted(fixture.rglob("*.ftl"))
    selects = sum(1 for p in files for line in p.read_text(encoding="utf-8").splitlines() if line.endswith("->"))
    assert selects > 400
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert summarize(text) == summarize(text, fast=False), path


def test_a_term_is_a_whole_word_also_next_to_a_vowel_sign():
    from localekit.check.heuristics import term_pattern

    assert term_pattern("पब").search("शाम को पब में मिलते हैं")
    assert not term_pattern("पब").search("पबों में")  # ो is a vowel sign: the word goes on
    assert not term_pattern("ब्र्यान्डि").search("ब्र्यान्डिंग")  # a term ending in a vowel sign, then ं
    assert term_pattern("ビール").search("生ビールください")  # no boundary in unspaced scripts
