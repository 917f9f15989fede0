"""The short-response set (``data/screener/short/``): an evaluation set only, valid, never trained on,
and reported by ``localekit eval``."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from localekit.screen.data import DATA_DIR, SHORT_DIR, load_project, load_short

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from screener_data_stats import check_file

pytestmark = pytest.mark.skipif(not SHORT_DIR.is_dir(), reason="data/screener/short not in this checkout")


def test_every_file_is_valid_and_complete():
    seen: dict[str, str] = {}
    for path in sorted(SHORT_DIR.glob("*.jsonl")):
        problems, pos, neg, _ = check_file(path, seen)
        assert problems == [], problems[:3]
        assert dict(pos) == {"pork": 10, "alcohol": 8, "gambling": 6, "beef": 6}, path.name
        assert sum(neg.values()) == 14, path.name


def test_loaded_as_evaluation_items_in_30_languages():
    items = load_short()
    assert len(items) == 1320 and {it.source for it in items} == {"short"}
    assert set(Counter(it.lang for it in items).values()) == {44}
    assert {it.lang for it in items} == {it.lang for it in load_project() if it.source == "project"}
    assert all(len(it.topics) == (it.kind == "positive") for it in items)  # one topic or none


def test_never_in_the_training_data():
    """Training reads ``data/screener/raw`` only; no short text or group is there."""
    short = load_short()
    train = load_project(DATA_DIR)
    assert not {it.text for it in short} & {it.text for it in train}
    assert not {it.group for it in short} & {it.group for it in train}
    assert load_short(SHORT_DIR / "missing") == []


def test_the_blind_second_pass_covers_every_item_and_agrees_as_the_readme_says():
    review = [json.loads(line) for line in (SHORT_DIR / "review" / "second_pass.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    gold = {f"{it.lang}:{it.group}": set(it.topics) for it in load_short()}
    assert sorted(r["id"] for r in review) == sorted(gold)
    agree = sum(set(r["topics"]) == gold[r["id"]] for r in review)
    readme = (SHORT_DIR / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"agree with the writers on (\d+) of 1,320", readme)
    assert stated and int(stated.group(1)) == agree
