"""Inputs of ``localekit batch``: JSONL or Parquet files, local or at any fsspec URL, as Ray datasets.

Every item needs an ``id`` (string or integer; ids are compared and written as strings) and has a
``text`` and, optionally, a ``locale``. A file that cannot be read that way (invalid JSON, a line
that is not an object, a missing or non-scalar ``id``, Parquet without ``id``/``text`` columns) is
a :class:`BatchInputError` naming the file and line. Problems of one item's content (``text`` not a
string or empty, unknown locale, too long) are left to the screener, which turns them into
per-item error records exactly as ``localekit screen`` does.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from localekit.errors import LocalekitError, UsageError

if TYPE_CHECKING:
    import ray.data

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
PARQUET_SUFFIXES = (".parquet", ".pq")
COMPRESSED = (".gz", ".bz2", ".zst", ".lz4")
ITEM_SCHEMA = pa.schema([("id", pa.string()), ("text", pa.string()), ("locale", pa.string())])
BLOCK_ROWS = 4096


class BatchInputError(LocalekitError):
    """An input file that cannot be read as items (exit 2, one line)."""


@dataclass(frozen=True)
class Source:
    """Files of one format on one filesystem, read together."""

    fmt: str  # "jsonl" | "parquet" | "parquet+locale"
    fs: Any  # fsspec filesystem
    paths: tuple[str, ...]
    label: tuple[str, ...]  # the names to show the user (URLs as given)


def format_of(path: str) -> str | None:
    name = path.lower()
    for suffix in COMPRESSED:
        name = name.removesuffix(suffix)
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return None


def resolve(inputs: list[str]) -> list[Source]:
    """Expand INPUT arguments (files, folders, globs; paths or fsspec URLs) into sources, in order."""
    import fsspec

    files: list[tuple[str, Any, str, str]] = []  # (fmt, fs, path, label)
    for given in inputs:
        try:
            fs, root = fsspec.core.url_to_fs(given)
        except (ValueError, ImportError) as exc:
            raise UsageError(f"{given}: cannot open ({exc})") from None
        protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]

        def label(p: str, given: str = given, protocol: str = protocol) -> str:
            if "://" in given:
                return f"{protocol}://{p.removeprefix(protocol + '://')}"
            return os.path.relpath(p) if not os.path.relpath(p).startswith("..") else p

        try:
            if fs.isdir(root):
                found = [p for p in sorted(fs.find(root)) if format_of(p)
                         and not p.rsplit("/", 1)[-1].startswith(("_", "."))]
                if not found:
                    raise UsageError(f"{given}: no .jsonl or .parquet files in this folder")
            elif fs.exists(root):
                found = [root]
            else:
                found = sorted(fs.glob(root)) if any(c in root for c in "*?[") else []
                if not found:
                    raise UsageError(f"{given}: no such file")
        except OSError as exc:
            raise UsageError(f"{given}: cannot read ({exc})") from None
        for p in found:
            fmt = format_of(p)
            if fmt is None:
                raise UsageError(f"{label(p)}: unknown input format", hint="use .jsonl or .parquet files")
            files.append((fmt, fs, p, label(p)))
    sources: list[Source] = []
    for fmt, fs, path, lab in files:  # consecutive files of one kind on one filesystem are read together
        kind = fmt if fmt == "jsonl" else "parquet" + ("+locale" if _check_parquet(fs, path, lab) else "")
        last = sources[-1] if sources else None
        if last and last.fmt == kind and last.fs is fs:
            sources[-1] = Source(kind, fs, (*last.paths, path), (*last.label, lab))
        else:
            sources.append(Source(kind, fs, (path,), (lab,)))
    return sources


def _check_parquet(fs: Any, path: str, lab: str) -> bool:
    """Check a Parquet file's item columns; True when it has a ``locale`` column."""
    import pyarrow.parquet as pq

    try:
        with fs.open(path, "rb") as fh:
            schema = pq.ParquetFile(fh).schema_arrow
    except Exception as exc:
        raise BatchInputError(f"not a Parquet file ({str(exc).splitlines()[0][:200]})", path=lab) from None
    for name in ("id", "text"):
        if name not in schema.names:
            raise BatchInputError(f"no {name!r} column (columns: {', '.join(schema.names)})", path=lab,
                                  hint="items need id and text columns, and may have locale")
    checks = {"id": lambda t: pa.types.is_integer(t) or _is_str(t), "text": _is_str,
              "locale": lambda t: _is_str(t) or pa.types.is_null(t)}
    for name, ok in checks.items():
        if name in schema.names and not ok(schema.field(name).type):
            raise BatchInputError(f"column {name!r} has type {schema.field(name).type}", path=lab,
                                  hint="id: string or integer; text and locale: string")
    return "locale" in schema.names


