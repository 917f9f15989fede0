"""The small trained heads on top of the encoder: multi-label topics and 3-way formality.

Stored in ``localekit/screen/heads/`` as ``heads.npz`` (float32 weights), ``heads.json``
(encoder name and dimension, topic order, calibrated thresholds, training summary) and, when the
encoder's top layers were fine-tuned for the heads, ``encoder_top.safetensors`` (fp16). Inference is
plain numpy, so heads never need torch; ``localekit train`` writes them (``screen/train.py``).

Topic scores are calibrated: each topic's bias is shifted so that the F1-optimal threshold found
on the dev split maps to a score of 0.5, the default policy threshold in ``policies/topics.yaml``.
"""

from __future__ import annotations

import io
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from localekit.errors import ModelError
from localekit.io import atomic_write_bytes, atomic_write_text
from localekit.policy import TOPICS

HEADS_DIR = Path(__file__).resolve().parent / "heads"
FORMALITY_LABELS: tuple[str, ...] = ("formal", "informal", "neutral")
NGRAM_BUCKETS = 1 << 16


def ngram_ids(text: str, buckets: int = NGRAM_BUCKETS, max_chars: int = 2000) -> np.ndarray:
    """Hashed character 1-4-grams of ``text`` (case kept: case marks register), deduplicated."""
    t = f" {text[:max_chars]} "
    ids = {zlib.crc32(t[i:i + n].encode("utf-8")) % buckets
           for n in (1, 2, 3, 4) for i in range(len(t) - n + 1)}
    return np.fromiter(ids, dtype=np.int64, count=len(ids))


def ngram_scores(texts: list[str], table: np.ndarray) -> np.ndarray:
    """Sum of the n-gram table rows of each text, divided by sqrt(#n-grams)."""
    out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
    for i, t in enumerate(texts):
        ids = ngram_ids(t, table.shape[0])
        if len(ids):
            out[i] = table[ids].sum(axis=0) / np.sqrt(len(ids))
    return out


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -40, 40)))


@dataclass
class Heads:
    """Weights of the topic and formality heads for one encoder (numpy inference)."""

    encoder: str
    dim: int
    topic_w1: np.ndarray | None  # (hidden, dim) or None for a linear head
    topic_b1: np.ndarray | None
    topic_w: np.ndarray  # (13, hidden or dim)
    topic_b: np.ndarray  # (13,), calibration already folded in
    form_w: np.ndarray  # (3, dim)
    form_b: np.ndarray  # (3,)
    form_ngrams: np.ndarray | None = None  # (NGRAM_BUCKETS, 3)
    meta: dict[str, Any] = field(default_factory=dict)
    #: fine-tuned top encoder layers the heads were trained on (``screen/finetune.py``), or None
    top: dict[str, Any] | None = None

    def topic_logits(self, emb: np.ndarray) -> np.ndarray:
        """(N, dim) embeddings -> (N, 13) log-odds, in :data:`TOPICS` order (score 0.5 at 0)."""
        h = emb.astype(np.float32, copy=False)
        if self.topic_w1 is not None:
            h = np.maximum(h @ self.topic_w1.T + self.topic_b1, 0.0)
        return h @ self.topic_w.T + self.topic_b

    def topic_scores(self, emb: np.ndarray) -> np.ndarray:
        """(N, dim) embeddings -> (N, 13) calibrated scores in 0..1, in :data:`TOPICS` order."""
        return _sigmoid(self.topic_logits(emb))

    def formality_probs(self, emb: np.ndarray, texts: list[str]) -> np.ndarray:
        """(N, 3) probabilities over :data:`FORMALITY_LABELS`."""
        logits = emb.astype(np.float32, copy=False) @ self.form_w.T + self.form_b
        if self.form_ngrams is not None:
            logits = logits + ngram_scores(texts, self.form_ngrams)
        logits = logits - logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)

    # --- persistence ---------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        arrays = {"topic_w": self.topic_w, "topic_b": self.topic_b, "form_w": self.form_w, "form_b": self.form_b}
        if self.topic_w1 is not None:
            arrays |= {"topic_w1": self.topic_w1, "topic_b1": self.topic_b1}
        if self.form_ngrams is not None:
            arrays["form_ngrams"] = self.form_ngrams.astype(np.float16)
        buf = io.BytesIO()
        np.savez_compressed(buf, **{k: np.asarray(v, dtype=v.dtype if k == "form_ngrams" else np.float32)
                                    for k, v in arrays.items()})
        atomic_write_bytes(folder / "heads.npz", buf.getvalue())
        meta = dict(self.meta, encoder=self.encoder, dim=self.dim, topics=list(TOPICS),
                    formality_labels=list(FORMALITY_LABELS))
        meta.pop("encoder_top", None)
        if self.top is not None:
            from localekit.screen.finetune import TOP_FILE, save_top, state_digest, tuned_layers

            save_top(self.top, folder / TOP_FILE)
            meta["encoder_top"] = {"file": TOP_FILE, "digest": state_digest(self.top),
                                   "layers": tuned_layers(self.top)}
        elif (folder / "encoder_top.safetensors").exists():
            (folder / "encoder_top.safetensors").unlink()
        atomic_write_text(folder / "heads.json", json.dumps(meta, indent=1, ensure_ascii=False) + "\n")

    @classmethod
    def load(cls, folder: Path | str | None = None) -> Heads:
        folder = Path(folder) if folder else HEADS_DIR
        try:
            meta = json.loads((folder / "heads.json").read_text(encoding="utf-8"))
            with np.load(folder / "heads.npz") as z:
                arr = {k: z[k] for k in z.files}
        except FileNotFoundError as exc:
            raise ModelError(f"screener heads not found: {exc.filename}",
                             hint="reinstall localekit or run `localekit train`") from exc
        except Exception as exc:
            raise ModelError(f"screener heads in {folder} are unreadable ({type(exc).__name__}: {exc})",
                             hint="reinstall localekit or run `localekit train`") from None
        if meta.get("topics") != list(TOPICS):
            raise ModelError(f"heads in {folder} were trained for other topics: {meta.get('topics')}")
        try:
            ngr = arr.get("form_ngrams")
            heads = cls(
                encoder=meta["encoder"], dim=int(meta["dim"]),
                topic_w1=arr.get("topic_w1"), topic_b1=arr.get("topic_b1"),
                topic_w=arr["topic_w"], topic_b=arr["topic_b"], form_w=arr["form_w"], form_b=arr["form_b"],
                form_ngrams=None if ngr is None else ngr.astype(np.float32), meta=meta,
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise ModelError(f"screener heads in {folder} are incomplete (missing {exc})",
                             hint="reinstall localekit or run `localekit train`") from None
        top_meta = meta.get("encoder_top")
        if top_meta:
            from localekit.screen.finetune import load_top, state_digest

            heads.top = load_top(folder / str(top_meta.get("file", "encoder_top.safetensors")))
            if state_digest(heads.top) != top_meta.get("digest"):
                raise ModelError(f"tuned encoder layers in {folder} do not match heads.json (digest)",
                                 hint="reinstall localekit or run `localekit train`")
        if heads.topic_w.shape[0] != len(TOPICS) or heads.form_w.shape != (len(FORMALITY_LABELS), heads.dim):
            raise ModelError(f"screener heads in {folder} have wrong shapes", hint="run `localekit train`")
        return heads
