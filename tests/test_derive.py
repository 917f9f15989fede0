"""Derived packs: every locale CLDR knows, checked against Babel and python-holidays themselves.

The oracles are independent of localekit's derivation: ``babel.Locale.parse`` resolves a tag by
Babel's own likely-subtag and parent logic, and python-holidays is asked directly for dates.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import babel
import holidays as pyholidays
import pytest
from babel.core import get_global

from localekit import derive, packs
from localekit.errors import PackError, UnknownLocaleError
from localekit.packs import load

YEAR = 2026


def _babel_locale(tag: str, script: str) -> babel.Locale | None:
    """Babel's own resolution of a tag, else of its language in ``script`` (None: Babel has neither)."""
    lang = tag.split("-")[0]
    cands = [tag.replace("-", "_"), f"{lang}_{script}"]
    if get_global("likely_subtags").get(lang, "").split("_")[1:2] == [script]:
        cands.append(lang)  # Babel's bare-language locale is in its likely script
    for cand in cands:
        try:
            loc = babel.Locale.parse(cand)
        except (babel.UnknownLocaleError, ValueError):
            continue
        resolved = loc.script or get_global("likely_subtags").get(loc.language, "").split("_")[1]
        if resolved == script:  # Babel's parse may drop a script it has no data for (ky_Arab -> ky)
            return loc
    return None


@pytest.fixture(scope="module")
def derived_tags() -> list[str]:
    out = []
    for tag in derive.known_tags():
        if load(tag).status == "derived":
            out.append(tag)
    return out


def test_every_cldr_locale_is_known_and_loads(derived_tags):
    tags = derive.known_tags()
    babel_locales = [i for i in babel.localedata.locale_identifiers() if i != "root"]
    pairs = sum(len(v) for v in get_global("territory_languages").values())
    # Babel's locales and the territory pairs overlap; together well over a thousand distinct locales
    assert len(tags) >= 1000 and len(tags) >= 0.9 * len(babel_locales)
    assert pairs >= 1600
    assert len(derived_tags) >= 1000


def test_cldr_fields_agree_with_babel_for_every_derived_locale(derived_tags):
    """Scripts, direction and numbering of ~1,900 locales no test names, against Babel's own parse."""
    problems = []
    checked = 0
    for tag in derived_tags:
        pack = load(tag)
        lang = pack.language
        loc = _babel_locale(tag, pack.scripts[0])
        want_script = derive.likely(lang, *_script_region(tag))[0]
        if pack.scripts[0] != want_script:
            problems.append(f"{tag}: script {pack.scripts[0]} != {want_script}")
        if loc is None or (loc.script and loc.script != pack.scripts[0]):
            continue  # Babel has no data for this language and script: CLDR root (latn) applies
        checked += 1
        if pack.numbering_system != loc.default_numbering_system:
            problems.append(f"{tag}: numbering {pack.numbering_system} != {loc.default_numbering_system} ({loc})")
        want_dir = "rtl" if loc.character_order == "right-to-left" else "ltr"
        if pack.direction != want_dir:
            problems.append(f"{tag}: direction {pack.direction} != {want_dir}")
    assert checked > 900
    assert problems == []


def _script_region(tag: str) -> tuple[str | None, str | None]:
    import langcodes

    lang = langcodes.Language.get(tag)
    return lang.script, lang.territory


def test_holidays_agree_with_python_holidays(derived_tags):
    supported = pyholidays.list_supported_countries()
    rng = random.Random(20261206)
    sample = rng.sample([t for t in derived_tags if load(t).holiday_country], 150)
    for tag in sample:
        pack = load(tag)
        assert pack.holiday_country in supported
        want = pyholidays.country_holidays(pack.holiday_country, years=YEAR, categories=("public",),
                                           language=pack.holiday_language)
        got = pack.holidays(YEAR)
        assert {h.date for h in got} == set(want), tag
        assert {h.name for h in got} == {want[d] for d in want}, tag


