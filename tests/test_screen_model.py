"""The screener with the real bundled encoder and the shipped heads.

Covers the policy per locale on model scores, obfuscated variants flagging like the plain text,
thread safety of the cached screener, and the shipped heads' metrics on the held-out test split.
"""

from __future__ import annotations

import contextlib
import json
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from localekit.policy import TOPICS
from localekit.screen import get_screener, screen, screen_many
from localekit.screen.data import DATA_DIR


@pytest.fixture(scope="module")
def scr():
    return get_screener(None, "cpu")


def test_pork_policy_per_locale(scr):
    text = "Try the slow-cooked pulled pork sandwich with crispy bacon."
    sa = scr.screen(text, "ar-SA")
    de = scr.screen(text, "de-DE")
    assert "pork" in sa["flagged"] and "pork" in de["flagged"]
    # the same score, judged by each locale's policy (other topics may add their own findings)
    pork_sa = [f for f in sa["findings"] if f["code"] == "topic" and f["message"].startswith("pork")]
    pork_de = [f for f in de["findings"] if f["code"] == "topic" and f["message"].startswith("pork")]
    assert "revise in ar-SA" in pork_sa[0]["message"] and "Pork is haram" in pork_sa[0]["message"]
    assert "allow in de-DE" in pork_de[0]["message"]
    assert sa["action"] in ("revise", "block")
    assert sa["topics"]["pork"] == pytest.approx(de["topics"]["pork"])


def test_library_functions_share_the_cached_screener(scr):
    assert get_screener(None, "cpu") is scr
    v = screen("Your package arrives on Tuesday.", "en-US", device="cpu")
    assert v["action"] == "allow" and list(v["topics"]) == list(TOPICS) and v["language"] == "en"
    many = screen_many(["Hallo!", {"id": "x", "text": "Bonjour !", "locale": "fr-FR"}], "de-DE", device="cpu")
    assert [m["id"] for m in many] == [0, "x"] and many[1]["locale"] == "fr-FR"


FLAGGED = [
    ("Pair the grilled fish with a crisp Sauvignon Blanc wine.", "alcohol"),
    ("Add some crispy bacon bits to the salad.", "pork"),
    ("The jackpot for Saturday's lottery is 40 million, buy a ticket at the casino.", "gambling"),
    ("Cannabis and cocaine are sold on that corner.", "drugs"),
    ("The rifle has a range of about 800 metres; load the gun carefully.", "weapons"),
]


def _variants(text: str) -> dict[str, str]:
    cyr = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р"})
    words = text.split()
    long_i = max(range(len(words)), key=lambda i: len(words[i]))
    w = words[long_i]
    zw = words.copy()
    zw[long_i] = w[:2] + "\u200b" + w[2:]
    homo = words.copy()
    homo[long_i] = w[0] + w[1:].translate(cyr)  # Cyrillic look-alikes inside one Latin word
    full = words.copy()
    full[long_i] = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w)
    return {"plain": text, "zero_width": " ".join(zw), "cyrillic": " ".join(homo), "fullwidth": " ".join(full)}


def test_obfuscated_variants_flag_like_plain(scr):
    plain_flags, variant_flags = 0, 0
    for text, topic in FLAGGED:
        variants = _variants(text)
        verdicts = {k: scr.screen(t, "ar-SA") for k, t in variants.items()}
        base = verdicts["plain"]
        assert topic in base["flagged"]
        plain_flags += 1
        for kind, v in verdicts.items():
            if kind == "plain":
                continue
            variant_flags += topic in v["flagged"]
            assert v["flagged"] == base["flagged"], (kind, variants[kind])
            assert any(f["code"] == "obfuscation" for f in v["findings"])
            for f in v["findings"]:
                s, e = f["span"]
                assert 0 <= s <= e <= len(variants[kind])
    assert variant_flags == 3 * plain_flags


def test_concurrent_screening_matches_sequential(scr):
    texts = [t for t, _ in FLAGGED] + ["Möchtest du ein Bier?", "Merry Christmas!", "Your order is on its way."]
    locales = ["ar-SA", "de-DE", "en-US", "hi-IN"]
    jobs = [(t, loc) for t in texts for loc in locales]
    sequential = [scr.screen(t, loc) for t, loc in jobs]
    barrier = threading.Barrier(8)

    def work(job):
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=5)
        return scr.screen(*job)

    with ThreadPoolExecutor(max_workers=8) as pool:
        concurrent = list(pool.map(work, jobs * 2))
    for seq, conc in zip(sequential * 2, concurrent, strict=True):
        assert conc["action"] == seq["action"] and conc["flagged"] == seq["flagged"]
        assert conc["findings"] == seq["findings"]
        assert np.allclose(list(conc["topics"].values()), list(seq["topics"].values()), atol=1e-4)


def test_cli_with_model_streams_jsonl(monkeypatch, capsys):
    import io

    from localekit.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO("Try the pulled pork.\n{\"id\": 7, \"text\": \"Hallo\"}\n"))
    with pytest.raises(SystemExit) as exc:
        main(["screen", "--locale", "ar-SA", "--device", "cpu"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert exc.value.code == 0
    assert [r["id"] for r in rows] == [1, 7]
    assert rows[0]["action"] == "revise" and "pork" in rows[0]["flagged"]


@pytest.mark.skipif(not DATA_DIR.exists(), reason="project dataset not present")
def test_shipped_heads_on_the_test_split(formality_data):
    """The real held-out metric, computed here with the shipped heads and their tuned encoder
    layers: a regression floor just under the figures in docs/screener.md (pooled topic macro-F1
    over 30 languages 0.834 at the operating point chosen for real text)."""
    from localekit.screen.evaluate import run_eval

    res = run_eval(device="cpu", zero_shot=False, real=False)
    assert res.meta["heads"]["finetuned_layers"] == [8, 9, 10, 11] and "+top4:" in res.meta["encoder"]
    assert len(res.topics.per_language) == 30 and res.topics.n_items > 2500
    assert res.topics.macro_f1 >= 0.82
    assert res.topics.languages_at(0.85) >= 8
    # the short explicit responses, evaluation only: reported beside the test split; what the model
    # flags there is nearly always right (precision floors just under docs/screener.md's figures)
    from localekit.screen.evaluate import render_markdown

    assert res.short is not None and res.short.n_items == 1320 and len(res.short.per_language) == 30
    for topic in ("pork", "alcohol", "beef", "gambling"):
        precision, _, _, support = res.short.per_topic[topic]
        assert support >= 180 and precision >= 0.8, topic
    assert "Short explicit responses" in render_markdown(res) and res.as_dict()["short"]["n"] == 1320


def test_shipped_formality_on_held_out_cocoa_pairs(formality_data, tmp_path, monkeypatch):
    """The held-out CoCoA-MT/IWSLT2023 test pairs (split by pair, never trained on)."""
    from localekit.screen.data import load_formality
    from localekit.screen.encoder import Encoder
    from localekit.screen.evaluate import formality_mean, formality_report
    from localekit.screen.heads import Heads
    from localekit.screen.train import embed_items

    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(tmp_path / "cache"))  # embed afresh, cache untouched
    test = [it for it in load_formality(formality_data) if it.split == "test"]
    heads = Heads.load()
    rep = formality_report(heads, embed_items(test, Encoder.load(device="cpu", top=heads.top)))
    assert len(rep) == 10
    assert formality_mean(rep, "combined") >= 0.90
    assert formality_mean(rep, "head") >= 0.90
    assert min(v["combined"] for v in rep.values()) >= 0.85