def _is_str(t: pa.DataType) -> bool:
    return pa.types.is_string(t) or pa.types.is_large_string(t)


def _clean(text: Any) -> Any:
    """Lone surrogates (from JSON escapes) cannot be stored as UTF-8: U+FFFD instead."""
    if isinstance(text, str):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def parse_line(line: str, path: str, n: int) -> dict[str, Any] | None:
    """One JSONL line as an item row (``None`` for a blank line); BatchInputError when malformed."""
    if not line.strip():
        return None
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BatchInputError(f"invalid JSON ({exc.msg} at column {exc.colno})", path=path, line=n) from None
    if not isinstance(rec, dict):
        raise BatchInputError("an item must be a JSON object {\"id\", \"text\", \"locale\"?}", path=path, line=n)
    item_id = rec.get("id")
    if isinstance(item_id, bool) or not isinstance(item_id, str | int) or item_id == "":
        what = "no \"id\"" if item_id is None else f"\"id\" {json.dumps(item_id)[:40]} is not a string or integer"
        raise BatchInputError(f"item has {what}", path=path, line=n,
                              hint="every item needs a unique id: output and --resume are keyed on it")
    text = rec.get("text")
    locale = rec.get("locale")
    return {"id": _clean(str(item_id)), "text": _clean(text) if isinstance(text, str) else None,
            "locale": None if locale is None else _clean(str(locale))}


def _jsonl_datasource() -> type:
    from ray.data.datasource import FileBasedDatasource

    class JsonlItems(FileBasedDatasource):
        """Items from JSONL files, validated line by line (errors name the file and line)."""

        def __init__(self, paths: list[str], labels: dict[str, str], **kwargs: Any) -> None:
            super().__init__(paths, **kwargs)
            self.labels = labels

        def _read_stream(self, f: Any, path: str) -> Iterator[pa.Table]:
            label = self.labels.get(path, path)
            data = f.readall().decode("utf-8", errors="replace")
            rows: list[dict[str, Any]] = []
            for n, line in enumerate(data.splitlines(), 1):
                row = parse_line(line, label, n)
                if row is not None:
                    rows.append(row)
                if len(rows) >= BLOCK_ROWS:
                    yield pa.Table.from_pylist(rows, schema=ITEM_SCHEMA)
                    rows = []
            if rows:
                yield pa.Table.from_pylist(rows, schema=ITEM_SCHEMA)

    return JsonlItems


def _normalise_parquet(batch: pa.Table) -> pa.Table:
    """Parquet rows as item rows: ids as strings, a null locale column when there is none."""
    n = batch.num_rows
    ids = batch["id"].cast(pa.string())
    if ids.null_count:
        raise BatchInputError("a Parquet row has a null id", hint="every item needs a unique id")
    locale = batch["locale"].cast(pa.string()) if "locale" in batch.column_names else pa.nulls(n, pa.string())
    return pa.table([ids, batch["text"].cast(pa.string()), locale], schema=ITEM_SCHEMA)


def dataset(sources: list[Source]) -> ray.data.Dataset:
    """One Ray dataset of item rows (``id``, ``text``, ``locale``) over every source, in order."""
    import ray.data
    from fsspec.implementations.local import LocalFileSystem
    from pyarrow.fs import FSSpecHandler, PyFileSystem

    parts = []
    for src in sources:
        fs = None if isinstance(src.fs, LocalFileSystem) else PyFileSystem(FSSpecHandler(src.fs))
        paths = list(src.paths)
        if src.fmt == "jsonl":
            labels = dict(zip(paths, src.label, strict=True))
            ds = ray.data.read_datasource(_jsonl_datasource()(paths, labels, filesystem=fs))
        else:
            columns = ["id", "text", "locale"] if src.fmt == "parquet+locale" else ["id", "text"]
            ds = ray.data.read_parquet(paths, filesystem=fs, columns=columns).map_batches(
                _normalise_parquet, batch_format="pyarrow", batch_size=None, zero_copy_batch=True)
        parts.append(ds)
    return parts[0] if len(parts) == 1 else parts[0].union(*parts[1:])
