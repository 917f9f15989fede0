"""The output folder of ``localekit batch``: committed part files, the manifest, resume.

A part is written to a hidden temp file beside its final name, fsynced and renamed
(:func:`localekit.io.atomic_writer`), so a part either exists whole or not at all. Committed parts
are ``part-<run>-<seq>.parquet`` (or ``.jsonl``); the ids they hold are done. A killed run leaves
only hidden temp files (``.part-*.tmp``), which the next run deletes. The manifest
(``_manifest.json``) keeps what every run of the folder must share (output format, the moment
time-aware rules use); ``_summary.json`` and ``_report.html`` are the report. Names starting with
``_`` or ``.`` are skipped by Parquet readers (pyarrow, pandas, Ray), so the folder reads as one
table.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.json as pajson
import pyarrow.parquet as pq

from localekit.errors import LocalekitError, UsageError
from localekit.io import atomic_write_text, atomic_writer
from localekit.policy import TOPICS

FORMATS = ("parquet", "jsonl")
MANIFEST = "_manifest.json"
SUMMARY = "_summary.json"
REPORT = "_report.html"
VERDICT_KEYS = ("id", "locale", "action", "topics", "flagged", "formality", "language", "findings")
ERROR_KEYS = ("id", "locale", "action", "error")

SCHEMA = pa.schema([
    ("id", pa.string()),
    ("locale", pa.string()),
    ("action", pa.string()),
    ("topics", pa.struct([(t, pa.float64()) for t in TOPICS])),
    ("flagged", pa.list_(pa.string())),
    ("formality", pa.string()),
    ("language", pa.string()),
    ("findings", pa.list_(pa.struct([("code", pa.string()), ("message", pa.string()),
                                      ("span", pa.list_(pa.int64()))]))),
    ("error", pa.struct([("code", pa.string()), ("message", pa.string())])),
])


def to_table(verdicts: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Verdicts (and per-item error records) as one table of :data:`SCHEMA` (ids as strings)."""
    rows = []
    for v in verdicts:
        row = {k: v.get(k) for k in SCHEMA.names}
        row["id"] = str(v["id"])
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=SCHEMA)


def to_verdicts(table: pa.Table) -> Iterator[dict[str, Any]]:
    """Rows back as verdict dicts, keys as ``localekit screen`` writes them."""
    for row in table.to_pylist():
        keys = ERROR_KEYS if row.get("error") is not None else VERDICT_KEYS
        yield {k: row[k] for k in keys}


class Store:
    """One output folder: its committed parts, its manifest and the writing of new parts."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        if "://" in str(path) and not str(path).startswith("file://"):
            raise UsageError(f"{path}: --output must be a local folder (parts are committed by atomic rename)")
        if str(path).startswith("file://"):
            self.path = Path(str(path).removeprefix("file://"))
        if self.path.exists() and not self.path.is_dir():
            raise UsageError(f"{self.path}: --output must be a folder, not a file")
        self.run = uuid.uuid4().hex[:8]
        self.seq = 0

    # --- what is there -----------------------------------------------------------------------
    def parts(self) -> list[Path]:
        """Committed part files, oldest run first."""
        if not self.path.is_dir():
            return []
        return sorted((p for p in self.path.iterdir() if p.name.startswith("part-")
                       and p.suffix in (".parquet", ".jsonl")), key=lambda p: (p.stat().st_mtime_ns, p.name))

    def manifest(self) -> dict[str, Any] | None:
        try:
            text = (self.path / MANIFEST).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise LocalekitError(f"invalid JSON ({exc})", path=str(self.path / MANIFEST),
                                 hint="delete the output folder to start over") from None
        if not isinstance(data, dict) or data.get("format") not in FORMATS:
            raise LocalekitError("not a localekit batch manifest", path=str(self.path / MANIFEST),
                                 hint="use an empty --output folder")
        return data

    def discard_uncommitted(self) -> int:
        """Delete the temp files a killed run left behind; returns how many."""
        n = 0
        if self.path.is_dir():
            for p in self.path.glob(".part-*.tmp"):
                p.unlink(missing_ok=True)
                n += 1
        return n

    def open(self, fmt: str, settings: dict[str, Any], *, resume: bool) -> dict[str, Any]:
        """Prepare the folder for a run; returns the manifest in force (a resumed run keeps its settings).

        Without ``resume`` the folder must hold no committed part; with it, the format must match.
        """
        old = self.manifest()
        parts = self.parts()
        if (parts or old) and not resume:
            raise UsageError(f"{self.path} already holds output ({len(parts)} committed parts)",
                             hint="add --resume to continue it, or choose another --output folder")
        if old is not None:
            if old["format"] != fmt:
                raise UsageError(f"{self.path} holds {old['format']} output, not {fmt}",
                                 hint=f"resume with --format {old['format']}")
            self.discard_uncommitted()
            return old
        if parts:
            raise LocalekitError("part files without a manifest", path=str(self.path / MANIFEST),
                                 hint="use an empty --output folder")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"{self.path}: cannot create the output folder ({exc.strerror})") from None
        manifest = {"format": fmt, **settings}
        atomic_write_text(self.path / MANIFEST, json.dumps(manifest, indent=1) + "\n")
        return manifest

    def read(self, part: Path, columns: list[str] | None = None) -> pa.Table:
        """One committed part as a table of :data:`SCHEMA` (only ``columns`` when given)."""
        try:
            if part.suffix == ".parquet":
                table = pq.read_table(part, columns=columns, schema=SCHEMA)
            else:
                opts = pajson.ParseOptions(explicit_schema=SCHEMA, unexpected_field_behavior="error")
                table = pajson.read_json(part, parse_options=opts)
                if columns is not None:
                    table = table.select(columns)
        except (pa.ArrowException, OSError) as exc:
            raise LocalekitError(f"unreadable part ({str(exc).splitlines()[0][:200]})", path=str(part),
                                 hint="it was not written by localekit batch; remove it") from None
        return table

    def committed_ids(self) -> pa.Array:
        """Every id in the committed parts (string array)."""
        chunks = [self.read(p, ["id"])["id"] for p in self.parts()]
        if not chunks:
            return pa.array([], pa.string())
        return pa.chunked_array(chunks, pa.string()).combine_chunks()

    # --- writing -------------------------------------------------------------------------------
    def commit(self, table: pa.Table, fmt: str) -> Path:
        """Write ``table`` as the next part, atomically; returns its path."""
        self.seq += 1
        final = self.path / f"part-{self.run}-{self.seq:05d}.{fmt}"
        # atomic_writer writes ".part-....tmp" beside it (hidden from readers) and renames it last
        if fmt == "parquet":
            with atomic_writer(final, "wb") as fh:
                pq.write_table(table, fh, compression="zstd")
        else:
            with atomic_writer(final) as fh:
                fh.write("".join(json.dumps(v, ensure_ascii=False) + "\n" for v in to_verdicts(table)))
        return final