def test_holiday_names_in_the_locales_language_when_offered():
    for tag, lang in (("et-EE", "et"), ("sw-TZ", "sw"), ("ar-MA", "ar"), ("zh-HK", "zh_HK")):
        pack = load(tag)
        assert pack.holiday_language == lang
        offered = pyholidays.list_localized_countries()[pack.holiday_country]
        assert lang in offered
    # python-holidays offers India's names in hi, bn, ... but not in Magahi: default names, said so
    mag = load("mag-IN")
    assert mag.holiday_country == "IN" and mag.holiday_language is None
    assert "default names" in mag.sources["holidays"]


@pytest.mark.parametrize("tag,numbering", [("ur-IN", "arabext"), ("ar-MA", "latn"), ("bn-IN", "latn"),
                                           ("ar-EG", "arab"), ("fa-AF", "arabext")])
def test_numbering_is_recomputed_for_the_requested_tag(tag, numbering):
    pack = load(tag)
    assert pack.status == "derived" and pack.numbering_system == numbering
    assert babel.Locale.parse(tag.replace("-", "_")).default_numbering_system == numbering


def test_urdu_in_india_gets_no_pakistani_framing():
    ur_in, ur_pk = load("ur-IN"), load("ur-PK")
    pk_terms = {t.term for t in ur_pk.policy.forbidden_terms}
    assert pk_terms and not pk_terms & {t.term for t in ur_in.policy.forbidden_terms}
    rule = ur_in.policy.rules["territorial_dispute"]
    assert rule.reason != ur_pk.policy.reason("territorial_dispute")
    assert "Pakistan" not in (rule.reason or "")
    src = ur_in.sources.get("policy.overrides.territorial_dispute", "")
    assert src.startswith("curated:") and load(src.split(":")[1]).region == "IN"
    # the language-level register still comes from the Urdu pack
    assert ur_in.formality.default == ur_pk.formality.default and ur_in.sources["formality"] == "curated:ur-PK"
    assert ur_in.avoid_ids == () and ur_in.observance_rules == ()


def test_arabic_in_egypt_does_not_avoid_christmas():
    eg = load("ar-EG")
    assert "christmas" in load("ar-SA").avoid_ids
    assert "christmas" not in eg.avoid_ids and "orthodox_christmas" not in eg.avoid_ids
    coptic = [h for h in eg.holidays(YEAR) if "orthodox_christmas" in h.ids]
    assert [h.date for h in coptic] == [dt.date(YEAR, 1, 7)]
    assert eg.policy.rules["alcohol"].reason is None  # Saudi law does not cross into Egypt


def test_derived_packs_greet_their_own_countrys_holidays_on_the_day(derived_tags):
    from localekit import calendar

    catalog = calendar.holiday_catalog()
    assert [h.ids for h in load("de-AT").greetings_on(dt.date(2026, 12, 25))] == [("christmas",)]
    eg = load("ar-EG")
    assert eg.greetings_on(dt.date(2026, 12, 25)) == []
    assert eg.greeting_ids_on(dt.date(2027, 1, 7)) == ["orthodox_christmas"]
    rng = random.Random(20261207)
    for tag in rng.sample([t for t in derived_tags if load(t).holiday_country], 120):
        pack = load(tag)
        if pack.sources["holidays.greet"].startswith("curated:"):
            continue
        kept = {i for y in (YEAR, YEAR + 1) for h in pack.holidays(y) for i in h.ids}
        for hid in pack.greet_ids:
            assert not catalog[hid].solemn, (tag, hid)
            assert hid == "new_year" or hid in kept, (tag, hid)
        for y in (YEAR, YEAR + 1):
            for h in pack.holidays(y):
                if h.substitute:  # a substitute or observed day off is never greeted
                    assert pack.greetings_on(h.date) == [], (tag, h)


