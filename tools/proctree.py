"""Process trees from ``/proc`` (Linux): the pids under a root, for benchmarks and tests."""

from __future__ import annotations

from pathlib import Path


def descendants(root: int, *, include_root: bool = True) -> list[int]:
    """Every pid whose chain of parents reaches ``root`` (``root`` itself with ``include_root``)."""
    parent: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                parent[int(d.name)] = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    out = []
    for pid in parent:
        p, seen = pid, set()
        while p in parent and p not in seen and p != root:
            seen.add(p)
            p = parent[p]
        if p == root and (include_root or pid != root):
            out.append(pid)
    return out
