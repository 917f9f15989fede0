"""Screener datasets: the project's labelled responses and the CoCoA-MT/IWSLT formality pairs.

Splits are deterministic and by group: ``sha256(group) % 100`` < 70 train, < 80 dev, else test,
so a test item's translations are never trained on. Embeddings are cached in an ``.npz`` keyed by
a hash of (encoder name, prefix, text), so training and evaluation embed each text once.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from localekit.policy import TOPICS

REPO = Path(__file__).resolve().parents[2]
DATA_DIR = REPO / "data" / "screener" / "raw"
#: short explicit responses (food, drink, games), evaluation only: never trained or tuned on
SHORT_DIR = REPO / "data" / "screener" / "short"


def cache_dir() -> Path | None:
    """Embedding cache folder: ``screener/`` under :func:`localekit.io.cache_dir` (None: caching off)."""
    from localekit.io import cache_dir as root

    base = root()
    return None if base is None else base / "screener"

FORMALITY_LANGS: tuple[str, ...] = ("de", "es", "fr", "hi", "it", "ja", "ko", "nl", "pt", "vi")
# the pack that judges each formality language's register markers
FORMALITY_PACKS: dict[str, str] = {
    "de": "de-DE", "es": "es-ES", "fr": "fr-FR", "hi": "hi-IN", "it": "it-IT", "ja": "ja-JP",
    "ko": "ko-KR", "nl": "nl-NL", "pt": "pt-PT", "vi": "vi-VN",
}


def split_of(group: str) -> str:
    """``train`` / ``dev`` / ``test`` for a group id (deterministic, ~70/10/20).

    The examples of ``policies/topics.yaml`` (group ``policy:...``) and the multi-label pairs built
    from train items (``pair:...``, ``screen/train.py``) are always training data. Real MASSIVE
    requests (``massive-<partition>:<id>``) keep MASSIVE's partition; real PUD and UD sentences
    (``pud:<id>``, ``ud-mono:<lang>:<id>``) split ~50/10/40.
    """
    if group.startswith(("policy:", "pair:")):
        return "train"
    if group.startswith("mozilla-www:"):  # product copy: evaluation only
        return "test"
    if group.startswith("massive-"):  # real requests keep MASSIVE's own partitions
        return group[len("massive-"):].split(":", 1)[0]
    bucket = int.from_bytes(hashlib.sha256(group.encode("utf-8")).digest()[:8], "big") % 100
    if group.startswith(("pud:", "ud-mono:")):  # real sentences: a larger held-out share
        return "train" if bucket < 50 else "dev" if bucket < 60 else "test"
    return "train" if bucket < 70 else "dev" if bucket < 80 else "test"


@dataclass(frozen=True, slots=True)
class Item:
    text: str
    lang: str
    group: str
    topics: tuple[str, ...]
    formality: str | None  # formal|informal|neutral, None when unlabelled
    kind: str
    source: str

    @property
    def split(self) -> str:
        return split_of(self.group)

    def topic_vector(self) -> np.ndarray:
        return np.array([t in self.topics for t in TOPICS], dtype=np.float32)


def shared_dir() -> Path:
    return Path(os.environ.get("LOCALEKIT_SHARED", REPO.parent / "shared"))


def load_project(folder: Path | None = None) -> list[Item]:
    """All items of ``data/screener/raw/*.jsonl`` (bad lines raise with file:line)."""
    folder = folder or DATA_DIR
    items: list[Item] = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                topics = tuple(t for t in rec.get("topics") or () if t in TOPICS)
                unknown = set(rec.get("topics") or ()) - set(TOPICS)
                if unknown:
                    raise ValueError(f"unknown topics {sorted(unknown)}")
                items.append(Item(
                    text=rec["text"], lang=rec.get("lang") or path.stem, group=str(rec["group"]),
                    topics=topics, formality=rec.get("formality") or None,
                    kind=rec.get("kind", "positive" if topics else "neutral"), source="project",
                ))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: {exc}") from exc
    return items


def load_short(folder: Path | None = None) -> list[Item]:
    """The short-response set (``data/screener/short/*.jsonl``, the dataset's format), source
    ``short``: an evaluation set only, whatever split its group ids hash to."""
    folder = folder or SHORT_DIR
    return [replace(it, source="short") for it in load_project(folder)] if folder.is_dir() else []


def load_policy_examples() -> list[Item]:
    """The positive and negative examples of ``policies/topics.yaml`` as training items."""
    from localekit.policy import taxonomy
    from localekit.screen.screener import detect_language

    items: list[Item] = []
    for tid, topic in taxonomy().items():
        for kind, texts in (("positive", topic.positive), ("hard_negative", topic.negative)):
            for k, text in enumerate(texts):
                lang = detect_language(text)
                # English has no grammatical register: its examples teach the head "neutral"
                items.append(Item(text=text, lang=lang, group=f"policy:{tid}:{kind}:{k}",
                                  topics=(tid,) if kind == "positive" else (),
                                  formality="neutral" if lang == "en" else None, kind=kind, source="policy"))
    return items


def load_formality(folder: Path | None = None) -> list[Item]:
    """CoCoA-MT / IWSLT2023 pairs; pairs whose formal and informal texts are identical are dropped
    (no contrast to learn or test). Group = ``<lang>:<pair_id>`` so both sides share a split."""
    folder = folder or shared_dir() / "datasets" / "formality"
    items: list[Item] = []
    for lang in FORMALITY_LANGS:
        path = folder / f"{lang}.train.jsonl"
        if not path.exists():
            continue
        pairs: dict[str, list[dict]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                pairs.setdefault(rec["pair_id"], []).append(rec)
        for pid, recs in pairs.items():
            if len({r["text"].strip() for r in recs}) < 2:
                continue
            for r in recs:
                items.append(Item(text=r["text"].strip(), lang=lang, group=f"{lang}:{pid}", topics=(),
                                  formality=r["formality"], kind="formality", source="cocoa"))
    return items


# --- embedding cache -------------------------------------------------------------------------
def _key(encoder: str, text: str) -> str:
    return hashlib.sha256(f"{encoder}\x00{text}".encode()).hexdigest()[:24]


class EmbeddingCache:
    """Embeddings of texts by content hash, persisted as one ``.npz`` per encoder."""

    def __init__(self, encoder_name: str, dim: int, folder: Path | None = None) -> None:
        self.name = encoder_name
        self.dim = dim
        slug = hashlib.sha256(encoder_name.encode()).hexdigest()[:12]
        base = folder or cache_dir()
        self.path = None if base is None else base / f"emb-{slug}.npz"
        self._index: dict[str, int] = {}
        self._rows: list[np.ndarray] = []
        if self.path is not None and self.path.exists():
            with np.load(self.path) as z:
                keys, mat = z["keys"], z["emb"]
            if mat.shape[1] == dim:
                self._index = {str(k): i for i, k in enumerate(keys)}
                self._rows = list(mat)

    def get(self, texts: list[str], embed: Callable[[list[str]], np.ndarray], chunk: int = 512,
            progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        keys = [_key(self.name, t) for t in texts]
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in self._index))
        for start in range(0, len(missing), chunk):
            part = missing[start:start + chunk]
            vecs = np.asarray(embed(part), dtype=np.float32)
            for t, v in zip(part, vecs, strict=True):
                self._index[_key(self.name, t)] = len(self._rows)
                self._rows.append(v)
            self.save()
            if progress:
                progress(min(start + chunk, len(missing)), len(missing))
        return np.stack([self._rows[self._index[k]] for k in keys]) if keys else np.zeros((0, self.dim), np.float32)

    def save(self) -> None:
        """Write the cache atomically (nothing when caching is off)."""
        if self.path is None:
            return
        import io

        from localekit.io import atomic_write_bytes

        keys = np.array(list(self._index), dtype="U24")
        order = np.array(list(self._index.values()), dtype=np.int64)
        mat = np.stack(self._rows)[order] if self._rows else np.zeros((0, self.dim), np.float32)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        buf = io.BytesIO()
        np.savez(buf, keys=keys, emb=mat.astype(np.float32))
        atomic_write_bytes(self.path, buf.getvalue())


def by_split(items: Iterable[Item], split: str) -> list[Item]:
    return [it for it in items if it.split == split]