def test_no_country_scoped_field_crosses_a_border(derived_tags):
    curated = packs.curated_data()
    for tag in derived_tags:
        pack = load(tag)
        for key, src in pack.sources.items():
            if not src.startswith("curated:"):
                continue
            origin = curated[src.split(":", 1)[1]]
            if key == "formality":  # the register: same language and script, never another language
                assert origin["language"] == pack.language and origin["scripts"][0] == pack.scripts[0], tag
            elif key.startswith(("policy.overrides", "holidays", "culture.notes")):
                assert origin.get("region") == (pack.region or derive.cldr_facts(tag).region), (tag, key, src)
        if not pack.sources["holidays.greet"].startswith("curated:"):
            assert pack.avoid_ids == () and pack.observance_rules == ()
        for term in pack.policy.forbidden_terms:
            owners = [t for t, d in curated.items() if any(x["term"] == term.term for x in
                                                            d["policy"].get("forbidden_terms", []))]
            assert any(curated[o].get("region") == pack.region or curated[o]["language"] == pack.language
                       for o in owners), (tag, term.term)


def test_register_never_guessed_across_languages():
    nn = load("nn-NO")  # Norwegian Nynorsk: close to the nb-NO pack, but another language
    assert nn.formality.default == "neutral" and nn.sources["formality"] == "unknown"
    assert load("zh-HK").sources["formality"] == "curated:zh-TW"  # Traditional Han, like zh-TW
    assert load("zh-SG").sources["formality"] == "curated:zh-CN"


def test_any_language_cldr_resolves_loads_on_demand():
    langs = sorted(derive.cldr_languages())
    assert len(langs) > 7000
    rng = random.Random(7)
    for lang in rng.sample(langs, 200):
        try:
            pack = load(lang)
        except UnknownLocaleError as exc:
            # only codes langcodes and CLDR both reject as tags (deprecated ones CLDR still lists)
            assert "invalid locale tag" in str(exc) or "unknown language" in str(exc), (lang, exc)
            continue
        assert pack.scripts and pack.direction in ("ltr", "rtl")
    for tag in ("tum-MW", "mag-IN"):
        pack = load(tag)
        assert pack.status == "derived" and pack.names["english"].startswith(("Tumbuka", "Magahi"))


def test_unknown_language_is_a_clear_error():
    with pytest.raises(UnknownLocaleError) as info:
        load("tlh-XX")
    assert "no CLDR data for language 'tlh'" in str(info.value) and "\n" not in str(info.value)


def test_every_field_says_where_it_came_from():
    pack = load("sw-TZ")
    kinds = {src.split(":")[0] for src in pack.sources.values()}
    assert kinds <= set(derive.SOURCE_KINDS)
    assert {src.split(":")[0] for src in load("ar").sources.values()} <= set(derive.SOURCE_KINDS)
    assert pack.sources["numbering_system"] == "CLDR:sw_TZ"
    assert pack.sources["holidays"].startswith("python-holidays:TZ")
    assert pack.sources["formality"] == "curated:sw-KE"
    assert pack.sources["display"].startswith("default:script class")


def test_scopes_let_a_pack_share_a_part(tmp_path):
    """An overlay declaring a forbidden term language-scoped reaches de-AT; a country-scoped one does not."""
    folder = tmp_path / "de-DE"
    folder.mkdir()
    (folder / "pack.yaml").write_text(
        "policy:\n  forbidden_terms:\n"
        "    - {term: Endlösung, reason: Nazi euphemism, scope: language}\n"
        "    - {term: Grüß Gott, reason: test only, scope: country}\n"
        "scopes:\n  display: language\n", encoding="utf-8")
    packs.add_overlay(tmp_path)
    try:
        at = load("de-AT")
        assert [t.term for t in at.policy.forbidden_terms] == ["Endlösung"]
        assert at.display == load("de-DE").display and at.sources["display"] == "curated:de-DE"
        assert load("fr-CH").policy.forbidden_terms == ()
    finally:
        packs.clear_overlays()
    assert load("de-AT").policy.forbidden_terms == ()


