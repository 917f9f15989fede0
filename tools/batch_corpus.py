"""Real sentences as ``localekit batch`` items, for tests and benchmarks (needs ``../shared``).

MASSIVE requests (en-US all partitions, de-DE and sw-KE test) and UD treebank sentences (every
language with a curated pack, as that pack's locale), interleaved round-robin so every block of
items mixes locales. ``--corpus requests`` takes the MASSIVE requests only: short texts, the length
of an assistant's spoken answer. More items than the corpora hold repeat them with ``#k`` id
suffixes.

    python tools/batch_corpus.py --n 20000 --out items.jsonl
    python tools/batch_corpus.py --n 300000 --corpus requests --out items.jsonl
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_root() -> Path:
    return Path(os.environ.get("LOCALEKIT_SHARED", REPO.parent / "shared"))


def _massive(path: Path, locale: str) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield {"id": f"massive:{locale}:{rec['id']}", "text": rec["utt"], "locale": locale}


def _ud(path: Path, locale: str) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield {"id": f"ud:{rec['id']}", "text": rec["text"], "locale": locale}


CORPORA = ("mixed", "requests")


def sources(shared: Path | None = None, corpus: str = "mixed") -> list[list[dict]]:
    """One list of items per corpus and locale (``requests``: MASSIVE only)."""
    root = shared or shared_root()
    massive = root / "datasets" / "massive"
    out = [list(_massive(massive / "en-US.jsonl", "en-US")), list(_massive(massive / "de-DE.test.jsonl", "de-DE")),
           list(_massive(massive / "sw-KE.test.jsonl", "sw-KE"))]
    if corpus == "requests":
        return out
    packs = {}
    for d in sorted((REPO / "locales").iterdir()):
        if d.is_dir():
            packs.setdefault(d.name.split("-")[0], d.name)
    for f in sorted((root / "corpora" / "ud" / "mono").glob("*.jsonl")):
        if f.stem in packs:
            out.append(list(_ud(f, packs[f.stem])))
    return out


def items(n: int, shared: Path | None = None, corpus: str = "mixed") -> Iterator[dict]:
    """``n`` items, round-robin over the corpora; ids unique (``#k`` suffix from the second pass on)."""
    lists = sources(shared, corpus)
    made = 0
    for k in itertools.count():
        for group in itertools.zip_longest(*lists):
            for item in group:
                if item is None:
                    continue
                if made >= n:
                    return
                yield item if k == 0 else {**item, "id": f"{item['id']}#{k}"}
                made += 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--corpus", choices=CORPORA, default="mixed")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    with open(args.out, "w", encoding="utf-8") as fh:
        for item in items(args.n, corpus=args.corpus):
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
