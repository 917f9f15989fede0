"""Real text the project did not write, for measuring and training the screener at its real base rate.

Labelled files live in ``data/real/labels/*.jsonl`` (one object per sentence: ``source``, ``lang``,
``id``, ``text``, ``topics``, ``note``), labelled under ``data/real/GUIDELINES.md``. The text comes
from the corpora in ``../shared``: MASSIVE requests (``massive``), PUD news/wiki sentences
(``pud``; English labels carry over to the 20 parallel translations) and UD treebank sentences
(``ud-mono``). Splits are deterministic (``data.split_of``): MASSIVE keeps its own partitions (its
``test`` partition is never loaded for training or tuning), PUD and UD split by sentence, so a PUD
sentence and all its translations fall in one split.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from localekit.policy import TOPICS
from localekit.screen.data import REPO, Item, shared_dir

REAL_DIR = REPO / "data" / "real" / "labels"
#: request-style data beyond the default recipe: the other 5,514 labelled MASSIVE en-US train requests
#: (``massive-en-train-rest.jsonl``, real text) and the project's translations of labelled train/dev
#: requests (``massive-<partition>-<lang>.jsonl``, not real text); ``localekit train --requests``
TRANSLATED_DIR = REPO / "data" / "real" / "translated"
#: languages never trained on with real text: their PUD scores measure zero-shot transfer
TRANSFER_LANGS: frozenset[str] = frozenset({"cs", "fi", "gl", "is"})
#: each PUD training sentence is used in this many of its translations (deterministic choice)
PUD_TRAIN_LANGS_PER_SENTENCE = 4


#: percent of the labelled product-copy messages scored (in every language; by message id)
PRODUCT_COPY_SHARE = 10


def _bucket(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") % 100


def group_of(source: str, lang: str, sid: str, partition: str | None = None) -> str:
    """The split group of a real sentence (see ``data.split_of``)."""
    if source == "massive":
        return f"massive-{partition or 'train'}:{sid}"
    if source in ("pud", "mozilla-www"):
        return f"{source}:{sid}"
    return f"{source}:{lang}:{sid}"


def _massive_partitions() -> dict[str, str]:
    path = shared_dir() / "datasets" / "massive" / "en-US.jsonl"
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[str(rec["id"])] = rec["partition"]
    return out


def _pud_texts() -> dict[str, dict[str, str]]:
    """``{lang: {sent_id: text}}`` for every PUD language in ``../shared``."""
    folder = shared_dir() / "corpora" / "ud" / "pud"
    out: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        out[path.stem] = {r["id"]: r["text"] for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
                          if r.get("text")}
    return out


def _ftl_texts(path: Path) -> dict[str, str]:
    """``{message id: value text}`` of one Fluent file (placeables shown as ``{…}``)."""
    from fluent.syntax import FluentParser, ast

    out: dict[str, str] = {}
    res = FluentParser(with_spans=False).parse(path.read_text(encoding="utf-8"))
    for entry in res.body:
        if isinstance(entry, ast.Message) and entry.value is not None:
            text = "".join(el.value if isinstance(el, ast.TextElement) else "{…}" for el in entry.value.elements)
            text = " ".join(text.split())
            if text and any(ch.isalpha() for ch in text):
                out[entry.id.name] = text
    return out


def _product_copy_texts(ids: set[str]) -> dict[str, list[tuple[str, str]]]:
    """``{"file:message": [(language, text), ...]}``: mozilla.org's translations of the labelled
    English strings (a language's several locale folders, e.g. es-ES and es-MX, are all read)."""
    root = shared_dir() / "corpora" / "mozilla-www-l10n"
    files = sorted({i.split(":", 1)[0] for i in ids})
    out: dict[str, list[tuple[str, str]]] = {}
    if not root.is_dir():
        return out
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name not in ("en", "configs")):
        lang = folder.name.split("-")[0]
        for rel in files:
            path = folder / rel
            if path.is_file():
                for mid, text in _ftl_texts(path).items():
                    if f"{rel}:{mid}" in ids:
                        out.setdefault(f"{rel}:{mid}", []).append((lang, text))
    return out


def load_real(folder: Path | None = None, *, parallel: bool = True, pattern: str = "*.jsonl") -> list[Item]:
    """Every labelled real sentence as an :class:`Item` (``source`` = ``real:<corpus>``).

    With ``parallel``, each English PUD label is carried over to the sentence's translations found
    in ``../shared/corpora/ud/pud``. A MASSIVE ``test`` sentence is never returned.
    """
    folder = folder or REAL_DIR
    partitions = _massive_partitions()
    pud = _pud_texts() if parallel else {}
    items: list[Item] = []
    records = [(path, n, line) for path in sorted(folder.glob(pattern))
               for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.strip()]
    copy_ids = {str(json.loads(line).get("id")) for _, _, line in records if '"mozilla-www"' in line}
    copy_ids = {i for i in copy_ids if _bucket(i) < PRODUCT_COPY_SHARE}
    copy = _product_copy_texts(copy_ids) if parallel and copy_ids else {}
    for path, n, line in records:
        try:
            rec = json.loads(line)
            topics = tuple(rec["topics"])
            if set(topics) - set(TOPICS):
                raise ValueError(f"unknown topics {sorted(set(topics) - set(TOPICS))}")
            topics = tuple(t for t in TOPICS if t in topics)
            source, lang, sid = rec["source"], rec["lang"], str(rec["id"])
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: {exc}") from exc
        part = partitions.get(sid, "train") if source == "massive" else None
        if part == "test" or (source == "mozilla-www" and sid not in copy_ids):
            continue
        group = group_of(source, lang, sid, part)
        items.append(Item(text=rec["text"], lang=lang, group=group, topics=topics, formality=None,
                          kind="real", source=f"real:{source}"))
        if source == "pud" and lang == "en":
            for other, texts in pud.items():
                if other != "en" and sid in texts:
                    items.append(Item(text=texts[sid], lang=other, group=group, topics=topics,
                                      formality=None, kind="real", source="real:pud"))
        elif source == "mozilla-www" and lang == "en":
            for other, text in copy.get(sid, ()):
                items.append(Item(text=text, lang=other, group=group, topics=topics,
                                  formality=None, kind="real", source="real:mozilla-www"))
    return items


