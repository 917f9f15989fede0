"""Topic terms (``policies/topic_terms/``): the shipped lists load and cover every pack language,
the matcher's word, stem, substring and exception rules, bad files, and the screener's use of them."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from localekit.errors import PackError
from localekit.policy import TOPICS
from localekit.screen.data import Item
from localekit.screen.evaluate import pack_languages
from localekit.screen.terms import (
    TermList,
    find_terms,
    fold_text,
    item_term_flags,
    languages,
    proper_names,
    read_term_list,
    term_list,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from topic_terms_dev import prune, term_counts

REPO = Path(__file__).resolve().parents[1]

FOUR = {"pork", "alcohol", "beef", "gambling"}


def test_every_pack_language_has_a_valid_list_of_the_four_topics():
    assert set(languages()) == set(pack_languages())
    for lang in languages():
        tl = term_list(lang)
        assert tl is not None and tl.language == lang
        assert set(tl.terms) <= FOUR and set(tl.terms) <= set(TOPICS), lang
        assert sum(len(v) for v in tl.terms.values()) >= 10, lang
    assert term_list("xx") is None


def test_no_term_is_listed_under_two_topics():
    for lang in languages():
        seen: dict[str, str] = {}
        for topic, words in term_list(lang).terms.items():
            for w in words:
                assert seen.setdefault(w, topic) == topic, (lang, w)


def test_whole_words_stems_and_phrases_in_spaced_scripts():
    tl = TermList("xx", {"pork": ["babi", "daging babi"], "beef": ["sianliha*"]})
    assert [h.term for h in tl.find(fold_text("Nasi goreng BABI enak"))] == ["babi"]
    assert tl.find(fold_text("babinya")) == []  # whole words only
    hit = tl.find(fold_text("Ostin sianlihaa."))[0]
    assert (hit.topic, hit.term, hit.start, hit.end) == ("beef", "sianliha", 6, 14)
    assert tl.find(fold_text("kasianliha")) == []  # a stem still starts a word


@pytest.mark.parametrize(("lang", "clear", "qualified"), [
    ("en", "Would you like an alcoholic drink?", "Would you like a non-alcoholic drink?"),
    ("da", "Vil du have en alkoholisk drik?", "Vil du have en ikke-alkoholisk drik?"),
    ("nl", "Wil je een alcoholisch drankje?", "Wil je een niet-alcoholisch drankje?"),
])
def test_a_term_after_a_hyphen_is_a_qualified_compound(lang, clear, qualified):
    assert [h.topic for h in term_list(lang).find(fold_text(clear))] == ["alcohol"]
    assert term_list(lang).find(fold_text(qualified)) == []


def test_a_term_ending_in_a_vowel_sign_is_a_whole_word():
    bn = term_list("bn")
    assert [h.topic for h in bn.find(fold_text("এক গ্লাস ব্র্যান্ডি দিন"))] == ["alcohol"]  # brandy
    assert bn.find(fold_text("ব্র্যান্ডিং খুব জরুরি")) == []  # branding


@pytest.mark.parametrize(("lang", "topic", "meant", "not_meant"), [
    ("de", "alcohol", "Ein Glas Rotwein zum Essen.", "Mit etwas Rotweinessig abschmecken."),
    ("ja", "gambling", "競輪の車券を買った。", "新幹線の乗車券を買った。"),
    ("zh", "pork", "广式腊肠炒饭很好吃。", "我家的腊肠犬很可爱。"),
    ("ko", "alcohol", "사케 한 잔 주세요.", "점심으로 사케동을 먹었어요."),
    ("en", "alcohol", "Pair it with a cold beer.", "Pair it with a cold ginger beer."),
    ("en", "pork", "Try the pork belly buns.", "He wore a pork pie hat to the wedding."),
])
def test_the_exceptions_hold(lang, topic, meant, not_meant):
    """Exceptions named by the review (``review_exceptions.yaml``) and the English look-alikes
    (``lookalikes.yaml``) ship with their language and hide the term they contain."""
    import yaml

    assert [h.topic for h in term_list(lang).find(fold_text(meant))] == [topic]
    assert term_list(lang).find(fold_text(not_meant)) == []
    shipped = yaml.safe_load((REPO / "policies/topic_terms" / f"{lang}.yaml").read_text(encoding="utf-8"))
    for name in ("review_exceptions.yaml", "lookalikes.yaml"):
        added = yaml.safe_load((REPO / "data/topic_terms" / name).read_text(encoding="utf-8")).get(lang, [])
        assert set(added) <= set(shipped["exceptions"]), (name, lang)


def test_turkish_dotted_capital_i_folds_to_i():
    tr = term_list("tr")
    assert [h.term for h in tr.find(fold_text("Dün İDDAA oynadık."))] == ["iddaa"]
    assert fold_text("İSTANBUL") == "istanbul"


def test_substrings_and_exceptions_in_unspaced_scripts():
    tl = TermList("xx", {"alcohol": ["啤酒", "酒吧"]}, ["酒吧台"])
    assert [h.term for h in tl.find("在酒吧喝啤酒")] == ["酒吧"]
    assert tl.find("酒吧台") == []  # inside an exception
    assert [h.term for h in tl.find("酒吧台上的啤酒")] == ["啤酒"]


def test_terms_are_matched_in_the_texts_normalisation():
    tl = TermList("xx", {"alcohol": ["ＢＥＥＲ"]})  # full-width in the file, NFKC in the text
    assert tl.find(fold_text("a cold beer")) and tl.find(fold_text("A COLD ＢＥＥＲ"))


def test_first_language_wins_and_hits_come_in_topic_order():
    hits = find_terms(fold_text("un verre de vin"), ["xx", "fr", "fr"])
    assert all(h.topic in FOUR for h in hits)
    assert [h.topic for h in hits] == [t for t in TOPICS if t in {h.topic for h in hits}]


def test_a_bad_list_is_one_line_with_file_and_line(tmp_path):
    bad = tmp_path / "xx.yaml"
    bad.write_text("schema_version: 1\nlanguage: xx\nterms:\n  pork: [a]\n  weather: [rain]\n", encoding="utf-8")
    with pytest.raises(PackError) as exc:
        read_term_list(bad)
    assert "xx.yaml:5" in str(exc.value) and "unknown topic 'weather'" in str(exc.value)
    bad.write_text("schema_version: 1\nlanguage: yy\nterms: {pork: [a]}\n", encoding="utf-8")
    with pytest.raises(PackError, match="does not match the file name"):
        read_term_list(bad)
    bad.write_text("schema_version: 1\nlanguage: xx\nterms: {pork: ['a*b']}\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"xx\.yaml"):
        read_term_list(bad)
    before = bad.read_bytes()
    with pytest.raises(PackError):
        read_term_list(bad)
    assert bad.read_bytes() == before


def test_item_flags_and_the_pruning_counts():
    def item(text, topics=()):
        return Item(text, "xx", "g", tuple(topics), None, "positive" if topics else "negative", "test")

    items = [item("a cold beer", ["alcohol"]), item("root beer float"), item("nothing here"), item("beer", ["alcohol"])]
    tl = TermList("xx", {"alcohol": ["beer"]})
    flags = item_term_flags(items, {"xx": tl})
    assert flags[:, TOPICS.index("alcohol")].tolist() == [True, True, False, True]
    assert flags.sum() == 3 and flags.dtype == np.bool_
    counts = term_counts({"terms": {"alcohol": ["beer", "wine"]}}, "xx", items)
    assert counts == {("alcohol", "beer"): (2, 1), ("alcohol", "wine"): (0, 0)}


@pytest.fixture(scope="module")
def scr():
    from localekit.screen.screener import get_screener

    return get_screener(None, "cpu")


@pytest.mark.parametrize(("text", "locale", "topic", "term", "action"), [
    ("Kami merekomendasikan sate babi yang lezat.", "id-ID", "pork", "sate babi", "revise"),
    ("Coba judi online di situs ini.", "id-ID", "gambling", "judi", "block"),
    ("ساندويتش لحم الخنزير المقدد لذيذ جدا", "ar-SA", "pork", "لحم الخنزير", "revise"),
    ("جرب الكازينو على الإنترنت الليلة", "ar-SA", "gambling", "الكازينو", "block"),
])
def test_a_named_food_or_game_is_flagged_when_the_model_misses_it(scr, text, locale, topic, term, action):
    from localekit.screen.screener import Screener

    v = scr.screen(text, locale)
    assert topic in v.flagged and v.action == action
    finding = next(f for f in v["findings"] if f["code"] == "topic" and f["message"].startswith(topic))
    assert f"term '{term}'" in finding["message"]
    assert text[slice(*finding["span"])].casefold() == term
    alone = Screener(backend=scr.backend, terms=False).screen(text, locale)
    assert v["topics"] == alone["topics"]  # the model's scores are unchanged
    if v["topics"][topic] < 0.5:
        assert topic not in alone.flagged


def test_terms_work_without_a_model():
    from localekit.screen.screener import Screener

    v = Screener(rules_only=True).screen("Kami merekomendasikan sate babi yang lezat.", "id-ID")
    assert v.flagged == ["pork"] and v.action == "review"


def test_raw_lists_are_the_shipped_lists_plus_the_pruned_terms():
    import yaml

    pruned = {tuple(c.strip() for c in line.strip("|").split("|")[:3])
              for line in (REPO / "policies/topic_terms/PRUNED.md").read_text(encoding="utf-8").splitlines()
              if line.startswith("| ") and not line.startswith("| language")}
    for raw in sorted((REPO / "data/topic_terms/raw").glob("*.yaml")):
        written = yaml.safe_load(raw.read_text(encoding="utf-8"))["terms"]
        shipped = yaml.safe_load((REPO / "policies/topic_terms" / raw.name).read_text(encoding="utf-8"))["terms"]
        for topic, words in written.items():
            dropped = {w for lang, t, w in pruned if lang == raw.stem and t == topic}
            assert set(shipped[topic]) == set(words) - dropped, (raw.stem, topic)


def test_the_pruning_rebuilds_the_shipped_lists(shared, tmp_path):
    prune(REPO / "data/topic_terms/raw", tmp_path)
    for path in sorted(tmp_path.iterdir()):
        assert path.read_bytes() == (REPO / "policies/topic_terms" / path.name).read_bytes(), path.name


def test_a_proper_name_hides_its_terms_also_with_a_case_ending():
    assert "brandy melville" in [n.casefold() for n in proper_names()]
    fi = term_list("fi")
    assert [h.term for h in fi.find(fold_text("Lasi brandy ja sooda, kiitos."))] == ["brandy"]
    for text in ("Ostin paidan Brandy Melvillestä", "Brandy Melville avaa uuden myymälän"):
        assert fi.find(fold_text(text)) == [], text


def test_the_second_pass_review_is_applied_as_decided():
    """``data/topic_terms/review/``: a second pass named the terms it doubts (the README states the
    count); each doubt names a written term, which ships unless PRUNED.md records the review
    dropping it; the exceptions the doubts name ship with their language."""
    import re

    import yaml

    folder = REPO / "data/topic_terms/review"
    assert sorted(p.stem for p in folder.glob("*.yaml")) == sorted(languages())
    pruned = (REPO / "policies/topic_terms/PRUNED.md").read_text(encoding="utf-8")
    by_review = {tuple(c.strip() for c in line.strip("|").split("|")[:3])
                 for line in pruned.split("## Dropped by the second-pass review")[1].splitlines()
                 if line.startswith("| ") and not line.startswith("| language")}
    doubted = 0
    for path in sorted(folder.glob("*.yaml")):
        review = yaml.safe_load(path.read_text(encoding="utf-8"))
        lang = review["language"]
        assert lang == path.stem
        written = yaml.safe_load((REPO / "data/topic_terms/raw" / path.name).read_text(encoding="utf-8"))["terms"]
        shipped = yaml.safe_load((REPO / "policies/topic_terms" / path.name).read_text(encoding="utf-8"))["terms"]
        for entry in review["doubtful"] or ():
            topic, term = entry["topic"], entry["term"]
            assert topic in FOUR and entry["reason"] and term in written[topic], entry
            assert (term in shipped[topic]) != ((lang, topic, term) in by_review), entry
        doubted += len(review["doubtful"] or ())
    assert 0 < len(by_review) < doubted
    extra = yaml.safe_load((REPO / "data/topic_terms/review_exceptions.yaml").read_text(encoding="utf-8"))
    for lang, strings in extra.items():
        shipped = yaml.safe_load((REPO / "policies/topic_terms" / f"{lang}.yaml").read_text(encoding="utf-8"))
        assert set(strings) <= set(shipped["exceptions"]), lang
    readme = (REPO / "policies/topic_terms/README.md").read_text(encoding="utf-8")
    stated = re.search(r"second pass doubts ([\d,]+)\s+of\s+the\s+6,493", readme)
    assert stated and int(stated.group(1).replace(",", "")) == doubted
