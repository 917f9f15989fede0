"""Pack loading, fallback chains, formality markers, scripts, holidays and policy."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

import localekit
from localekit import packs
from localekit.errors import UnknownLocaleError
from localekit.packs import load


def test_exact_pack_resolves_with_root_in_chain():
    p = load("de-DE")
    assert p.tag == "de-DE"
    assert p.chain == ("de-DE", "root")
    assert p.match_note is None
    assert p.language == "de" and p.region == "DE" and p.scripts[0] == "Latn"


def test_tag_normalisation_and_cache():
    assert load("de_de") is not None
    assert load("de_de").tag == "de-DE"
    assert load("de-DE") is load("de-DE")


def test_alias_resolves_and_says_so():
    p = load("de")
    assert p.tag == "de-DE"
    assert "alias" in p.match_note


def test_packless_country_is_derived_with_its_own_holidays_and_the_language_register():
    p = load("de-AT")
    assert p.tag == "de-AT" and p.status == "derived"
    assert p.chain == ("de-AT", "de-DE", "root")
    assert "derived from CLDR" in p.match_note and "register from de-DE" in p.match_note
    assert p.holiday_country == "AT"
    names = {h.name for h in p.holidays(2026)}
    assert "Mariä Empfängnis" in names  # an Austrian holiday Germany does not have
    assert p.formality.default == "formal" and p.sources["formality"] == "curated:de-DE"


def test_packless_language_is_derived_with_an_unknown_register():
    p = load("zu-ZA")
    assert p.status == "derived" and p.chain == ("zu-ZA", "root")
    assert "register unknown" in p.match_note
    assert p.formality.default == "neutral" and p.sources["formality"] == "unknown"
    assert p.holiday_country == "ZA"


@pytest.mark.parametrize("bad", ["", "x" * 200, "de\u202e", "../../etc/passwd", "12-34", "de--DE"])
def test_invalid_tags_raise_clear_error(bad):
    with pytest.raises(UnknownLocaleError) as info:
        load(bad)
    text = str(info.value)
    assert "\n" not in text and ("BCP-47" in text or "unknown" in text)


def test_wrong_type_tag():
    with pytest.raises(UnknownLocaleError):
        load(42)  # type: ignore[arg-type]


def test_german_register_markers():
    p = load("de-DE")
    hits = p.find_register_markers("Möchten Sie fortfahren? Dann öffne dein Konto.")
    assert [(h.register, h.text) for h in hits] == [("formal", "Sie"), ("informal", "dein")]
    assert p.register_of("Kannst du mir helfen?") == "informal"
    assert p.register_of("Können Sie mir helfen?") == "formal"
    assert p.register_of("Das Wetter ist schön.") == "neutral"
    # sentence-initial "Sie" is usually "she/they": not a politeness marker
    assert p.register_of("Sie ist heute nicht da.") == "neutral"


def test_holidays_localized_and_tagged():
    hol = load("de-DE").holidays(2026)
    by_name = {h.name: h for h in hol}
    assert by_name["Erster Weihnachtstag"].ids == ("christmas",)
    assert by_name["Tag der Deutschen Einheit"].date == dt.date(2026, 10, 3)
    assert "national_day" in by_name["Tag der Deutschen Einheit"].ids


def test_scripts_of_and_unexpected():
    p = load("de-DE")
    assert p.scripts_of("Grüß Gott, мир")["Cyrl"] == 3
    assert p.unexpected_scripts("Grüß Gott") == {}
    assert p.unexpected_scripts("Grüß Gott, мир") == {"Cyrl": 3}


def test_policy_defaults_and_forbidden_terms():
    pol = load("de-DE").policy
    assert pol.action("pork") == "allow"
    assert pol.reason("pork") is None
    assert any(t.term == "Endlösung" for t in pol.forbidden_terms)


def test_thread_safe_loading():
    packs.clear_cache()
    results: list = []

    def worker():
        results.append(localekit.load("de-AT"))

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(r) for r in results}) == 1
