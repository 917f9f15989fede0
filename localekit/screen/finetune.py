"""Fine-tuned top encoder layers for the screener: train them, save them, apply them.

Frozen mean-pooled e5-small embeddings under linear heads plateau near 0.67 topic macro-F1: the
pooled vector says "a dish" but blurs whether it names pork, beef or wine. Fine-tuning the top
``TOP_LAYERS`` transformer layers jointly on topics (multi-label BCE) and register (3-way CE) fixes
much of that at no inference cost: the tuned layers replace the base ones at load time, before the
dtype/device/int8 placement, and ship as fp16 safetensors beside the heads
(``heads/encoder_top.safetensors``). The heads are then trained on the tuned encoder's embeddings.

Training caches the hidden states entering the first tuned layer once, so an epoch runs only the
tuned layers (forward and backward): minutes on two CPU cores, seconds on a GPU.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import torch

from localekit.errors import ModelError
from localekit.io import atomic_write_bytes
from localekit.policy import TOPICS

TOP_LAYERS = 4
TOP_FILE = "encoder_top.safetensors"
CONSISTENCY_WEIGHT = 0.0  # off by default: see docs/screener.md for the measured trade-off
FORMALITY = ("formal", "informal", "neutral")


def layer_prefix(model: torch.nn.Module) -> str:
    """The state-dict prefix of the transformer layers (``encoder.layer.``) of a BERT-like model."""
    keys = {k for k, _ in model.named_parameters()}
    for prefix in ("encoder.layer.", "bert.encoder.layer.", "roberta.encoder.layer."):
        if any(k.startswith(prefix) for k in keys):
            return prefix
    raise ModelError("the encoder has no BERT-style encoder.layer.N parameters to fine-tune")


def _layers(model: torch.nn.Module) -> torch.nn.ModuleList:
    base = getattr(model, "encoder", None) or getattr(getattr(model, "bert", None), "encoder", None)
    if base is None or not hasattr(base, "layer"):
        raise ModelError("the encoder has no BERT-style encoder.layer list to fine-tune")
    return base.layer


def tuned_layers(state: dict[str, torch.Tensor]) -> list[int]:
    """Sorted indices of the transformer layers a tuned state holds (from ``...layer.<i>....`` keys)."""
    return sorted({int(k.split(".layer.")[1].split(".")[0]) for k in state})


def state_digest(state: dict[str, torch.Tensor]) -> str:
    """A short content hash of a layer state (names, shapes and values)."""
    h = hashlib.sha256()
    for k in sorted(state):
        t = state[k].detach().to("cpu", torch.float16).contiguous()
        h.update(k.encode())
        h.update(str(tuple(t.shape)).encode())
        h.update(t.numpy().tobytes())
    return h.hexdigest()[:12]


def apply_top(model: torch.nn.Module, state: dict[str, torch.Tensor]) -> None:
    """Copy tuned layer weights into ``model`` in place; every key must exist with the same shape."""
    params = dict(model.named_parameters())
    params.update(dict(model.named_buffers()))
    bad = [k for k in state if k not in params or tuple(params[k].shape) != tuple(state[k].shape)]
    if bad:
        raise ModelError(f"tuned encoder layers do not fit this encoder ({len(bad)} mismatched, e.g. {bad[0]!r})",
                         hint="retrain with `localekit train` for this encoder")
    with torch.no_grad():
        for k, v in state.items():
            params[k].copy_(v.to(params[k].dtype))


def save_top(state: dict[str, torch.Tensor], path: Path) -> None:
    """fp16 safetensors, written atomically."""
    from safetensors.torch import save

    data = save({k: v.detach().to("cpu", torch.float16).contiguous() for k, v in state.items()})
    atomic_write_bytes(path, data)


def load_top(path: Path) -> dict[str, torch.Tensor]:
    from safetensors.torch import load

    try:
        return {k: v.to(torch.float32) for k, v in load(path.read_bytes()).items()}
    except FileNotFoundError:
        raise ModelError("tuned encoder layers not found", path=str(path),
                         hint="reinstall localekit or run `localekit train`") from None
    except Exception as exc:
        raise ModelError(f"tuned encoder layers are unreadable ({type(exc).__name__}: {str(exc)[:120]})",
                         path=str(path), hint="reinstall localekit or run `localekit train`") from None


# --- training ----------------------------------------------------------------------------------
def _additive_mask(mask: torch.Tensor) -> torch.Tensor:
    """(B, T) 0/1 -> (B, 1, 1, T) additive attention mask, as BertModel builds for eager attention."""
    return (1.0 - mask[:, None, None, :].to(torch.float32)) * torch.finfo(torch.float32).min


def hidden_before(encoder, texts: Sequence[str], first: int, *, batch_size: int = 64,
                  progress: Callable[[int, int], None] | None = None) -> list[torch.Tensor]:
    """Per text, the (tokens, dim) fp16 hidden states entering layer ``first`` (inference mode)."""
    ids = encoder.token_ids(list(texts))
    model = encoder._model
    out: list[torch.Tensor | None] = [None] * len(ids)
    order = np.argsort([len(x) for x in ids], kind="stable")
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            width = max(len(ids[i]) for i in idx)
            arr = torch.full((len(idx), width), encoder._pad_id, dtype=torch.long)
            mask = torch.zeros((len(idx), width), dtype=torch.long)
            for row, i in enumerate(idx.tolist()):
                arr[row, :len(ids[i])] = torch.tensor(ids[i])
                mask[row, :len(ids[i])] = 1
            dev = encoder._device
            hs = model(input_ids=arr.to(dev), attention_mask=mask.to(dev), output_hidden_states=True).hidden_states
            h = hs[first].to("cpu", torch.float16)
            for row, i in enumerate(idx.tolist()):
                out[i] = h[row, :len(ids[i])].clone()
            if progress:
                progress(min(start + batch_size, len(order)), len(order))
    return out  # type: ignore[return-value]


class _Tuner(torch.nn.Module):
    """Tuned top layers + mean pooling + training-only linear topic and register heads."""

    def __init__(self, layers: torch.nn.ModuleList, dim: int) -> None:
        super().__init__()
        self.layers = layers
        self.topics = torch.nn.Linear(dim, len(TOPICS))
        self.register_head = torch.nn.Linear(dim, len(FORMALITY))

    def pooled(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        add = _additive_mask(mask)
        for layer in self.layers:
            x = layer(x, attention_mask=add)
            x = x[0] if isinstance(x, tuple) else x
        m = mask[..., None].to(x.dtype)
        p = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
        return torch.nn.functional.normalize(p, dim=-1)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        p = self.pooled(x, mask) * 10.0  # unit vectors: scale for well-conditioned heads
        return self.topics(p), self.register_head(p)


def _pad(hidden: list[torch.Tensor], idx: Sequence[int], device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(hidden[i].shape[0] for i in idx)
    dim = hidden[idx[0]].shape[1]
    x = torch.zeros(len(idx), width, dim)
    mask = torch.zeros(len(idx), width)
    for row, i in enumerate(idx):
        n = hidden[i].shape[0]
        x[row, :n] = hidden[i].float()
        mask[row, :n] = 1
    return x.to(device), mask.to(device)


def finetune_top(encoder, texts: list[str], topics: np.ndarray, formality: list[str | None], *,
                 layers: int = TOP_LAYERS, epochs: int = 3, lr: float = 1e-4, batch_size: int = 32,
                 pairs: Sequence[tuple[str, str]] = (), consistency: float = CONSISTENCY_WEIGHT,
                 seed: int = 20261124, progress: Callable[[str], None] | None = None) -> dict[str, torch.Tensor]:
    """Fine-tune the top ``layers`` layers; returns their state (keys as in the encoder's model).

    ``topics``: (N, 13) 0/1 with a row of NaN for items without topic labels (register-only data);
    ``formality``: a label of :data:`FORMALITY` or None per text.

    ``pairs``: (anchor, translation) texts. Each step also pulls ``batch_size // 2`` translations'
    pooled vectors towards their (detached) anchors' (cosine, weight ``consistency``), so what the
    labelled data teaches in one language (most real requests are English) carries to the others.
    """
    model = encoder._model
    all_layers = _layers(model)
    first = len(all_layers) - layers
    if not 0 < layers <= len(all_layers):
        raise ValueError(f"layers must be 1..{len(all_layers)}")
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    say = progress or (lambda _msg: None)
    n_sup = len(texts)
    index = {t: i for i, t in enumerate(texts)}
    extra = [t for t in dict.fromkeys(x for pair in pairs for x in pair) if t not in index]
    index.update({t: n_sup + k for k, t in enumerate(extra)})
    pair_idx = np.array([(index[a], index[b]) for a, b in pairs if a != b], dtype=np.int64).reshape(-1, 2)
    say(f"caching hidden states of {n_sup + len(extra)} texts at layer {first}"
        + (f" ({len(pair_idx)} translation pairs)" if len(pair_idx) else ""))
    hidden = hidden_before(encoder, list(texts) + extra, first)
    dev = encoder._device
    tuner = _Tuner(copy.deepcopy(torch.nn.ModuleList(all_layers[first:])), encoder.dim).to(dev, torch.float32)
    tuner.train()
    y = torch.from_numpy(np.nan_to_num(topics, nan=0.0).astype(np.float32))
    has_topics = torch.from_numpy(~np.isnan(topics).any(axis=1))
    f_idx = torch.tensor([FORMALITY.index(f) if f in FORMALITY else -100 for f in formality])
    labelled = y[has_topics]
    pos = labelled.sum(0).clamp(min=1)
    pos_weight = ((len(labelled) - pos) / pos).clamp(max=30.0).pow(0.5).to(dev)
    bce = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight, reduction="none")
    ce = torch.nn.CrossEntropyLoss(ignore_index=-100)
    opt = torch.optim.AdamW([
        {"params": tuner.layers.parameters(), "lr": lr},
        {"params": list(tuner.topics.parameters()) + list(tuner.register_head.parameters()), "lr": 2e-3},
    ], weight_decay=0.01)
    steps_per_epoch = max(1, n_sup // batch_size)
    pair_batch = max(1, batch_size // 2)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=[lr, 2e-3], total_steps=epochs * steps_per_epoch,
                                                pct_start=0.1)
    for epoch in range(epochs):
        perm = rng.permutation(n_sup)
        total = 0.0
        for step in range(steps_per_epoch):
            idx = perm[step * batch_size:(step + 1) * batch_size].tolist()
            x, mask = _pad(hidden, idx, dev)
            t_logits, f_logits = tuner(x, mask)
            ht = has_topics[idx].to(dev)
            t_loss = (bce(t_logits, y[idx].to(dev)).mean(1) * ht).sum() / ht.sum().clamp(min=1)
            f_lab = f_idx[idx].to(dev)
            f_loss = ce(f_logits, f_lab) if (f_lab >= 0).any() else t_logits.sum() * 0.0
            loss = t_loss + 0.5 * f_loss
            if len(pair_idx) and consistency:
                pick = pair_idx[rng.integers(0, len(pair_idx), pair_batch)]
                xa, ma = _pad(hidden, pick[:, 0].tolist(), dev)
                xb, mb = _pad(hidden, pick[:, 1].tolist(), dev)
                with torch.no_grad():
                    anchor = tuner.pooled(xa, ma)
                cos = (tuner.pooled(xb, mb) * anchor).sum(-1)
                loss = loss + consistency * (1.0 - cos).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item()
        say(f"epoch {epoch + 1}/{epochs}: loss {total / steps_per_epoch:.4f}")
    prefix = layer_prefix(model)
    state = {}
    for j, layer in enumerate(tuner.layers):
        for k, v in layer.state_dict().items():
            state[f"{prefix}{first + j}.{k}"] = v.detach().to("cpu", torch.float32).clone()
    return state
