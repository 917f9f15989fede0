"""Train the shipped heads from the data (``localekit train``): deterministic; ~20 min on 2 CPU cores.

First the encoder's top layers are fine-tuned on the train split (``screen/finetune.py``; skip
with ``finetune=False`` for frozen-encoder heads in a minute). Topics: one logistic regression per
topic (multi-label, optionally a 1-hidden-layer MLP) on the (tuned) encoder's embeddings,
trained on the project dataset's train split (all languages), class-balanced, operating point
0.5 (optionally per-topic thresholds calibrated on dev, folded into the bias). Formality: softmax
regression over (formal, informal, neutral) on the embeddings plus hashed character n-grams,
trained on the project dataset's labelled items and the CoCoA-MT/IWSLT pairs of the train split.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from localekit.normalize import normalize
from localekit.policy import TOPICS
from localekit.screen.data import EmbeddingCache, Item, load_formality, load_policy_examples, load_project
from localekit.screen.finetune import CONSISTENCY_WEIGHT, TOP_LAYERS, tuned_layers
from localekit.screen.heads import FORMALITY_LABELS, NGRAM_BUCKETS, Heads, ngram_ids
from localekit.screen.realtext import TRANSFER_LANGS, load_real, load_translated, training_items
from localekit.screen.threads import pinned_threads

SEED = 20261124
#: torch threads of the topic-head fit, whatever the caller's setting: a hidden-layer head's weights
#: follow the float summation order, which changes with the thread count, so without a fixed count
#: the same data and seed give different heads under different ``--threads``
FIT_THREADS = 2


@dataclass
class Embedded:
    """Items with their (normalised-text) embeddings."""

    items: list[Item]
    emb: np.ndarray

    def subset(self, pred: Callable[[Item], bool]) -> Embedded:
        idx = [i for i, it in enumerate(self.items) if pred(it)]
        return Embedded([self.items[i] for i in idx], self.emb[idx])

    @property
    def y_topics(self) -> np.ndarray:
        return np.stack([it.topic_vector() for it in self.items]) if self.items else np.zeros((0, len(TOPICS)))

    @property
    def texts(self) -> list[str]:
        return [model_text(it.text) for it in self.items]


def model_text(text: str) -> str:
    return normalize(text).text


def cache_name(encoder) -> str:
    """Embedding-cache key of an encoder: its name, plus its weights' form when not fp32."""
    name = encoder.name
    if getattr(encoder, "variant", ""):
        name += f"+{encoder.variant}"
    if getattr(encoder, "quantized", False):
        name += "+int8"
    elif getattr(encoder, "dtype", "float32") != "float32":
        name += f"+{encoder.dtype}"
    return name


def embed_items(items: list[Item], encoder, cache: EmbeddingCache | None = None,
                progress: Callable[[int, int], None] | None = None) -> Embedded:
    cache = cache or EmbeddingCache(cache_name(encoder), encoder.dim)
    texts = [model_text(it.text) for it in items]
    return Embedded(items, cache.get(texts, lambda ts: encoder.embed(ts), progress=progress))


def _seed(seed: int = SEED) -> None:
    torch.manual_seed(seed)
    np.random.seed(seed)


TopicWeights = tuple[np.ndarray | None, np.ndarray | None, np.ndarray, np.ndarray]


@pinned_threads(FIT_THREADS)
def fit_topics(x: np.ndarray, y: np.ndarray, *, hidden: int = 0, weight_decay: float = 1e-4,
               epochs: int = 300, pos_power: float = 0.5, seeds: int = 1) -> TopicWeights:
    """Multi-label head; returns (w1, b1, w, b) (w1/b1 None when linear). Full-batch, deterministic:
    the same on every run with any thread setting (on one kind of CPU: float kernels differ).

    ``seeds`` > 1 (hidden-layer heads only) fits that many heads from consecutive seeds and returns
    one head whose logit is their mean (``seeds * hidden`` units): one draw's variance averaged out."""
    if seeds > 1:
        if not hidden:
            raise ValueError("seeds > 1 needs a hidden layer: linear fits do not depend on the seed")
        fits = [_fit_topics(x, y, hidden, weight_decay, epochs, pos_power, SEED + k) for k in range(seeds)]
        return (np.concatenate([f[0] for f in fits]), np.concatenate([f[1] for f in fits]),
                np.concatenate([f[2] for f in fits], 1) / seeds, np.mean([f[3] for f in fits], 0))
    return _fit_topics(x, y, hidden, weight_decay, epochs, pos_power, SEED)


