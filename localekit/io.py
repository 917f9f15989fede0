"""Where localekit writes: the user cache folder, and atomic file output (temp file beside, then rename)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def cache_dir() -> Path | None:
    """The cache folder: ``$LOCALEKIT_CACHE_DIR``, else the user cache dir; ``None`` when caching is off.

    ``LOCALEKIT_CACHE_DIR=""`` (what ``check --no-cache`` sets) turns every cache off.
    """
    env = os.environ.get("LOCALEKIT_CACHE_DIR")
    if env is not None:
        return Path(env).expanduser() if env else None
    import platformdirs

    return Path(platformdirs.user_cache_dir("localekit"))


def _mkstemp(target: Path) -> tuple[int, str]:
    """A temp file beside ``target``; errors name ``target`` (not the temp name) for the user."""
    if target.is_dir():
        raise IsADirectoryError(21, "is a directory (name a file to write)", str(target))
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    except OSError as exc:
        raise type(exc)(exc.errno, f"cannot write here: {exc.strerror}", str(target)) from None


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
