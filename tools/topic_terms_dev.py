"""Prune the screener's topic term lists on train splits, then measure them on dev splits.

    python tools/topic_terms_dev.py prune RAW_DIR [--out policies/topic_terms] [--review DIR]
    python tools/topic_terms_dev.py dev [--heads DIR] [--threads 2] [--show]

``prune`` reads the written lists (``RAW_DIR/<lang>.yaml``), counts each term's matches in the
train splits of that language (PUD, UD, MASSIVE en-US, the translated MASSIVE requests, the curated
data), minus those inside the written exceptions or the look-alikes of
``data/topic_terms/lookalikes.yaml``: *right* when the text is labelled with the term's topic,
*wrong* when not. A term is dropped when ``wrong >= 1`` and ``right < 19 * wrong`` (precision below
0.95). Then the second-pass review (``--review``, default ``data/topic_terms/review``) is applied as
``REVIEW_DECISION.md`` there says: a doubted term is counted in the train and dev splits and dropped
unless it has right matches and no wrong one, and ``review_exceptions.yaml`` adds the exceptions
named by the doubts of the terms kept. It writes the kept lists and ``PRUNED.md`` recording every
dropped term. ``dev`` prints the dev figures of the shipped heads alone and with the terms. Neither
reads a test split.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import numpy as np
import yaml

from localekit.screen.data import EmbeddingCache, Item, load_project
from localekit.screen.realtext import TRANSFER_LANGS, load_real, load_translated
from localekit.screen.terms import TermList, fold_text

FOUR = ("pork", "alcohol", "beef", "gambling")
MIN_PRECISION = 0.95


REVIEW_DIR = Path(__file__).resolve().parents[1] / "data/topic_terms/review"
REVIEW_EXCEPTIONS = "review_exceptions.yaml"
LOOKALIKES = Path(__file__).resolve().parents[1] / "data/topic_terms/lookalikes.yaml"


def train_texts(splits: tuple[str, ...] = ("train",)) -> dict[str, list[Item]]:
    """Per language, every labelled text of ``splits`` the pruning may read."""
    items = [it for it in load_real() if it.split in splits]
    items += [it for it in load_translated() if it.split in splits]
    items += [it for it in load_project() if it.split in splits]
    out: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        out[it.lang].append(it)
    return out


def term_counts(raw: dict, lang: str, texts: list[Item]) -> dict[tuple[str, str], tuple[int, int]]:
    """(topic, term) -> (right, wrong) matches in ``texts``; matches inside an exception do not count."""
    folded = [fold_text(it.text) for it in texts]
    exceptions = raw.get("exceptions") or ()
    out = {}
    for topic, words in raw["terms"].items():
        for w in words:
            one = TermList(lang, {topic: [w]}, exceptions)
            hits = [bool(one.find(f)) for f in folded]
            right = sum(h and topic in it.topics for h, it in zip(hits, texts, strict=True))
            out[(topic, w)] = (right, sum(hits) - right)
    return out


def review_doubts(review_dir: Path | None) -> tuple[dict[str, set[tuple[str, str]]], dict[str, list[str]]]:
    """Per language, the (topic, term) pairs the second pass doubts, and the exceptions their
    reasons name (``review_exceptions.yaml``)."""
    if review_dir is None or not review_dir.is_dir():
        return {}, {}
    doubts = {}
    for path in sorted(review_dir.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        doubts[doc["language"]] = {(d["topic"], d["term"]) for d in doc["doubtful"]}
    extra = review_dir.parent / REVIEW_EXCEPTIONS
    return doubts, (yaml.safe_load(extra.read_text(encoding="utf-8")) or {}) if extra.is_file() else {}


def prune(raw_dir: Path, out_dir: Path, review_dir: Path | None = REVIEW_DIR,
          lookalikes: Path | None = LOOKALIKES) -> None:
    doubts, review_exceptions = review_doubts(review_dir)
    added = {}
    if lookalikes is not None and lookalikes.is_file():
        added = yaml.safe_load(lookalikes.read_text(encoding="utf-8")) or {}
    # read once: the review counts train and dev, the pruning train alone
    checked = train_texts(("train", "dev"))
    texts = {lang: [it for it in items if it.split == "train"] for lang, items in checked.items()}
    out_dir.mkdir(parents=True, exist_ok=True)
    rows, review_rows = [], []
    for path in sorted(raw_dir.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        lang = path.stem
        written = [*(raw.get("exceptions") or []), *added.get(lang, [])]
        exceptions = list(dict.fromkeys([*written, *review_exceptions.get(lang, [])]))
        counts = term_counts({**raw, "exceptions": written}, lang, texts.get(lang, []))
        doubted = doubts.get(lang, set())
        by_topic: dict[str, list[str]] = defaultdict(list)
        for topic, w in sorted(doubted):
            by_topic[topic].append(w)
        recount = term_counts({"terms": by_topic, "exceptions": exceptions}, lang, checked.get(lang, []))
        kept: dict[str, list[str]] = {}
        for topic, words in raw["terms"].items():
            kept[topic] = []
            for w in dict.fromkeys(words):
                right, wrong = counts[(topic, w)]
                if wrong >= 1 and right < 19 * wrong:
                    rows.append(f"| {lang} | {topic} | {w} | {right} | {wrong} |")
                elif (topic, w) in doubted and (recount[(topic, w)][0] == 0 or recount[(topic, w)][1] >= 1):
                    right, wrong = recount[(topic, w)]
                    review_rows.append(f"| {lang} | {topic} | {w} | {right} | {wrong} |")
                else:
                    kept[topic].append(w)
        doc = {"schema_version": 1, "language": lang, "note": str(raw.get("note") or "").strip(),
               "terms": kept, "exceptions": exceptions}
        TermList(lang, kept, doc["exceptions"])  # compiles
        (out_dir / path.name).write_text(
            yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110, default_flow_style=None),
            encoding="utf-8")
        n_words = sum(len(v) for v in raw["terms"].values())
        print(f"{lang}: {n_words} written, {n_words - sum(len(v) for v in kept.values())} dropped, "
              f"{len(texts.get(lang, []))} train texts")
    header = ["| language | topic | term | right | wrong |", "|---|---|---|---:|---:|"]
    text = ("# Terms dropped by the train-split pruning\n\n"
            "`python tools/topic_terms_dev.py prune RAW_DIR`: a term is dropped when it matches at least one train\n"
            "text not labelled with its topic and fewer than 19 right ones per wrong one (precision below 0.95).\n"
            "Matches inside the written exceptions or `data/topic_terms/lookalikes.yaml` do not count.\n\n"
            + "\n".join([*header, *rows]) + "\n")
    if doubts:
        text += ("\n## Dropped by the second-pass review\n\n"
                 "A term the review doubts (`data/topic_terms/review/`) is dropped when it matches no train or\n"
                 "dev text labelled with its topic, or any text not labelled with it\n"
                 "(`data/topic_terms/REVIEW_DECISION.md`).\n\n"
                 + "\n".join([*header, *review_rows]) + "\n")
    (out_dir / "PRUNED.md").write_text(text, encoding="utf-8")


def dev(heads_dir: str | None, show: bool = False) -> None:
    from operating_point_dev import dev_items

    from localekit.screen.encoder import Encoder
    from localekit.screen.evaluate import _nanmean, predictions, real_stats, topic_report
    from localekit.screen.heads import Heads
    from localekit.screen.terms import item_term_flags, term_list
    from localekit.screen.train import cache_name, embed_items

    heads = Heads.load(heads_dir)
    enc = Encoder.load(None, top=heads.top, dtype="float32")  # figures that reproduce on every CPU
    cache = EmbeddingCache(cache_name(enc), enc.dim)
    d = dev_items()
    real_dev = [it for it in load_real() if it.split == "dev"]
    all_translated = [it for it in load_translated() if it.split == "dev"]
    pud = [it for it in real_dev if it.source == "real:pud"]
    for terms in (False, True):
        def pred(items, terms=terms):
            data = embed_items(items, enc, cache)
            return predictions(heads, data, terms=terms), data.y_topics.astype(bool)
        name = "with terms" if terms else "model alone"
        cur = embed_items(d["curated"], enc, cache)
        rep = topic_report(heads, cur, terms=terms)
        four = np.mean([rep.per_topic[t][2] for t in FOUR])
        print(f"## {name}\n- a. curated dev macro-F1 {rep.macro_f1:.3f}; mean F1 of {'/'.join(FOUR)} {four:.3f} "
              f"({', '.join(f'{t} {rep.per_topic[t][2]:.3f}' for t in FOUR)})")
        s = real_stats(*pred(d["massive"]))
        print(f"- b. MASSIVE en-US dev: ff {s['false_flags_per_1000']:.1f}, recall {s['recall']:.3f}, "
              f"precision {s['precision']:.3f}")
        per = [real_stats(*pred([it for it in d["translated"] if it.lang == lang]))
               for lang in sorted({it.lang for it in d["translated"]})]
        print(f"- c. translated dev (7): ff {np.mean([x['false_flags_per_1000'] for x in per]):.1f}, "
              f"recall {np.mean([x['recall'] for x in per]):.3f}")
        p, g = pred(pud)
        f1 = [real_stats(p[[i for i, it in enumerate(pud) if it.lang == lang]],
                         g[[i for i, it in enumerate(pud) if it.lang == lang]])["macro_f1"]
              for lang in sorted({it.lang for it in pud}) if lang in TRANSFER_LANGS]
        print(f"- d. PUD dev transfer mean macro-F1 {_nanmean(f1):.3f}")
        s = real_stats(*pred(d["prose"]))
        print(f"- e. prose dev ff {s['false_flags_per_1000']:.1f}")
    print("## g. false flags the terms add, per language (translated dev + prose dev)")
    prose_all = [it for it in real_dev if it.source == "real:ud-mono" or it.source == "real:pud"]
    worst = []
    for lang in sorted({it.lang for it in all_translated} | {it.lang for it in prose_all}):
        items = [it for it in all_translated + prose_all if it.lang == lang]
        gold = np.array([it.topic_vector() for it in items], bool)
        added = item_term_flags(items) & ~gold
        n_added = int(added.any(axis=1).sum())
        worst.append((1000 * n_added / len(items), lang, n_added, len(items)))
        if show:
            tl = term_list(lang)
            for i in np.flatnonzero(added.any(axis=1)):
                terms = [h.term for h in tl.find(fold_text(items[i].text)) if h.topic not in items[i].topics]
                print(f"  - {lang} {terms}: {items[i].text}")
    for per1000, lang, n_added, n in sorted(worst, reverse=True):
        if n_added:
            print(f"- {lang}: {n_added} of {n} texts ({per1000:.1f} per 1,000)")
    print(f"- languages over 5 per 1,000: {[w[1] for w in worst if w[0] > 5]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prune")
    p.add_argument("raw", type=Path)
    p.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "policies/topic_terms")
    p.add_argument("--review", type=Path, default=REVIEW_DIR, help="the second-pass review to apply")
    d = sub.add_parser("dev")
    d.add_argument("--heads", default=None)
    d.add_argument("--threads", type=int, default=None)
    d.add_argument("--show", action="store_true", help="print every dev text a term flags wrongly")
    args = ap.parse_args()
    if args.cmd == "prune":
        prune(args.raw, args.out, args.review)
    else:
        from localekit.screen.threads import configure_threads

        configure_threads(args.threads)
        dev(args.heads, args.show)


if __name__ == "__main__":
    main()
