"""``localekit train`` / ``eval`` machinery on a tiny dataset made from policies/topics.yaml.

Real encoder, real training code, a few dozen texts; the embedding cache goes to tmp_path.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from localekit.policy import TOPICS, taxonomy
from localekit.screen.data import EmbeddingCache, split_of
from localekit.screen.heads import Heads, ngram_ids


def test_split_is_by_group_and_stable():
    assert split_of("g-1") == split_of("g-1")
    counts = {"train": 0, "dev": 0, "test": 0}
    for i in range(5000):
        counts[split_of(f"group-{i}")] += 1
    assert 0.66 < counts["train"] / 5000 < 0.74 and 0.17 < counts["test"] / 5000 < 0.23


def test_ngram_ids_deterministic():
    a = ngram_ids("Möchten Sie?")
    assert np.array_equal(np.sort(a), np.sort(ngram_ids("Möchten Sie?")))
    assert not np.array_equal(np.sort(a), np.sort(ngram_ids("Möchtest du?")))


def test_embedding_cache_roundtrip(tmp_path: Path):
    calls = []

    def embed(texts):
        calls.append(list(texts))
        return np.stack([np.full(4, len(t), np.float32) for t in texts])

    c = EmbeddingCache("fake", 4, tmp_path)
    x = c.get(["a", "bb", "a"], embed)
    assert x[:, 0].tolist() == [1, 2, 1] and calls == [["a", "bb"]]
    c2 = EmbeddingCache("fake", 4, tmp_path)
    assert c2.get(["bb"], embed)[0, 0] == 2 and len(calls) == 1


@pytest.fixture(scope="module")
def tiny_data(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("raw")
    rows = []
    for tid, topic in taxonomy().items():
        for k, text in enumerate(topic.positive):
            rows.append({"group": f"{tid}-p{k}", "lang": "en", "text": text, "topics": [tid],
                         "formality": "neutral", "kind": "positive"})
        for k, text in enumerate(topic.negative):
            rows.append({"group": f"{tid}-n{k}", "lang": "en", "text": text, "topics": [],
                         "formality": "neutral", "kind": "hard_negative"})
    (folder / "en.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def encoder():
    from localekit.screen.encoder import Encoder

    return Encoder.load(device="cpu", dtype="float32")  # training's dtype (see `localekit train`)


def test_train_save_load_is_deterministic(tiny_data, encoder, tmp_path, monkeypatch, formality_data):
    from localekit.screen.train import train_heads

    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(tmp_path / "cache"))
    small_formality = tmp_path / "formality"
    small_formality.mkdir()
    for lang in ("de", "ja"):  # a slice of the real pairs keeps this test short
        lines = (formality_data / f"{lang}.train.jsonl").read_text(encoding="utf-8").splitlines()[:120]
        (small_formality / f"{lang}.train.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    h1, _ = train_heads(encoder, project_dir=tiny_data, formality_dir=small_formality, finetune=False)
    h2, _ = train_heads(encoder, project_dir=tiny_data, formality_dir=small_formality, finetune=False)
    assert np.array_equal(h1.topic_w, h2.topic_w) and np.array_equal(h1.form_ngrams, h2.form_ngrams)
    h1.save(tmp_path / "heads")
    loaded = Heads.load(tmp_path / "heads")
    emb = encoder.embed(["Try the pulled pork sandwich."])
    assert np.allclose(loaded.topic_scores(emb), h1.topic_scores(emb), atol=1e-6)
    assert loaded.topic_scores(emb).shape == (1, len(TOPICS))
    assert (tmp_path / "heads" / "heads.npz").stat().st_size < 1_000_000


def test_tuned_layers_on_cached_states_reproduce_the_encoder(encoder):
    """The fine-tuning path (cached hidden states -> top layers -> mean pool) equals embed()."""
    import copy

    import torch

    from localekit.screen.finetune import _layers, _pad, _Tuner, hidden_before

    texts = ["Probier den Schweinebraten mit Knödeln.", "Hi",
             "ตั้งเวลาสิบนาทีให้หน่อย", "A much longer sentence about tomorrow's weather in the Andes, with rain."]
    first = len(_layers(encoder._model)) - 4
    hidden = hidden_before(encoder, texts, first)
    tuner = _Tuner(copy.deepcopy(torch.nn.ModuleList(_layers(encoder._model)[first:])), encoder.dim).eval()
    with torch.no_grad():
        x, mask = _pad(hidden, list(range(len(texts))), torch.device("cpu"))
        pooled = tuner.pooled(x, mask).numpy()
    assert np.abs(pooled - encoder.embed(texts)).max() < 1e-3


def german_formality(formality_data: Path, tmp_path: Path, lines: int) -> Path:
    """A formality folder with the first ``lines`` German CoCoA-MT lines (a small, real training set)."""
    folder = tmp_path / "formality"
    folder.mkdir()
    head = (formality_data / "de.train.jsonl").read_text(encoding="utf-8").splitlines()[:lines]
    (folder / "de.train.jsonl").write_text("\n".join(head) + "\n", encoding="utf-8")
    return folder


def test_finetune_saves_applies_and_reloads(tiny_data, tmp_path, monkeypatch, formality_data):
    """Real fine-tuning (1 epoch, tiny data): tuned layers change the embeddings, ship with the
    heads, reload with a matching digest, and the screener applies them to the default encoder."""
    import torch

    from localekit.errors import ModelError
    from localekit.screen.encoder import Encoder
    from localekit.screen.finetune import TOP_FILE, apply_top
    from localekit.screen.screener import load_backend
    from localekit.screen.train import train_heads

    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(tmp_path / "cache"))
    small_formality = german_formality(formality_data, tmp_path, 60)
    base = Encoder.load(device="cpu", dtype="float32")
    probe = ["Crispy pork belly is the house speciality.", "Wie spät ist es in Tokio?"]
    before = base.embed(probe)
    heads, _ = train_heads(base, project_dir=tiny_data, formality_dir=small_formality, epochs=1)
    assert heads.top and sorted({k.split(".layer.")[1].split(".")[0] for k in heads.top}) == ["10", "11", "8", "9"]
    assert base.variant.startswith("top4:")
    after = base.embed(probe)
    assert np.abs(after - before).max() > 1e-3  # the tuned layers are in use
    heads.save(tmp_path / "heads")
    assert (tmp_path / "heads" / TOP_FILE).stat().st_size < 20_000_000
    loaded = Heads.load(tmp_path / "heads")
    assert loaded.top is not None and loaded.meta["encoder_top"]["layers"] == [8, 9, 10, 11]
    backend = load_backend(None, "cpu", heads=tmp_path / "heads")
    assert backend.encoder.variant == base.variant
    assert np.abs(backend.encoder.embed(probe) - after).max() < 2e-2  # fp16 storage, device dtype
    # a tampered file is refused with a clear error, not silently used
    state = {k: v.clone() for k, v in loaded.top.items()}
    next(iter(state.values()))[0] += 1.0
    from localekit.screen.finetune import save_top

    save_top(state, tmp_path / "heads" / TOP_FILE)
    with pytest.raises(ModelError, match="digest"):
        Heads.load(tmp_path / "heads")
    # layers that do not fit the encoder are refused
    with pytest.raises(ModelError, match="do not fit"):
        apply_top(base._model, {"encoder.layer.8.output.dense.weight": torch.zeros(3, 3)})


def test_topic_pairs_join_train_items_of_one_language():
    """Multi-label augmentation: only train items, one language per pair, both labels, always train."""
    from localekit.screen.data import load_project
    from localekit.screen.train import topic_pairs

    items = load_project()
    by_group = {(it.group, it.lang): it for it in items}
    pairs = topic_pairs(items)
    assert len(pairs) > 500
    food = sum(1 for p in pairs if {"pork", "alcohol"} <= set(p.topics))
    assert food > 20  # dishes with drinks are deliberately frequent
    for p in pairs:
        ga, gb = p.group.removeprefix("pair:").split("+")
        a, b = by_group[(ga, p.lang)], by_group[(gb, p.lang)]
        assert a.split == b.split == "train" and p.split == "train"
        assert p.text == f"{a.text} {b.text}" and set(p.topics) == set(a.topics) | set(b.topics)
        assert len(p.topics) == 2
    assert topic_pairs(items) == pairs  # deterministic


def test_translation_pairs_anchor_each_translation_on_its_english_sentence():
    from localekit.screen.data import Item
    from localekit.screen.realtext import TRANSFER_LANGS
    from localekit.screen.train import translation_pairs

    def item(group: str, lang: str, text: str, source: str = "project") -> Item:
        return Item(text=text, lang=lang, group=group, topics=(), formality=None, kind="positive", source=source)

    g = next(f"g{i}" for i in range(100) if split_of(f"g{i}") == "train")
    held = next(f"g{i}" for i in range(100) if split_of(f"g{i}") == "test")
    cs = sorted(TRANSFER_LANGS)[0]
    items = [item(g, "en", "Try the pork ribs."), item(g, "de", "Probier die Schweinerippchen."),
             item(g, "fr", "Goûtez les travers de porc."), item(g, cs, "Ochutnejte vepřová žebírka."),
             item(g, "en", "Try the pork ribs.", "real:pud"),  # the same anchor twice: still one anchor
             item(held, "en", "A test sentence."), item(held, "de", "Ein Testsatz."),
             item("solo", "de", "Nur Deutsch.")]
    pairs = translation_pairs(items)
    assert pairs == [("Try the pork ribs.", "Goûtez les travers de porc."),
                     ("Try the pork ribs.", "Probier die Schweinerippchen.")]  # no test split, no transfer language


def test_consistency_pulls_translations_towards_their_anchors(tmp_path: Path, monkeypatch):
    from localekit.screen.encoder import Encoder
    from localekit.screen.finetune import apply_top, finetune_top

    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(tmp_path / "cache"))
    en = ["The casino opens at noon.", "We serve pork belly tonight.", "Where is the train station?",
          "The weather is sunny today.", "He bought a new rifle.", "She prays every morning."]
    de = ["Das Casino öffnet mittags.", "Heute Abend gibt es Schweinebauch.", "Wo ist der Bahnhof?",
          "Das Wetter ist heute sonnig.", "Er hat ein neues Gewehr gekauft.", "Sie betet jeden Morgen."]
    topics = np.zeros((len(en), len(TOPICS)), np.float32)
    gaps = {}
    for weight in (0.0, 20.0):
        enc = Encoder.load(device="cpu", dtype="float32")
        state = finetune_top(enc, en, topics, [None] * len(en), layers=1, epochs=3, batch_size=2,
                             pairs=list(zip(en, de, strict=True)), consistency=weight)
        apply_top(enc._model, state)
        a, b = enc.embed(en), enc.embed(de)
        gaps[weight] = float(np.mean(1.0 - (a * b).sum(1)))
    assert gaps[20.0] < gaps[0.0]


def test_tune_layers_chooses_how_many_top_layers_are_tuned(tiny_data, tmp_path, monkeypatch, formality_data):
    """``tune_layers`` (``localekit train --tune-layers``) sets how many of the top layers are tuned
    and shipped."""
    from localekit.screen.encoder import Encoder
    from localekit.screen.train import train_heads

    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(tmp_path / "cache"))
    small_formality = german_formality(formality_data, tmp_path, 40)
    base = Encoder.load(device="cpu", dtype="float32")
    heads, _ = train_heads(base, project_dir=tiny_data, formality_dir=small_formality, epochs=1, tune_layers=2)
    assert sorted({int(k.split(".layer.")[1].split(".")[0]) for k in heads.top}) == [10, 11]
    assert heads.meta["finetuned_layers"] == [10, 11]


def test_train_top_from_refits_heads_on_reused_tuned_layers(tiny_data, tmp_path, monkeypatch, formality_data, capsys):
    """`localekit train --top-from DIR` reuses DIR's tuned layers (no fine-tuning) and writes them
    with the refitted heads; a folder without tuned layers is refused in one line."""
    from localekit.cli import main
    from localekit.screen.finetune import state_digest
    from localekit.screen.heads import HEADS_DIR
    from localekit.screen.train import train_heads

    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(tmp_path / "cache"))
    small = german_formality(formality_data, tmp_path, 60)

    def run(*args: str) -> int:
        try:
            main(["train", "--data", str(tiny_data), "--formality-data", str(small), "--no-real", *args])
        except SystemExit as exc:
            return int(exc.code or 0)
        return 0

    assert run("--top-from", str(HEADS_DIR), "--out", str(tmp_path / "refit")) == 0
    shipped, refit = Heads.load(HEADS_DIR), Heads.load(tmp_path / "refit")
    assert state_digest(refit.top) == state_digest(shipped.top) == refit.meta["encoder_top"]["digest"]
    assert refit.meta["finetuned_layers"] == [8, 9, 10, 11]
    # the heads were fitted on the tuned encoder's embeddings, not the base encoder's
    from localekit.screen.encoder import Encoder

    base = Encoder.load(device="cpu", dtype="float32")
    untuned, _ = train_heads(base, project_dir=tiny_data, formality_dir=small, finetune=False)
    assert refit.meta["train_items"] == untuned.meta["train_items"]  # the tiny data, not the shipped data
    assert np.abs(refit.topic_w - untuned.topic_w).max() > 1e-3
    untuned.save(tmp_path / "plain")
    capsys.readouterr()
    assert run("--top-from", str(tmp_path / "plain"), "--out", str(tmp_path / "x")) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) <= 2 and "holds no tuned encoder layers" in err[0] and "Traceback" not in "\n".join(err)
    assert not (tmp_path / "x").exists()
    capsys.readouterr()
    assert run("--top-from", str(HEADS_DIR), "--seeds", "2", "--out", str(tmp_path / "y")) == 2
    err = capsys.readouterr().err
    assert "--seeds needs --hidden" in err and "Traceback" not in err and not (tmp_path / "y").exists()


@pytest.mark.parametrize("hidden", [0, 64])
def test_topic_fit_does_not_depend_on_the_thread_setting(hidden):
    """The caller's torch threads change float summation order; the head fit pins its own count, so
    `localekit train --threads N` gives the same head for every N (and the caller's setting is kept)."""
    import torch

    from localekit.screen.train import fit_topics

    rng = np.random.default_rng(0)
    x = rng.normal(size=(1500, 384)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y = ((x @ rng.normal(size=(384, 13))) > 2.0).astype(np.float32)
    before = torch.get_num_threads()
    fits = []
    try:
        for threads in (1, 3):
            torch.set_num_threads(threads)
            fits.append(fit_topics(x, y, hidden=hidden, epochs=100))
            assert torch.get_num_threads() == threads
    finally:
        torch.set_num_threads(before)
    for a, b in zip(*fits, strict=True):
        assert (a is None and b is None) or np.array_equal(a, b)



def test_seed_averaged_head_is_the_mean_of_its_fits():
    """`--seeds 3` keeps one head whose logit is the mean of three fits from consecutive seeds; the
    first of them is the single-seed fit, and the draws differ."""
    from localekit.screen.threads import pinned_threads
    from localekit.screen.train import FIT_THREADS, SEED, _fit_topics, fit_topics

    rng = np.random.default_rng(1)
    x = rng.normal(size=(800, 384)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y = ((x @ rng.normal(size=(384, 13))) > 2.0).astype(np.float32)

    def logits(w1, b1, w, b):
        return np.maximum(x @ w1.T + b1, 0) @ w.T + b

    three = fit_topics(x, y, hidden=32, epochs=60, seeds=3)
    assert three[0].shape == (96, 384) and three[2].shape == (13, 96)
    with pinned_threads(FIT_THREADS):  # as fit_topics runs its fits
        fits = [_fit_topics(x, y, 32, 1e-4, 60, 0.5, SEED + k) for k in range(3)]
    assert all(np.array_equal(a, b) for a, b in zip(fit_topics(x, y, hidden=32, epochs=60), fits[0], strict=True))
    assert np.abs(fits[1][0] - fits[0][0]).max() > 1e-3
    mean = np.mean([logits(*f) for f in fits], axis=0)
    assert np.abs(logits(*three) - mean).max() < 1e-3
    with pytest.raises(ValueError, match="needs a hidden layer"):
        fit_topics(x, y, hidden=0, seeds=2)
