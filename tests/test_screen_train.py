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

    return Encoder.load(device="cpu")


def test_train_save_load_is_deterministic(tiny_data, encoder, tmp_path, monkeypatch, formality_data):
    from localekit.screen.train import train_heads

    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(tmp_path / "cache"))
    small_formality = tmp_path / "formality"
    small_formality.mkdir()
    for lang in ("de", "ja"):  # a slice of the real pairs keeps this test short
        lines = (formality_data / f"{lang}.train.jsonl").read_text(encoding="utf-8").splitlines()[:120]
        (small_formality / f"{lang}.train.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    h1, _ = train_heads(encoder, project_dir=tiny_data, formality_dir=small_formality)
    h2, _ = train_heads(encoder, project_dir=tiny_data, formality_dir=small_formality)
    assert np.array_equal(h1.topic_w, h2.topic_w) and np.array_equal(h1.form_ngrams, h2.form_ngrams)
    h1.save(tmp_path / "heads")
    loaded = Heads.load(tmp_path / "heads")
    emb = encoder.embed(["Try the pulled pork sandwich."])
    assert np.allclose(loaded.topic_scores(emb), h1.topic_scores(emb), atol=1e-6)
    assert loaded.topic_scores(emb).shape == (1, len(TOPICS))
    assert (tmp_path / "heads" / "heads.npz").stat().st_size < 1_000_000