def _fit_topics(x: np.ndarray, y: np.ndarray, hidden: int, weight_decay: float, epochs: int,
                pos_power: float, seed: int) -> TopicWeights:
    _seed(seed)
    X = torch.from_numpy(x.astype(np.float32))
    Y = torch.from_numpy(y.astype(np.float32))
    layers: list[torch.nn.Module] = []
    d = X.shape[1]
    if hidden:
        layers += [torch.nn.Linear(d, hidden), torch.nn.ReLU()]
        d = hidden
    layers.append(torch.nn.Linear(d, Y.shape[1]))
    net = torch.nn.Sequential(*layers)
    pos = Y.sum(0).clamp(min=1)
    pos_weight = ((Y.shape[0] - pos) / pos).clamp(max=30.0).pow(pos_power)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)
    opt = torch.optim.Adam(net.parameters(), lr=0.01 if hidden else 0.05, weight_decay=weight_decay)
    for _ in range(epochs):
        opt.zero_grad()
        loss = loss_fn(net(X * 10.0), Y)  # unit-norm embeddings: scale up for a well-conditioned fit
        loss.backward()
        opt.step()
    lin = [m for m in net if isinstance(m, torch.nn.Linear)]
    if hidden:
        w1 = lin[0].weight.detach().numpy() * 10.0
        b1 = lin[0].bias.detach().numpy()
        return w1, b1, lin[1].weight.detach().numpy(), lin[1].bias.detach().numpy()
    return None, None, lin[0].weight.detach().numpy() * 10.0, lin[0].bias.detach().numpy()


def calibrate(scores: np.ndarray, y: np.ndarray, min_support: int = 5) -> np.ndarray:
    """Per-topic threshold maximising F1 on dev (0.5 when a topic has < ``min_support`` dev positives:
    a threshold fitted to two or three examples is noise)."""
    grid = np.linspace(0.05, 0.95, 91)
    out = np.full(scores.shape[1], 0.5)
    for t in range(scores.shape[1]):
        if y[:, t].sum() < min_support:
            continue
        best = (-1.0, 0.5)
        for thr in grid:
            p = scores[:, t] >= thr
            tp = float((p & (y[:, t] == 1)).sum())
            f1 = 2 * tp / max(1.0, p.sum() + y[:, t].sum())
            # prefer the threshold nearest 0.5 among ties (stable across reruns)
            if f1 > best[0] + 1e-9 or (abs(f1 - best[0]) <= 1e-9 and abs(thr - 0.5) < abs(best[1] - 0.5)):
                best = (f1, float(thr))
        out[t] = best[1]
    return out


