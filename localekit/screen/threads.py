"""CPU threads for the screener's model: torch's intra-op thread count (process-global).

torch's default (one thread per core) collapses when another process keeps a core busy: its
OpenMP workers spin at every barrier waiting for the thread that lost its core (measured on 2
cores with one busy: single-response p50 from 10 ms to about 700 ms). localekit therefore sets
the count itself whenever it loads a model:

- an explicit ``threads=N`` (``--threads N``) wins; then ``LOCALEKIT_THREADS``;
- otherwise :func:`default_threads`: half the CPUs this process may use (at least 1), divided
  among the processes that share them (``localekit serve --workers``);
- ``0`` leaves torch's own setting untouched.

Parsing needs no torch (the light core validates ``LOCALEKIT_THREADS`` too); :func:`configure_threads`
imports it only to apply the value.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from localekit.errors import UsageError

ENV = "LOCALEKIT_THREADS"
MAX_THREADS = 1024


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def default_threads(processes: int = 1) -> int:
    """Half the usable CPUs, shared among ``processes`` model processes; at least 1.

    Half, not all: a busy neighbour (another process, the tokenizer, the service's event loop)
    then costs a little throughput instead of stalling every forward pass (BENCHMARKS.md).
    """
    return max(1, usable_cpus() // 2 // max(1, processes))


def parse_threads(value: object, source: str = "threads") -> int | None:
    """``value`` as a thread count: an int ``0..1024`` (``0``: leave torch's setting), ``"auto"`` or
    ``None`` -> ``None`` (the default). Anything else raises a one-line :class:`UsageError`."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("", "auto"):
            return None
        if not text.isdigit():
            raise UsageError(f"{source}={value!r}: expected a whole number of threads (0 keeps torch's "
                             f"setting) or 'auto'", hint=f"e.g. {source}=1")
        value = int(text)
    if isinstance(value, bool) or not isinstance(value, int):
        raise UsageError(f"{source}={value!r}: expected a whole number of threads, not {type(value).__name__}",
                         hint=f"e.g. {source}=1")
    if not 0 <= value <= MAX_THREADS:
        raise UsageError(f"{source}={value}: the number of threads must be between 0 and {MAX_THREADS}",
                         hint=f"e.g. {source}=1; 0 keeps torch's setting")
    return value


def resolve_threads(threads: object = None, *, processes: int = 1) -> int:
    """The count to use: ``threads`` if given, else ``LOCALEKIT_THREADS``, else :func:`default_threads`.
    ``0`` means "leave torch's setting"."""
    explicit = parse_threads(threads)
    if explicit is not None:
        return explicit
    from_env = parse_threads(os.environ.get(ENV), ENV)
    if from_env is not None:
        return from_env
    return default_threads(processes)


def configure_threads(threads: object = None, *, processes: int = 1) -> int:
    """Set torch's intra-op threads (process-global) as :func:`resolve_threads` says; returns the
    count in effect. Call it in each worker process before running the model (Ray, multiprocessing)."""
    n = resolve_threads(threads, processes=processes)
    import torch

    if n and torch.get_num_threads() != n:
        torch.set_num_threads(n)
    return torch.get_num_threads()


@contextmanager
def pinned_threads(n: int) -> Iterator[None]:
    """torch's intra-op threads set to ``n`` inside the block (or the decorated call), the caller's
    setting restored afterwards."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


__all__ = ["ENV", "configure_threads", "default_threads", "parse_threads", "pinned_threads", "resolve_threads",
           "usable_cpus"]