def load_translated(folder: Path | None = None, labels: Path | None = None) -> list[Item]:
    """The project's translations of labelled MASSIVE en-US requests (``massive-<partition>-<lang>.jsonl``,
    lines ``{"id", "lang", "text"}``), each with its English request's labels (``massive-en-*.jsonl`` in
    ``labels`` or in ``folder``) and split group, so a
    translation always falls in its original's partition. ``source`` is ``translated:massive``.

    Only ``train`` and ``dev`` requests may be translated: a ``test`` id is refused.
    """
    folder = folder or TRANSLATED_DIR
    labels = labels or REAL_DIR
    english = {it.group.split(":", 1)[1]: it  # labelled requests here and beside the translations
               for d in dict.fromkeys((labels, folder))
               for it in load_real(d, parallel=False, pattern="massive-en-*.jsonl")}
    items: list[Item] = []
    for path in sorted(folder.glob("massive-*.jsonl")):
        if path.stem.startswith("massive-en-"):
            continue  # English labels: ``load_real(folder, pattern="massive-en-*.jsonl")`` reads them
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                sid, lang, text = str(rec["id"]), rec["lang"], rec["text"]
                if sid not in english:  # load_real never returns a test request
                    raise ValueError(f"id {sid} is a MASSIVE test request (reporting only, never translated)"
                                     if _massive_partitions().get(sid) == "test"
                                     else f"id {sid} has no English label in {labels}")
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: {exc}") from exc
            src = english[sid]  # a translation shares its original's split group (hence its partition)
            items.append(Item(text=text, lang=lang, group=src.group, topics=src.topics,
                              formality=None, kind="translated", source="translated:massive"))
    return items


def training_items(items: list[Item]) -> list[Item]:
    """The real sentences used for training: the train split, outside the transfer languages, with
    each PUD sentence in English plus a few of its translations (chosen by a hash of the sentence)."""
    pud_langs = sorted({it.lang for it in items if it.source == "real:pud"} - TRANSFER_LANGS)

    def keep(it: Item) -> bool:
        if it.source != "real:pud" or it.lang == "en":
            return True
        seed = int.from_bytes(hashlib.sha256(it.group.encode()).digest()[:4], "big")
        return it.lang in {pud_langs[(seed + k * 7) % len(pud_langs)] for k in range(PUD_TRAIN_LANGS_PER_SENTENCE)}

    return [it for it in items if it.split == "train" and it.lang not in TRANSFER_LANGS and keep(it)]


REPORT_DIR = REPO / "data" / "real" / "report"


def _report_labels(path: Path) -> dict[str, tuple[str, ...]]:
    labels = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rec = json.loads(line)
                labels[str(rec["id"])] = tuple(t for t in TOPICS if t in rec["topics"])
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: {exc}") from exc
    return labels


def load_massive_test_report(folder: Path | None = None) -> list[Item]:
    """MASSIVE's ``test`` partition with the project's labels, for reporting only (never training,
    tuning or checkpoint choice).

    Each language's requests take the labels written for that language's text
    (``massive-<lang>-test.jsonl``): MASSIVE's de-DE and sw-KE files are localizations, whose
    names, dishes and shows often differ from the English. Without such a file the en-US labels
    are carried over by id (``evaluate.massive_test_carried`` does so for comparison).
    """
    folder = folder or REPORT_DIR
    path = folder / "massive-en-test.jsonl"
    if not path.exists():
        return []
    english = _report_labels(path)
    items: list[Item] = []
    base = shared_dir() / "datasets" / "massive"
    for name in ("en-US.jsonl", "de-DE.test.jsonl", "sw-KE.test.jsonl"):
        if not (base / name).exists():
            continue
        lang = name.split("-")[0]
        own = folder / f"massive-{lang}-test.jsonl"
        labels = _report_labels(own) if own != path and own.exists() else english
        for line in (base / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if rec["partition"] != "test" or str(rec["id"]) not in english:
                    continue
                if str(rec["id"]) not in labels:
                    raise ValueError(f"{own}: no label for test request {rec['id']} of {name}")
                items.append(Item(text=rec["utt"], lang=lang, group=f"massive-test:{rec['id']}",
                                  topics=labels[str(rec["id"])], formality=None, kind="real",
                                  source="report:massive-test"))
    return items