def fit_formality(x: np.ndarray, texts: list[str], labels: list[str], *, use_ngrams: bool = True,
                  epochs: int = 150, buckets: int = NGRAM_BUCKETS) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Softmax regression over embeddings (+ hashed n-grams via EmbeddingBag); returns (w, b, table)."""
    _seed()
    X = torch.from_numpy(x.astype(np.float32))
    Y = torch.tensor([FORMALITY_LABELS.index(label) for label in labels])
    lin = torch.nn.Linear(X.shape[1], len(FORMALITY_LABELS))
    params = list(lin.parameters())
    bag = None
    if use_ngrams:
        ids = [torch.from_numpy(ngram_ids(t, buckets)) for t in texts]
        offsets = torch.tensor([0] + [len(i) for i in ids[:-1]]).cumsum(0)
        flat = torch.cat(ids)
        per_sample = torch.cat([torch.full((len(i),), 1.0 / max(1, len(i)) ** 0.5) for i in ids])
        bag = torch.nn.EmbeddingBag(buckets, len(FORMALITY_LABELS), mode="sum")
        torch.nn.init.zeros_(bag.weight)
        params += list(bag.parameters())
    counts = torch.bincount(Y, minlength=len(FORMALITY_LABELS)).float().clamp(min=1)
    loss_fn = torch.nn.CrossEntropyLoss(weight=(counts.sum() / counts / len(counts)))
    opt = torch.optim.Adam(params, lr=0.05)
    for _ in range(epochs):
        opt.zero_grad()
        logits = lin(X * 10.0)
        if bag is not None:
            logits = logits + bag(flat, offsets, per_sample_weights=per_sample)
        loss = loss_fn(logits, Y)
        if bag is not None:
            loss = loss + 1e-6 * bag.weight.pow(2).sum()
        loss.backward()
        opt.step()
    table = bag.weight.detach().numpy().copy() if bag is not None else None
    return lin.weight.detach().numpy() * 10.0, lin.bias.detach().numpy(), table


MARKER_WEIGHTS = (0.0, 0.5, 1.0, 2.0, 4.0, 8.0)


def choose_marker_weight(heads: Heads, project: Embedded, cocoa: Embedded) -> float:
    """The marker weight that maximises combined formality accuracy on the dev split."""
    from localekit import packs
    from localekit.screen.data import FORMALITY_PACKS
    from localekit.screen.screener import combine_register

    dev = cocoa.subset(lambda it: it.split == "dev")
    pdev = project.subset(lambda it: it.split == "dev" and it.formality in FORMALITY_LABELS)
    items = dev.items + pdev.items
    if not items:
        return 1.0
    emb = np.concatenate([dev.emb, pdev.emb])
    texts = dev.texts + pdev.texts
    probs = heads.formality_probs(emb, texts)
    hits = []
    for it, t in zip(items, texts, strict=True):
        try:
            pack = packs.load(FORMALITY_PACKS.get(it.lang, it.lang))
        except Exception:
            pack = None
        hits.append((pack, pack.find_register_markers(t) if pack else []))
    best = (-1.0, 1.0)
    for w in MARKER_WEIGHTS:
        ok = sum(combine_register(pk, h, p, w)[0] == it.formality
                 for (pk, h), p, it in zip(hits, probs, items, strict=True) if pk is not None)
        if ok > best[0]:
            best = (ok, w)
    return best[1]


#: real sentences that address nobody (news, encyclopaedia, treebank prose): the register head
#: learns them as ``neutral``
NEUTRAL_REAL_SOURCES = ("real:pud", "real:ud-mono")


def formality_training_set(project: Embedded, cocoa: Embedded) -> tuple[np.ndarray, list[str], list[str]]:
    """Labelled project responses, the CoCoA-MT/IWSLT pairs and real prose as ``neutral`` (train split)."""
    proj = project.subset(lambda it: it.split == "train" and (it.formality in FORMALITY_LABELS
                                                              or it.source in NEUTRAL_REAL_SOURCES))
    coc = cocoa.subset(lambda it: it.split == "train")
    x = np.concatenate([proj.emb, coc.emb]) if len(proj.items) else coc.emb
    texts = proj.texts + coc.texts
    labels = [it.formality or "neutral" for it in proj.items + coc.items]
    return x, texts, labels


EPOCHS = 4
REAL_SHIFTS = np.linspace(0.0, 4.0, 17)
REAL_F1_TOLERANCE = 0.005
FORMALITY_TUNE_ITEMS = 2000  # CoCoA-MT/IWSLT train texts mixed into fine-tuning (register signal)


FOOD_TOPICS = ("alcohol", "pork", "beef")


def topic_pairs(items: list[Item], share: float = 0.25, seed: int = SEED) -> list[Item]:
    """Multi-label augmentation from train items: two single-topic positives of one language with
    different topics, joined into one response labelled with both topics ("pork ribs ... and a
    beer"). Without it the tuned layers learn one food topic per response and drop the second.
    About ``share`` x the number of single-topic positives; group ``pair:<a>+<b>`` (train only:
    callers pass train items, and the split of a ``pair:`` group is forced to train)."""
    rng = np.random.default_rng(seed)
    by_lang: dict[str, list[Item]] = {}
    for it in items:
        if it.split == "train" and len(it.topics) == 1 and it.source == "project":
            by_lang.setdefault(it.lang, []).append(it)
    out: list[Item] = []
    for lang in sorted(by_lang):
        pool = by_lang[lang]
        # dishes with drinks are where one topic swallows the other: pair food topics more often
        food = [it for it in pool if it.topics[0] in FOOD_TOPICS]
        draws = [pool] * int(len(pool) * share) + [food] * int(len(food) * share)
        for src in draws:
            if len(src) < 2:
                continue
            a, b = (src[i] for i in rng.choice(len(src), 2, replace=False))
            if a.topics == b.topics:
                continue
            form = a.formality if a.formality == b.formality else None
            out.append(Item(text=f"{a.text} {b.text}", lang=lang, group=f"pair:{a.group}+{b.group}",
                            topics=tuple(t for t in TOPICS if t in a.topics + b.topics), formality=form,
                            kind="positive", source="pair"))
    return out


def translation_pairs(items: list[Item], anchor: str = "en") -> list[tuple[str, str]]:
    """(English, translation) texts of the train split's parallel groups: the project's translated
    responses (one group per response across languages) and the PUD sentences. Transfer languages
    are left out, so their scores stay zero-shot."""
    by_group: dict[str, list[Item]] = {}
    for it in items:
        if it.split == "train" and it.lang not in TRANSFER_LANGS and it.source in ("project", "real:pud"):
            by_group.setdefault(it.group, []).append(it)
    pairs = []
    for group in sorted(by_group):
        members = by_group[group]
        anchors = {model_text(it.text) for it in members if it.lang == anchor}
        if len(anchors) != 1:
            continue
        a = anchors.pop()
        pairs += sorted({(a, model_text(it.text)) for it in members if it.lang != anchor})
    return pairs


def finetune_encoder(encoder, project: list[Item], cocoa: list[Item], *, epochs: int = EPOCHS,
                     langs: set[str] | None = None, parallel: list[Item] | None = None,
                     consistency: float = CONSISTENCY_WEIGHT, layers: int = TOP_LAYERS,
                     progress: Callable[[str], None] | None = None) -> dict:
    """Fine-tune the encoder's top layers on the train split (topics + register), with translations
    of ``parallel`` + ``project`` pulled towards their English anchors; returns their state."""
    from localekit.screen.finetune import finetune_top

    tr = [it for it in project if it.split == "train" and (langs is None or it.lang in langs)]
    coc = [it for it in cocoa if it.split == "train"]
    if len(coc) > FORMALITY_TUNE_ITEMS:  # deterministic, spread over languages
        coc = [coc[i] for i in np.linspace(0, len(coc) - 1, FORMALITY_TUNE_ITEMS).astype(int)]
    texts = [model_text(it.text) for it in tr + coc]
    topics = np.concatenate([np.stack([it.topic_vector() for it in tr]),
                             np.full((len(coc), len(TOPICS)), np.nan, np.float32)])
    formality = [it.formality for it in tr + coc]
    pairs = translation_pairs(tr + list(parallel or ())) if langs is None and consistency else []
    return finetune_top(encoder, texts, topics, formality, layers=layers, epochs=epochs, pairs=pairs,
                        consistency=consistency, progress=progress)


def real_shift(scores: np.ndarray, y: np.ndarray, grid: np.ndarray = REAL_SHIFTS) -> float:
    """The log-odds shift of every topic's bias for real text: the largest shift whose pooled F1 on
    real dev text is within ``REAL_F1_TOLERANCE`` of the best (at equal F1, fewer false flags).

    Real text has a base rate of a few percent, the curated data ~50%: the class-balanced heads are
    over-eager there. One shared shift (not one per topic: most topics have a handful of real dev
    positives) moves the operating point to the real prior.
    """
    logits = np.log(np.clip(scores, 1e-9, 1 - 1e-9) / np.clip(1 - scores, 1e-9, 1))
    gold = y.astype(bool)
    f1s = []
    for s in grid:
        pred = logits - s >= 0
        tp = float((pred & gold).sum())
        f1s.append(2 * tp / max(1.0, pred.sum() + gold.sum()))
    best = max(f1s)
    return float(max(s for s, f in zip(grid, f1s, strict=True) if f >= best - REAL_F1_TOLERANCE))


def train_heads(encoder, *, hidden: int = 0, seeds: int = 1, use_ngrams: bool = True, project_dir: Path | None = None,
                formality_dir: Path | None = None, langs: set[str] | None = None, finetune: bool = True,
                epochs: int = EPOCHS, consistency: float = CONSISTENCY_WEIGHT, top: dict | None = None,
                tune_layers: int = TOP_LAYERS,
                calibrate_thresholds: bool = False,
                real_dir: Path | None = None, requests_dir: Path | None = None,
                progress: Callable[[int, int], None] | None = None,
                log: Callable[[str], None] | None = None) -> tuple[Heads, dict]:
    """Train both heads; ``langs`` restricts the topic training languages (zero-shot runs).

    With ``finetune`` the encoder's top layers are first fine-tuned on the train split (they are
    applied to ``encoder`` in place and returned in ``heads.top``); the heads are then fitted on
    the tuned encoder's embeddings. ``top``: already tuned layers to use instead of fine-tuning.
    ``calibrate_thresholds``: fold each topic's F1-optimal dev threshold into its bias. Off by
    default: calibrating on one half of dev and scoring the other, per-topic thresholds fitted to
    ~60 dev positives did no better than 0.5 on the class-balanced heads (0.802 vs 0.810).
    """
    project_items = load_project(project_dir) + load_policy_examples()
    project_items += topic_pairs(project_items)
    real_items = load_real(real_dir) if real_dir is not None else []
    project_items += training_items(real_items)
    if requests_dir is not None:  # request-style data: more English requests and their translations
        more = load_real(requests_dir, parallel=False, pattern="massive-en-*.jsonl") + load_translated(requests_dir)
        project_items += training_items(more)
    cocoa_items = load_formality(formality_dir)
    if top is None and finetune:
        top = finetune_encoder(encoder, project_items, cocoa_items, epochs=epochs, langs=langs,
                               parallel=[it for it in real_items if it.source == "real:pud"],
                               consistency=consistency, layers=tune_layers, progress=log)
    if top is not None:
        encoder.apply_top(top)
    cache = EmbeddingCache(cache_name(encoder), encoder.dim)
    project = embed_items(project_items, encoder, cache, progress)
    cocoa = embed_items(cocoa_items, encoder, cache, progress)
    train = project.subset(lambda it: it.split == "train" and (langs is None or it.lang in langs))
    dev = project.subset(lambda it: it.split == "dev" and (langs is None or it.lang in langs))
    w1, b1, w, b = fit_topics(train.emb, train.y_topics, hidden=hidden, seeds=seeds)
    heads = Heads(encoder.name, encoder.dim, w1, b1, w, b, np.zeros((3, encoder.dim), np.float32),
                  np.zeros(3, np.float32), None, top=top)
    thr = (calibrate(heads.topic_scores(dev.emb), dev.y_topics) if dev.items and calibrate_thresholds
           else np.full(len(TOPICS), 0.5))
    heads.topic_b = (b - np.log(thr / (1 - thr))).astype(np.float32)
    # the operating point for real text: chosen on the real dev split (never on MASSIVE dev, which
    # is kept for evaluation), outside the transfer languages
    real_dev = embed_items([it for it in real_items if it.split == "dev" and it.source != "real:massive"
                            and it.lang not in TRANSFER_LANGS], encoder, cache, progress)
    shift = real_shift(heads.topic_scores(real_dev.emb), real_dev.y_topics) if real_dev.items else 0.0
    heads.topic_b = (heads.topic_b - shift).astype(np.float32)
    fx, ftexts, flabels = formality_training_set(project, cocoa)
    heads.form_w, heads.form_b, heads.form_ngrams = fit_formality(fx, ftexts, flabels, use_ngrams=use_ngrams)
    weight = choose_marker_weight(heads, project, cocoa)
    info = {
        "marker_weight": weight,
        "seed": SEED, "hidden": hidden * seeds, **({"seeds": seeds} if seeds > 1 else {}), "ngrams": use_ngrams,
        "finetuned_layers": tuned_layers(top) if top else [],
        "finetune_epochs": epochs if top else 0, "calibrated": calibrate_thresholds,
        **({"consistency": consistency} if consistency else {}),
        "train_items": len(train.items), "dev_items": len(dev.items),
        "real_train_items": sum(it.source.startswith("real:") for it in train.items),
        "translated_train_items": sum(it.source.startswith("translated:") for it in train.items),
        "real_dev_items": len(real_dev.items), "real_shift": shift,
        "languages": sorted({it.lang for it in train.items}),
        "formality_items": len(flabels),
        "formality_real_neutral_items": sum(it.source in NEUTRAL_REAL_SOURCES for it in train.items),
        "dev_thresholds": {t: round(float(v), 3) for t, v in zip(TOPICS, thr, strict=True)},
    }
    heads.meta = info
    return heads, {"project": project, "cocoa": cocoa}
