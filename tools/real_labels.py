"""Assemble labelled real text: an assignment (``source<TAB>lang<TAB>id<TAB>text`` per sentence) plus
the labeller's sparse file (one JSON line per sentence with a topic or a note) -> one full label
file with a line for every assigned sentence (``topics: []`` where the labeller wrote none).

    python tools/real_labels.py ASSIGNMENT.tsv SPARSE.jsonl [ASSIGNMENT2.tsv SPARSE2.jsonl ...] --out FILE

Refuses sparse lines whose id is not in the assignment, whose text differs, or with unknown topics.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from localekit.policy import TOPICS


def assemble(pairs: list[tuple[Path, Path]]) -> list[dict]:
    out: list[dict] = []
    for tsv, sparse in pairs:
        rows = {}
        order = []
        for line in tsv.read_text(encoding="utf-8").splitlines():
            source, lang, sid, text = line.split("\t", 3)
            key = (source, lang, sid)
            rows[key] = {"source": source, "lang": lang, "id": sid, "text": text, "topics": [], "note": ""}
            order.append(key)
        for n, line in enumerate(sparse.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            key = (rec["source"], rec["lang"], str(rec["id"]))
            if key not in rows:
                raise SystemExit(f"{sparse}:{n}: id {key} is not in {tsv}")
            if " ".join(rec["text"].split()) != rows[key]["text"]:
                raise SystemExit(f"{sparse}:{n}: text differs from the assignment for {key}")
            bad = set(rec.get("topics") or []) - set(TOPICS)
            if bad:
                raise SystemExit(f"{sparse}:{n}: unknown topics {sorted(bad)}")
            rows[key]["topics"] = [t for t in TOPICS if t in (rec.get("topics") or [])]
            rows[key]["note"] = rec.get("note") or ""
        out += [rows[k] for k in order]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path, help="ASSIGNMENT.tsv SPARSE.jsonl pairs")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if len(args.files) % 2:
        ap.error("give ASSIGNMENT.tsv SPARSE.jsonl pairs")
    pairs = list(zip(args.files[::2], args.files[1::2], strict=True))
    rows = assemble(pairs)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    pos = sum(1 for r in rows if r["topics"])
    print(f"{args.out}: {len(rows)} sentences, {pos} with a topic")


if __name__ == "__main__":
    main()
