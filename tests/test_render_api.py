"""Renderer API: fallback, formality, functions, channels, RTL isolation, SSML, width, bad input."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from pathlib import Path

import babel.numbers
import pytest
from fluent.runtime import FluentBundle, FluentResource

from localekit.errors import LocalekitError
from localekit.render import Renderer, RenderError, Telephone, render
from localekit.render.values import DIGIT_ZERO, LocaleFormats

FSI, PDI = "\u2068", "\u2069"


def _ftl(tmp_path: Path, text: str, name: str = "t.ftl") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _r(tmp_path: Path, text: str, tag: str = "en-US", **kw) -> Renderer:
    return Renderer(tag, paths=[_ftl(tmp_path, text)], **kw)


# --- fallback -------------------------------------------------------------------------------
def test_fallback_chain_reports_serving_locale(tmp_path: Path) -> None:
    r = Renderer.for_locale("de-AT")
    assert r.info.chain[:2] == ("de-AT", "de-DE")
    got = r.render_message("greeting")
    assert got.locale == "de-DE" and got.value.startswith("Guten Tag")
    # a message only the caller's file has, and one only the reference has
    r2 = Renderer("de-AT", paths=[_ftl(tmp_path, "only-here = Servus!\n")])
    assert r2.render_message("only-here").locale == "de-AT"
    r3 = Renderer("de-DE", paths=[_ftl(tmp_path, "x = y\n", "x.ftl")])
    _ftl(tmp_path, "x = y\n")
    assert r3.render_message("greeting").locale == "de-DE"


def test_fallback_to_reference_when_pack_lacks_message(tmp_path: Path) -> None:
    de = _ftl(tmp_path, "hello = Hallo\n")
    r = Renderer("de-DE", paths=[de], use_packs=False)
    assert r.render_message("hello").locale == "de-DE"
    r = Renderer("de-DE", paths=[de], use_packs=True)
    assert r.render_message("goodbye").locale == "de-DE"
    th = Renderer("th-TH")  # no Thai catalog yet: the reference serves, and says so
    if not (Path(__file__).parents[1] / "locales" / "th-TH" / "core.ftl").exists():
        assert th.render_message("greeting").locale == "en-US"


def test_unknown_message_error_and_strict(tmp_path: Path) -> None:
    r = _r(tmp_path, "a = b\n")
    got = r.render_message("missing")
    assert got.value == "missing" and got.errors == ["Unknown message: missing"] and got.locale == ""
    with pytest.raises(RenderError):
        _r(tmp_path, "a = b\n", strict=True).render("missing")
    assert issubclass(RenderError, LocalekitError)


# --- formality ------------------------------------------------------------------------------
def test_formality_default_and_override() -> None:
    r = Renderer.for_locale("de-DE")
    assert "Ihnen" in r.render("greeting")  # pack default: formal
    assert "dir" in r.render("greeting", formality="informal")
    assert "Sie" in r.render("confirm-delete", {"item": "X"})
    assert r.render("confirm-delete", {"item": "X"}, formality="informal") == "Möchtest du X löschen?"
    # an explicit $formality argument wins too
    assert "dir" in r.render("greeting", {"formality": "informal"})
    # English has no variants: the same text in every register
    en = Renderer.for_locale("en-US")
    assert en.render("greeting", formality="formal") == en.render("greeting", formality="informal")
    with pytest.raises(RenderError):
        r.render("greeting", formality="casual")


# --- functions ------------------------------------------------------------------------------
def test_number_options(tmp_path: Path) -> None:
    r = _r(tmp_path, 'a = { NUMBER($n, minimumFractionDigits: 2) }\n'
                     'b = { NUMBER($n, maximumFractionDigits: 0) }\n'
                     'c = { NUMBER($n, style: "percent") }\n'
                     'd = { NUMBER($n, useGrouping: 0) }\n'
                     'e = { NUMBER($n, style: "currency", currency: "EUR") }\n'
                     'f = { NUMBER($n, bogus: 1) }\n')
    assert r.render("a", {"n": 3}) == "3.00"
    assert r.render("b", {"n": 2.5}) == "2"
    assert r.render("c", {"n": 0.25}) == "25%"
    assert r.render("d", {"n": 12345}) == "12345"
    assert r.render("e", {"n": 1234.5}) == "€1,234.50"
    bad = r.render_message("f", {"n": 1})
    assert bad.value == "NUMBER()" and "bogus" in bad.errors[0]


def test_datetime_with_time_zone(tmp_path: Path) -> None:
    r = _r(tmp_path, 'a = { DATETIME($d, timeStyle: "short", timeZone: "Asia/Tokyo") }\n'
                     'b = { DATETIME($d, dateStyle: "long") }\n'
                     'c = { DATETIME($d, timeZone: "Mars/Olympus") }\n')
    when = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
    assert r.render("a", {"d": when}) == "9:00\u202fPM"
    assert r.render("b", {"d": dt.date(2026, 1, 2)}) == "January 2, 2026"
    assert "time zone" in r.render_message("c", {"d": when}).errors[0]
    de = Renderer.for_locale("de-DE")
    berlin = dt.datetime(2026, 12, 24, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert de.render("reminder-set", {"when": berlin}) == "Ich erinnere Sie am 24. Dezember 2026 um 18:30 Uhr."


def test_list_currency_unit_durations(tmp_path: Path) -> None:
    r = _r(tmp_path, 'and = { LIST($x) }\nor = { LIST($x, type: "or") }\nunit = { LIST($x, type: "unit") }\n'
                     'cur = { CURRENCY($a, $c) }\ncur2 = { CURRENCY($a, currency: "JPY") }\n'
                     'km = { UNIT($v, unit: "length-kilometer", unitDisplay: "short") }\n'
                     'dur = { DURATION($s) }\nrel = { RELATIVE($s) }\ntel = { TELEPHONE($p) }\n', tag="de-DE",
           use_packs=False)
    x = ["Äpfel", "Birnen", "Kiwis"]
    assert r.render("and", {"x": x}) == "Äpfel, Birnen und Kiwis"
    assert r.render("or", {"x": x}) == "Äpfel, Birnen oder Kiwis"
    assert r.render("unit", {"x": x}).startswith("Äpfel, Birnen")
    assert r.render("cur", {"a": Decimal("1234.5"), "c": "EUR"}) == "1.234,50\xa0€"
    assert r.render("cur2", {"a": 1234}) == "1.234\xa0¥"
    assert r.render("km", {"v": 5}) == "5 km"
    assert r.render("dur", {"s": dt.timedelta(hours=3)}) == "3 Stunden"
    assert r.render("rel", {"s": -3 * 86400}) == "vor 3 Tagen"
    assert r.render("rel", {"s": dt.timedelta(days=2)}) == "in 2 Tagen"
    assert r.render("tel", {"p": "+49 30 1234"}) == "+49 30 1234"
    bad = r.render_message("cur", {"a": 1, "c": "XXXX"})
    assert bad.value == "CURRENCY()" and bad.errors


def test_plural_and_exact_selection(tmp_path: Path) -> None:
    r = Renderer.for_locale("en-US")
    assert r.render("cart-count", {"count": 0}) == "Your cart is empty."
    assert r.render("cart-count", {"count": 1}) == "You have 1 item in your cart."
    assert r.render("cart-count", {"count": Decimal("1")}) == "You have 1 item in your cart."
    assert r.render("cart-count", {"count": 2.5}) == "You have 2.5 items in your cart."
    pl = _r(tmp_path, "m = { $n ->\n [one] jeden\n [few] kilka\n [many] wiele\n *[other] inne\n}\n", tag="pl-PL",
            use_packs=False)
    assert [pl.render("m", {"n": n}) for n in (1, 3, 5, 1.5)] == ["jeden", "kilka", "wiele", "inne"]


def test_native_digits_follow_cldr() -> None:
    cases = {"ar-EG": "arab", "fa-IR": "arabext", "my-MM": "mymr", "en-US": "latn", "de-DE": "latn"}
    for tag, system in cases.items():
        fmts = LocaleFormats(tag)
        loc = babel.Locale.parse(tag.replace("-", "_"))
        assert fmts.numbering_system == loc.default_numbering_system == system
        text = fmts.fmt(1234567.5)
        ascii_digits = text.translate({DIGIT_ZERO[system] + d: str(d) for d in range(10)}) if system != "latn" \
            else text
        assert ascii_digits == babel.numbers.format_decimal(1234567.5, locale=loc, numbering_system=system)
        if system != "latn":
            assert not any(c.isascii() and c.isdigit() for c in text), text
            assert all(chr(DIGIT_ZERO[system] + d) in fmts.fmt(1234567890) for d in range(10))
    # forced Latin digits
    assert LocaleFormats("ar-EG", "latn").fmt(42) == "42"
    assert Renderer.for_locale("ar-EG").render("cart-count", {"count": 3}, channel="voice").count("٣") == 1


def test_argument_types_and_bad_input(tmp_path: Path) -> None:
    r = _r(tmp_path, "a = <{ $x }>\nb = { NUMBER($x) }\nc = { DATETIME($x) }\n")
    assert r.render("a", {"x": 1234}) == "<1,234>"
    assert r.render("a", {"x": Decimal("1.50")}) == "<1.5>"
    assert r.render("a", {"x": dt.date(2026, 1, 2)}) == "<Jan 2, 2026>"
    assert r.render("a", {"x": ("a", "b")}) == "<a and b>"
    got = r.render_message("a", {"x": object()})
    assert got.value == "<???>" and got.errors
    assert r.render_message("b", {"x": "seven"}).value == "NUMBER()"
    assert r.render_message("c", {"x": 7}).value == "DATETIME()"
    missing = r.render_message("a")
    assert missing.value == "<x>" and missing.errors == ["Unknown external: x"]
    with pytest.raises(RenderError):
        r.render("a", ["not", "a", "mapping"])  # type: ignore[arg-type]
    with pytest.raises(RenderError):
        r.render("a", channel="braille")
    with pytest.raises(RenderError):
        _r(tmp_path, "a = { $x }\n", strict=True).render("a")


# --- hostile input ----------------------------------------------------------------
def test_cycles_missing_refs_and_expansion_caps(tmp_path: Path) -> None:
    laughs = "-l0 = lol\n" + "".join(f"-l{i} = {{-l{i - 1}}}{{-l{i - 1}}}{{-l{i - 1}}}{{-l{i - 1}}}\n"
                                       for i in range(1, 12))
    r = _r(tmp_path, "a = { b }\nb = { a }\nc = x { c } y\n"
                     "d = { -nope } and { nope.attr } and { -t.x ->\n *[a] { -t }\n}\n"
                     "-t = T\nbomb = { -l11 }\nhuge = [{ $big }]\n" + laughs)
    got = r.render_message("a")
    assert "???" in got.value and any("Cyclic" in e for e in got.errors)
    got = r.render_message("c")
    assert got.value == "x x ??? y y" and any("Cyclic" in e for e in got.errors)
    got = r.render_message("d")
    assert got.value == "{-nope} and {nope.attr} and T"
    assert got.errors == ["Unknown term: -nope", "Unknown attribute: nope.attr", "Unknown attribute: -t.x"]
    got = r.render_message("bomb")
    assert got.value == "{???}" and got.errors
    got = r.render_message("huge", {"big": "x" * 1_000_000})
    assert got.value == "{???}" and "Too many characters" in got.errors[0]


def test_deep_nesting_is_an_error_not_a_crash(tmp_path: Path) -> None:
    depth = 400
    deep = "m = " + "{ " * depth + '"x"' + " }" * depth + "\n"
    chain = "".join(f"m{i} = {{ m{i + 1} }}\n" for i in range(3000)) + "m3000 = end\n"
    r = _r(tmp_path, chain)
    got = r.render_message("m0")
    assert got.value in ("end", "{???}") and (got.value == "end" or got.errors)
    # fluent.syntax itself recurses on deep placeable nesting: a syntax error, not a crash
    r = Renderer("en-US", paths=[_ftl(tmp_path, deep, "deep.ftl")], use_packs=False)
    assert any("too deep" in str(e) for e in r.syntax_errors())
    assert r.render_message("m").errors


def test_threads_match_sequential() -> None:
    tags = ["de-DE", "en-US", "ar-SA", "fr-FR"]
    calls = [(t, m, {"count": n, "minutes": n, "item": "X", "name": "Ann", "items": ["a", "b"]})
             for t in tags for m in ("cart-count", "timer-set", "confirm-delete", "greeting-name", "item-list")
             for n in range(5)]
    Renderer._cache.clear()
    expected = [Renderer(t).render(m, a) for t, m, a in calls]
    Renderer._cache.clear()
    results: list[list[str]] = []

    def work() -> None:
        results.append([Renderer.for_locale(t).render(m, a) for t, m, a in calls])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert all(res == expected for res in results)


# --- channels -------------------------------------------------------------------------------
def test_rtl_isolation_on_screen_only() -> None:
    ar = Renderer.for_locale("ar-SA")
    screen = ar.render("cart-count", {"count": 5})
    assert FSI in screen and PDI in screen
    assert FSI not in ar.render("cart-count", {"count": 5}, channel="voice")
    en = Renderer.for_locale("en-US")
    assert FSI not in en.render("greeting-name", {"name": "علي"})  # LTR: no marks (documented)


def test_ssml_escaping_and_say_as(tmp_path: Path) -> None:
    r = _r(tmp_path, 'a = Delete { $item } & { NUMBER($n) } on { DATETIME($d) } call { TELEPHONE($p) } '
                     'or { $q }\n')
    out = r.render("a", {"item": '<b>"x"</b>', "n": 3, "d": dt.date(2026, 1, 2), "p": "+1 555 0100",
                         "q": Telephone("911")}, channel="voice", ssml=True)
    assert out.startswith('<speak xml:lang="en-US">') and out.endswith("</speak>")
    assert "&lt;b&gt;&quot;x&quot;&lt;/b&gt;" in out and " &amp; " in out
    assert '<say-as interpret-as="cardinal">3</say-as>' in out
    assert '<say-as interpret-as="date">Jan 2, 2026</say-as>' in out
    assert '<say-as interpret-as="telephone">+1 555 0100</say-as>' in out
    assert '<say-as interpret-as="telephone">911</say-as>' in out
    import xml.dom.minidom

    xml.dom.minidom.parseString(out)  # well-formed
    with pytest.raises(RenderError):
        r.render("a", ssml=True, channel="screen")


def test_width_budgets_cjk_thai_emoji(tmp_path: Path) -> None:
    ja = Renderer.for_locale("ja-JP")
    got = ja.render_message("greeting", width=10)
    from localekit.textwidth import display_width

    assert got.truncated and display_width(got.value) <= 10 and got.value.endswith("…")
    th = _r(tmp_path, "m = สวัสดีครับ ยินดีต้อนรับสู่บริการของเรา\n", tag="th-TH", use_packs=False)
    got = th.render_message("m", width=8)
    assert got.truncated and display_width(got.value) <= 8
    emoji = _r(tmp_path, "e = Family 👨‍👩‍👧‍👦 time 🇩🇪 party\n", use_packs=False)
    out = emoji.render("e", width=9)
    assert "👨‍👩‍👧‍👦" in out or "\u200d" not in out  # never split a ZWJ sequence
    # attribute budgets from the pack: title and buttons
    en = Renderer.for_locale("en-US")
    info = en.info
    msg = en.render_message("error-retry")
    assert display_width(msg.attributes["title"]) <= info.title
    assert display_width(msg.attributes["button-retry"]) <= info.button
    long = _r(tmp_path, "x = " + "word " * 100 + "\n    .title = " + "Title " * 20 + "\n")
    got = long.render_message("x")
    assert got.truncated and display_width(got.value) <= long.info.body
    assert display_width(got.attributes["title"]) <= long.info.title
    assert long.render_message("x", width=0).truncated is False  # 0: no budget
    assert not long.render_message("x", channel="voice").truncated


# --- module-level shortcut, static fast path ----------------------------------------------
def test_render_shortcut_and_static_cache() -> None:
    assert render("en-US", "greeting") == "Hello! How can I help you today?"
    r = Renderer.for_locale("en-US")
    r.render("greeting")
    assert r.render("greeting") == "Hello! How can I help you today?"
    assert r.render("greeting.title") == "Welcome"
    assert r.render("greeting", attribute="title") == "Welcome"


def test_equals_fluent_runtime_on_core_catalog() -> None:
    """Plain fluent.runtime on en-US/core.ftl with LTR (no isolation) gives the same strings."""
    path = Path(__file__).parents[1] / "locales" / "en-US" / "core.ftl"
    bundle = FluentBundle(["en-US"], use_isolating=False)
    bundle.add_resource(FluentResource(path.read_text("utf-8")))
    r = Renderer("en-US", paths=[path], use_packs=False, reference=None)
    args = {"name": "Ann", "minutes": 1, "temperature": 21.4, "city": "Oslo", "holiday": "Easter", "item": "it",
            "count": 3, "when": dt.datetime(2026, 5, 1, 9, 5)}
    for mid in ("greeting", "greeting-name", "assistant-intro", "timer-set", "weather-now", "holiday-greeting",
                "error-retry", "confirm-delete", "cart-count", "reminder-set", "goodbye"):
        msg = bundle.get_message(mid)
        want = bundle.format_pattern(msg.value, args)[0]
        assert r.render(mid, args, width=0) == want
