"""Validate and count the screener dataset (``data/screener/raw/*.jsonl``).

    python tools/screener_data_stats.py [FILE ...]

Checks every line (JSON, fields, topic ids, kind/topics consistency, formality values, unique
groups per file, duplicate texts) and prints per-file counts of positives and hard negatives per
topic. Exit 1 when a problem is found, naming file and line.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from localekit.policy import TOPICS

RAW = Path(__file__).resolve().parents[1] / "data" / "screener" / "raw"
KINDS = {"positive", "hard_negative", "neutral"}
FORMALITY = {"formal", "informal", "neutral"}


def check_file(path: Path, seen_texts: dict[str, str]) -> tuple[list[str], Counter, Counter, Counter]:
    problems: list[str] = []
    pos: Counter = Counter()
    neg: Counter = Counter()
    other: Counter = Counter()
    groups: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: invalid JSON ({exc.msg})")
            continue
        missing = {"group", "lang", "text", "topics", "formality", "kind"} - set(rec)
        if missing:
            problems.append(f"{where}: missing fields {sorted(missing)}")
            continue
        topics, kind, group = rec["topics"], rec["kind"], rec["group"]
        if not isinstance(topics, list) or set(topics) - set(TOPICS):
            problems.append(f"{where}: topics must be a list of {list(TOPICS)}")
            continue
        if kind not in KINDS:
            problems.append(f"{where}: kind {kind!r} not in {sorted(KINDS)}")
        if (kind == "positive") != bool(topics):
            problems.append(f"{where}: kind {kind!r} but topics {topics}")
        if rec["formality"] not in FORMALITY:
            problems.append(f"{where}: formality {rec['formality']!r} not in {sorted(FORMALITY)}")
        if group in groups:
            problems.append(f"{where}: duplicate group {group!r}")
        groups.add(group)
        text = rec["text"].strip()
        if not text:
            problems.append(f"{where}: empty text")
        key = f"{rec['lang']}\x00{text.casefold()}"
        if key in seen_texts:
            problems.append(f"{where}: duplicate text (also {seen_texts[key]})")
        seen_texts[key] = where
        if kind == "positive":
            pos.update(topics)
        elif kind == "hard_negative":
            # a hard negative names the topic it imitates in its group: <topic>-...-nNN
            neg[group.split("-", 1)[0]] += 1
        else:
            other[kind] += 1
        other[f"formality:{rec['formality']}"] += 1
    return problems, pos, neg, other


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(RAW.glob("*.jsonl"))
    seen: dict[str, str] = {}
    bad = 0
    print(f"{'file':<22}{'items':>6} " + " ".join(f"{t[:5]:>5}" for t in TOPICS) + "   (positives / hard negatives)")
    for path in files:
        problems, pos, neg, other = check_file(path, seen)
        for p in problems:
            print("  PROBLEM", p)
        bad += len(problems)
        total = sum(pos.values()) and None
        n_items = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        del total
        print(f"{path.name:<22}{n_items:>6} " + " ".join(f"{pos[t]:>2}/{neg[t]:<2}" for t in TOPICS)
              + f"  neutral={other['neutral']} F/I/N={other['formality:formal']}/"
                f"{other['formality:informal']}/{other['formality:neutral']}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
