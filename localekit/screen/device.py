"""Device and dtype selection for the screener encoder (``auto|cpu|cuda``; fp32/bf16/fp16)."""

from __future__ import annotations

import os

import torch

from localekit.errors import ModelError
from localekit.screen.threads import configure_threads as configure_threads  # the model's CPU threads

DEVICES = ("auto", "cpu", "cuda")
_DTYPES = {
    "float32": torch.float32, "fp32": torch.float32, "float": torch.float32,
    "bfloat16": torch.bfloat16, "bf16": torch.bfloat16,
    "float16": torch.float16, "fp16": torch.float16, "half": torch.float16,
}


def resolve_device(device: str | None = "auto") -> torch.device:
    """``auto`` -> ``cuda`` when available else ``cpu``; ``cuda`` without a GPU -> ModelError."""
    name = (device or "auto").strip().lower()
    kind = name.split(":", 1)[0]
    if kind not in DEVICES:
        raise ModelError(f"unknown device {device!r}", hint="use auto, cpu or cuda")
    if kind == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if kind == "cuda":
        if not torch.cuda.is_available():
            raise ModelError(
                "CUDA was requested but no CUDA device is available"
                f" (torch {torch.__version__}, built {'with' if torch.version.cuda else 'without'} CUDA)",
                hint="use --device cpu or --device auto",
            )
        dev = torch.device(name)
        if dev.index is not None and dev.index >= torch.cuda.device_count():
            raise ModelError(f"CUDA device {dev.index} does not exist "
                             f"({torch.cuda.device_count()} visible)", hint="use --device cuda")
        return dev
    return torch.device("cpu")


def cpu_has_native_bf16() -> bool:
    """True when the CPU computes bf16 natively (AVX512-BF16 or AMX), so bf16 beats fp32."""
    try:  # private probes; a torch without them (or a non-x86 CPU) gets fp32
        return bool(torch.cpu._is_avx512_bf16_supported() or torch.cpu._is_amx_tile_supported())
    except AttributeError:
        return False


def resolve_dtype(device: torch.device, dtype: str | torch.dtype | None = None) -> torch.dtype:
    """Default dtype for ``device``: CUDA bf16 (fp16 where bf16 is unsupported); CPU bf16 where the
    CPU has native bf16 (AVX512-BF16/AMX: half the weight bandwidth, embeddings equal to fp32 within
    1e-3), else fp32. ``LOCALEKIT_DTYPE`` overrides the default."""
    if isinstance(dtype, torch.dtype):
        return dtype
    if dtype is None or str(dtype).lower() == "auto":
        dtype = os.environ.get("LOCALEKIT_DTYPE") or "auto"
    if str(dtype).lower() == "auto":
        if device.type == "cuda":
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.bfloat16 if cpu_has_native_bf16() else torch.float32
    try:
        return _DTYPES[str(dtype).lower().removeprefix("torch.")]
    except KeyError:
        raise ModelError(f"unknown dtype {dtype!r}", hint="use auto, float32, bfloat16 or float16") from None


def is_oom(exc: BaseException) -> bool:
    """True for an out-of-memory error from any torch backend (CUDA, CPU allocator)."""
    if isinstance(exc, torch.OutOfMemoryError | MemoryError):
        return True
    text = str(exc)
    return isinstance(exc, RuntimeError) and (
        "out of memory" in text.lower() or "can't allocate memory" in text
    )


def free_memory(device: torch.device) -> None:
    """Return cached blocks to the allocator after an OOM (no-op on CPU)."""
    if device.type == "cuda":
        torch.cuda.empty_cache()
