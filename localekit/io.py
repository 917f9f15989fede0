"""Where localekit writes: the user cache folder, and atomic file output (temp file beside, then rename)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import IO, Any

_CACHING_OFF: ContextVar[bool] = ContextVar("localekit_caching_off", default=False)


def cache_dir() -> Path | None:
    """The cache folder: ``$LOCALEKIT_CACHE_DIR``, else the user cache dir; ``None`` when caching is off.

    ``LOCALEKIT_CACHE_DIR=""`` turns every cache off, as does :func:`caching_off` for one call tree
    (``check --no-cache``).
    """
    if _CACHING_OFF.get():
        return None
    env = os.environ.get("LOCALEKIT_CACHE_DIR")
    if env is not None:
        return Path(env).expanduser() if env else None
    import platformdirs

    return Path(platformdirs.user_cache_dir("localekit"))


@contextlib.contextmanager
def caching_off() -> Iterator[None]:
    """Within this block (this thread or task), :func:`cache_dir` is ``None``: nothing read or written."""
    token = _CACHING_OFF.set(True)
    try:
        yield
    finally:
        _CACHING_OFF.reset(token)


def _umask() -> int:
    """The process umask (read without changing it where /proc allows)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mkstemp(target: Path) -> tuple[int, str]:
    """A temp file beside ``target``; errors name ``target`` (not the temp name) for the user.

    mkstemp creates it 0600; it gets the mode a plain ``open()`` would give (``0666 & ~umask``), or the
    mode of the file it replaces, so a report written for CI is readable like any other file.
    """
    if target.is_dir():
        raise IsADirectoryError(21, "is a directory (name a file to write)", str(target))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    except OSError as exc:
        raise type(exc)(exc.errno, f"cannot write here: {exc.strerror}", str(target)) from None
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    with contextlib.suppress(OSError):
        os.fchmod(fd, mode)
    return fd, tmp


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike, mode: str = "w", *, encoding: str | None = "utf-8",
                  newline: str | None = None) -> Iterator[IO[Any]]:
    """Open a temp file beside ``path`` (``mode`` ``"w"`` or ``"wb"``); on success fsync and rename it.

    On any exception (including KeyboardInterrupt) the temp file is removed and ``path`` is left
    exactly as it was.
    """
    target = Path(path)
    fd, tmp = _mkstemp(target)
    binary = "b" in mode
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding, newline=None if binary else newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | os.PathLike, text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically."""
    with atomic_writer(path, encoding=encoding) as fh:
        fh.write(text)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_writer(path, "wb") as fh:
        fh.write(data)