def test_overlay_merges_field_by_field(tmp_path):
    folder = tmp_path / "de-DE"
    folder.mkdir()
    (folder / "pack.yaml").write_text("display:\n  button: 18\n", encoding="utf-8")
    packs.add_overlay({"et-EE": {"formality": {"default": "informal", "rationale": "brand voice", "registers": {
        "informal": {"markers": [{"regex": r"\bsina\b", "kind": "pronoun", "example": "Kas sina tuled?"}]}}}}})
    packs.add_overlay(tmp_path)
    try:
        de = load("de-DE")
        assert de.display.button == 18 and de.display.title == 28  # the rest of display stays
        assert de.sources["display"].startswith("overlay:") and de.formality.default == "formal"
        et = load("et-EE")
        assert et.status == "derived" and et.formality.default == "informal"
        assert et.register_of("Kas sina tuled?") == "informal"
    finally:
        packs.clear_overlays()
    assert load("de-DE").display.button == 14


def test_bad_overlay_names_file_and_line(tmp_path):
    folder = tmp_path / "de-DE"
    folder.mkdir()
    (folder / "pack.yaml").write_text("display:\n  buton: 18\n", encoding="utf-8")
    packs.add_overlay(tmp_path)
    try:
        with pytest.raises(PackError) as info:
            load("de-DE")
        assert str(info.value).startswith(f"{folder / 'pack.yaml'}:2:") and "did you mean 'button'" in str(info.value)
        from localekit.audit import run_audit

        report = run_audit()
        bad = [f for f in report.findings if f.severity == "error"]
        assert [(f.path, f.line, f.rule) for f in bad] == [(str(folder / "pack.yaml"), 2, "schema")]
    finally:
        packs.clear_overlays()


def test_overlay_folder_from_environment(tmp_path, monkeypatch):
    folder = tmp_path / "tlh-XX"
    folder.mkdir()
    de = (packs.available()["de-DE"] / "pack.yaml").read_text(encoding="utf-8")
    text = de.replace("tag: de-DE", "tag: tlh-XX").replace("language: de", "language: tlh")
    (folder / "pack.yaml").write_text(text.replace("region: DE", "region: null"), encoding="utf-8")
    monkeypatch.setenv("LOCALEKIT_OVERLAY_DIRS", str(tmp_path))
    packs.clear_cache()
    try:
        pack = load("tlh-XX")  # a complete pack for a language CLDR does not know: a new curated pack
        assert pack.status == "curated" and pack.path == folder / "pack.yaml"
    finally:
        monkeypatch.delenv("LOCALEKIT_OVERLAY_DIRS")
        packs.clear_cache()
    with pytest.raises(UnknownLocaleError):
        load("tlh-XX")


def test_derived_cache_is_bounded(monkeypatch):
    packs.clear_cache()
    monkeypatch.setattr(packs, "_CACHE_SIZE", 50)
    for tag in derive.known_tags()[:300]:
        load(tag)
    assert len(packs._cache) <= 50 + sum(p.status == "curated" for p in packs._cache.values())
    packs.clear_cache()


def test_settings_file_is_consistent():
    conf = derive.settings()
    seen: dict[str, str] = {}
    for name, spec in conf["display_classes"].items():
        assert spec["button"] <= spec["title"] <= spec["body"], name
        for script in spec["scripts"]:
            assert script not in seen, f"{script} in {seen.get(script)} and {name}"
            seen[script] = name
    from localekit.scripts import is_iso15924

    assert all(is_iso15924(s) for s in [*seen, *conf["screener"]["encoder_scripts"]])
    assert all(lang in derive.cldr_languages() for lang in conf["screener"]["encoder_languages"])


def test_encoder_scripts_match_the_tokenizer_vocabulary():
    """Recount the encoder vocabulary's pieces per script where the encoder cache exists."""
    from localekit.io import cache_dir

    root = cache_dir()  # None when caching is off (LOCALEKIT_CACHE_DIR="")
    found = sorted(Path(root, "encoder").glob("*/tokenizer.json")) if root is not None else []
    if not found:
        pytest.skip("encoder cache not built (run localekit screen once)")
    from collections import Counter

    from localekit.scripts import script_of_char

    counts: Counter[str] = Counter()
    for piece, _ in json.loads(found[0].read_text(encoding="utf-8"))["model"]["vocab"]:
        for script in {script_of_char(c) for c in piece} - {None}:
            counts[script] += 1
    covered = {s for s, n in counts.items() if n >= 500}
    assert covered == set(derive.settings()["screener"]["encoder_scripts"])
