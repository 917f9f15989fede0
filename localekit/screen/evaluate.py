"""Evaluation of the screener heads on the held-out test split (``localekit eval``).

Topic metrics: per topic P/R/F1 pooled over all languages' test items, macro-F1 = their mean;
per language, the macro-F1 over the topics with test support in that language. Formality:
accuracy per language on the CoCoA-MT/IWSLT test pairs (group-split, never trained on) for the
head alone, the pack's markers alone, and the combination the screener uses, plus 3-way
accuracy on the project dataset's labelled test items. Zero-shot: heads trained on English only.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from localekit.policy import TOPICS
from localekit.screen.data import FORMALITY_PACKS, Item
from localekit.screen.heads import FORMALITY_LABELS, Heads
from localekit.screen.train import Embedded


def prf(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float, int]:
    """Precision, recall, F1, support; all NaN when there is neither a gold nor a predicted positive."""
    tp = float((pred & gold).sum())
    if not pred.sum() and not gold.sum():
        return float("nan"), float("nan"), float("nan"), 0
    p = tp / pred.sum() if pred.sum() else 0.0
    r = tp / gold.sum() if gold.sum() else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, int(gold.sum())


def _nanmean(values: list[float]) -> float:
    vals = [v for v in values if v == v]
    return float(np.mean(vals)) if vals else 0.0


@dataclass
class TopicReport:
    per_topic: dict[str, tuple[float, float, float, int]]
    per_language: dict[str, dict[str, Any]]
    macro_f1: float
    n_items: int

    def languages_at(self, bar: float) -> int:
        return sum(1 for v in self.per_language.values() if v["macro_f1"] >= bar)


def predictions(heads: Heads, data: Embedded, thresholds: np.ndarray | None = None,
                terms: bool = False) -> np.ndarray:
    """The screener's topic flags for ``data``: the heads at ``thresholds`` (0.5), and with ``terms``
    every topic term found in an item's text in its language (``terms.py``)."""
    thr = np.full(len(TOPICS), 0.5) if thresholds is None else thresholds
    pred = (heads.topic_scores(data.emb) if len(data.items) else np.zeros((0, len(TOPICS)))) >= thr
    if terms and len(data.items):
        from localekit.screen.terms import item_term_flags

        pred |= item_term_flags(data.items)
    return pred


def topic_report(heads: Heads, data: Embedded, thresholds: np.ndarray | None = None,
                 terms: bool = False) -> TopicReport:
    pred = predictions(heads, data, thresholds, terms)
    gold = data.y_topics.astype(bool)
    per_topic = {t: prf(pred[:, k], gold[:, k]) for k, t in enumerate(TOPICS)}
    macro = _nanmean([v[2] for v in per_topic.values()])
    per_lang: dict[str, dict[str, Any]] = {}
    langs = sorted({it.lang for it in data.items})
    for lang in langs:
        idx = np.array([i for i, it in enumerate(data.items) if it.lang == lang])
        p, g = pred[idx], gold[idx]
        f1s = [prf(p[:, k], g[:, k])[2] for k in range(len(TOPICS))]
        micro = prf(p.ravel(), g.ravel())
        per_lang[lang] = {"n": len(idx), "macro_f1": _nanmean(f1s),
                          "precision": micro[0], "recall": micro[1], "micro_f1": micro[2]}
    return TopicReport(per_topic, per_lang, macro, len(data.items))


def formality_report(heads: Heads, cocoa_test: Embedded) -> dict[str, dict[str, float]]:
    """Accuracy per language on formal/informal pairs: head, markers, combined."""
    from localekit import packs
    from localekit.screen.screener import combine_register

    out: dict[str, dict[str, float]] = {}
    if not cocoa_test.items:
        return out
    probs = heads.formality_probs(cocoa_test.emb, cocoa_test.texts)
    texts = cocoa_test.texts
    for lang in sorted({it.lang for it in cocoa_test.items}):
        idx = [i for i, it in enumerate(cocoa_test.items) if it.lang == lang]
        try:
            pack = packs.load(FORMALITY_PACKS.get(lang, lang))
        except Exception:
            pack = None
        head_ok = mark_ok = comb_ok = 0
        for i in idx:
            gold = cocoa_test.items[i].formality
            p = probs[i]
            head = FORMALITY_LABELS[int(np.argmax(p[:2]))]  # the pairs are never neutral
            head_ok += head == gold
            if pack is not None:
                hits = pack.find_register_markers(texts[i])
                plain = pack.find_unaddressed(texts[i])
                mark_ok += combine_register(pack, hits, None)[0] == gold
                comb_ok += combine_register(pack, hits, p, unaddressed=plain)[0] == gold
        n = len(idx)
        out[lang] = {"n": n, "head": head_ok / n, "markers": mark_ok / n if pack else float("nan"),
                     "combined": comb_ok / n if pack else float("nan"),
                     "pack": pack.tag if pack else None}
    return out


def project_formality(heads: Heads, test: Embedded) -> dict[str, dict[str, float]]:
    sub = test.subset(lambda it: it.formality in FORMALITY_LABELS)
    out: dict[str, dict[str, float]] = {}
    if not sub.items:
        return out
    probs = heads.formality_probs(sub.emb, sub.texts)
    for lang in sorted({it.lang for it in sub.items}):
        idx = [i for i, it in enumerate(sub.items) if it.lang == lang]
        ok = sum(FORMALITY_LABELS[int(np.argmax(probs[i]))] == sub.items[i].formality for i in idx)
        out[lang] = {"n": len(idx), "accuracy": ok / len(idx)}
    return out


REAL_MIN_SUPPORT = 10  # a topic enters a real-text macro-F1 with at least this many positives


def real_stats(pred: np.ndarray, gold: np.ndarray, min_support: int = REAL_MIN_SUPPORT) -> dict[str, Any]:
    """Figures at the text's own base rate: false flags per 1,000 topic-free sentences, pooled
    (micro) precision and recall over all topics, and macro-F1 over topics with ``min_support``
    positives (NaN when none has)."""
    free = ~gold.any(axis=1)
    flagged_free = int(pred[free].any(axis=1).sum())
    micro = prf(pred.ravel(), gold.ravel())
    f1s = [prf(pred[:, k], gold[:, k])[2] for k in range(gold.shape[1]) if gold[:, k].sum() >= min_support]
    return {"n": len(gold), "with_topic": int((~free).sum()), "topic_free": int(free.sum()),
            "false_flags_per_1000": 1000.0 * flagged_free / max(1, int(free.sum())),
            "precision": micro[0], "recall": micro[1],
            "macro_f1": float(np.mean(f1s)) if f1s else float("nan"), "macro_topics": len(f1s)}


def real_report(heads: Heads, data: Embedded, thresholds: np.ndarray | None = None,
                terms: bool = False) -> dict[str, Any]:
    """Per real corpus (``real:massive``, ``real:pud``, ``real:ud-mono``), pooled and per language."""
    if not data.items:
        return {}
    pred = predictions(heads, data, thresholds, terms)
    gold = data.y_topics.astype(bool)
    out: dict[str, Any] = {}
    for source in sorted({it.source for it in data.items}):
        idx = np.array([i for i, it in enumerate(data.items) if it.source == source])
        entry = real_stats(pred[idx], gold[idx])
        entry["per_topic"] = {t: dict(zip(("precision", "recall", "f1", "support"),
                                          prf(pred[idx, k], gold[idx, k]), strict=True))
                              for k, t in enumerate(TOPICS)}
        entry["per_language"] = {}
        for lang in sorted({data.items[i].lang for i in idx}):
            li = np.array([i for i in idx if data.items[i].lang == lang])
            entry["per_language"][lang] = real_stats(pred[li], gold[li])
        out[source] = entry
    langs: dict[str, Any] = {}
    for lang in sorted({it.lang for it in data.items}):
        li = np.array([i for i, it in enumerate(data.items) if it.lang == lang])
        langs[lang] = real_stats(pred[li], gold[li])
        langs[lang]["corpora"] = sorted({data.items[i].source.split(":", 1)[1] for i in li})
    return {"corpora": out, "languages": langs}


@dataclass
class EvalResult:
    topics: TopicReport
    formality: dict[str, dict[str, float]]
    project_formality: dict[str, dict[str, float]]
    zero_shot: TopicReport | None = None
    short: TopicReport | None = None
    real: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        def tr(r: TopicReport | None) -> dict | None:
            if r is None:
                return None
            return {"macro_f1": r.macro_f1, "n": r.n_items,
                    "per_topic": {t: dict(zip(("precision", "recall", "f1", "support"), v, strict=True))
                                  for t, v in r.per_topic.items()},
                    "per_language": r.per_language}
        return {"topics": tr(self.topics), "formality": self.formality,
                "project_formality": self.project_formality, "zero_shot": tr(self.zero_shot),
                "short": tr(self.short), "real": self.real,
                "meta": self.meta}


def formality_mean(rep: dict[str, dict[str, float]], key: str) -> float:
    vals = [v[key] for v in rep.values() if v.get(key) == v.get(key)]
    ns = [v["n"] for v in rep.values() if v.get(key) == v.get(key)]
    return float(np.average(vals, weights=ns)) if vals else float("nan")


def render_markdown(res: EvalResult) -> str:
    """Tables for humans (and for docs/screener.md)."""
    t = res.topics
    how = ("the model and the topic terms of policies/topic_terms/, as the screener flags"
           if res.meta.get("terms", True) else "the model alone (--no-terms)")
    lines = [f"Flags: {how}.", "",
             f"Topic macro-F1 (pooled test split, {t.n_items} items, {len(t.per_language)} languages): "
             f"**{t.macro_f1:.3f}**; languages with macro-F1 >= 0.85: {t.languages_at(0.85)}", "",
             "| topic | precision | recall | F1 | support |", "|---|---:|---:|---:|---:|"]
    for topic, (p, r, f, n) in t.per_topic.items():
        lines.append(f"| {topic} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |")
    zs = res.zero_shot.per_language if res.zero_shot else {}
    zs_label = "zero-shot macro-F1 (en-only heads, base encoder)" if res.meta.get("zero_shot_encoder") \
        else "zero-shot macro-F1 (en-only)"
    lines += ["", f"| language | items | precision | recall | micro-F1 | macro-F1 | {zs_label} |",
              "|---|---:|---:|---:|---:|---:|---:|"]
    for lang, v in t.per_language.items():
        z = zs.get(lang, {}).get("macro_f1")
        zcell = f"{z:.3f}" if z is not None else "-"
        lines.append(f"| {lang} | {v['n']} | {v['precision']:.3f} | {v['recall']:.3f} | {v['micro_f1']:.3f} | "
                     f"{v['macro_f1']:.3f} | {zcell} |")
    if res.zero_shot:
        non_en = [v["macro_f1"] for k, v in zs.items() if k != "en"]
        where = ("; base encoder, since the tuned layers have seen every language"
                 if res.meta.get("zero_shot_encoder") else "")
        lines += ["", f"Zero-shot (heads trained on English only{where}): "
                  f"pooled macro-F1 {res.zero_shot.macro_f1:.3f}; "
                  f"mean per-language macro-F1 over {len(non_en)} non-English languages "
                  f"{(np.mean(non_en) if non_en else float('nan')):.3f}"]
    if res.short:
        lines += render_short(res.short)
    if res.real:
        lines += render_real(res.real)
    f = res.formality
    if f:
        lines += ["", "Formality accuracy on the held-out CoCoA-MT/IWSLT2023 test pairs (formal vs informal):", "",
                  "| language | pairs' texts | head | pack markers | combined (screener) | pack |",
                  "|---|---:|---:|---:|---:|---|"]
        for lang, v in f.items():
            lines.append(f"| {lang} | {v['n']} | {v['head']:.3f} | {v['markers']:.3f} | {v['combined']:.3f} | "
                         f"{v['pack']} |")
        lines.append(f"| **all** | {sum(v['n'] for v in f.values())} | {formality_mean(f, 'head'):.3f} | "
                     f"{formality_mean(f, 'markers'):.3f} | {formality_mean(f, 'combined'):.3f} | |")
    if res.project_formality:
        pf = res.project_formality
        lines += ["", "Formality (3-way, project dataset test split): " + ", ".join(
            f"{k} {v['accuracy']:.2f} (n={v['n']})" for k, v in pf.items())]
    return "\n".join(lines) + "\n"


def render_short(rep: TopicReport) -> list[str]:
    """The short-response table: the topics it holds, then precision and recall per language."""
    lines = ["", f"Short explicit responses (`data/screener/short/`, {rep.n_items} items in {len(rep.per_language)} "
             "languages; project-written, evaluation only: never trained or tuned on):", "",
             "| topic | precision | recall | F1 | support |", "|---|---:|---:|---:|---:|"]
    lines += [f"| {t} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |" for t, (p, r, f, n) in rep.per_topic.items() if n]
    lines += ["", "| language | items | precision | recall |", "|---|---:|---:|---:|"]
    lines += [f"| {lang} | {v['n']} | {_cell(v['precision'])} | {_cell(v['recall'])} |"
              for lang, v in rep.per_language.items()]
    return lines


def real_eval_items(real: list[Item], *, report: bool = True) -> list[Item]:
    """The held-out part of ``real`` (``realtext.load_real()``): MASSIVE dev (never used for
    tuning), the PUD/UD test splits, the product copy and, with ``report``, MASSIVE's test
    partition (reporting only)."""
    from localekit.screen.realtext import load_massive_test_report

    items = [it for it in real if (it.source == "real:massive" and it.split == "dev") or
             (it.source != "real:massive" and it.split == "test")]
    return items + (load_massive_test_report() if report else [])


def massive_test_carried(report: list[Item]) -> list[Item]:
    """``report`` (MASSIVE test, each language with its own labels) with the en-US labels carried to
    every language by id instead, for comparison; empty when the two agree everywhere."""
    english = {it.group: it.topics for it in report if it.lang == "en"}
    if all(it.topics == english.get(it.group, it.topics) for it in report):
        return []
    return [dataclasses.replace(it, topics=english.get(it.group, it.topics), source="report:massive-test-carried")
            for it in report]


def training_data(curated: list[Item], real: list[Item], translated: list[Item] = ()) -> dict[str, str]:
    """Per language, what the screener was trained on: ``curated``, ``real`` and/or ``translated``."""
    from localekit.screen.realtext import training_items

    langs = {"curated": {it.lang for it in curated}, "real": {it.lang for it in training_items(real)},
             "translated": {it.lang for it in training_items(list(translated))}}
    return {lang: "+".join(k for k, v in langs.items() if lang in v)
            for lang in sorted(set().union(*langs.values()))}


REAL_NAMES = {
    "real:massive": "MASSIVE en-US dev (real requests; never tuned on)",
    "real:pud": "PUD news/wiki test split (21 languages, parallel)",
    "real:ud-mono": "UD treebank sentences, test split (40 languages)",
    "real:mozilla-www": "mozilla.org product copy (parallel, ~50 languages)",
    "report:massive-test": "MASSIVE test (en-US, de-DE, sw-KE; reporting only)",
    "report:massive-test-carried": "MASSIVE test, en-US labels carried to de-DE and sw-KE by id (comparison)",
}


def _cell(v: float, fmt: str = ".3f") -> str:
    return "-" if v != v else format(v, fmt)


def render_real(real: dict[str, Any]) -> list[str]:
    """The real-text tables: per corpus, per corpus and language, and per topic."""
    from localekit.screen.realtext import TRANSFER_LANGS

    lines = ["", "Real text the project did not write, at its own base rate (labels: `data/real/GUIDELINES.md`; "
             f"macro-F1 over topics with >= {REAL_MIN_SUPPORT} positives):", "",
             "| corpus | sentences | with a topic | false flags / 1,000 topic-free | precision | recall | macro-F1 |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    corpora = real["corpora"]
    for src, e in corpora.items():
        lines.append(f"| {REAL_NAMES.get(src, src)} | {e['n']} | {e['with_topic']} | "
                     f"{e['false_flags_per_1000']:.1f} | {_cell(e['precision'])} | {_cell(e['recall'])} | "
                     f"{_cell(e['macro_f1'])} |")
    lines += ["", "Per language (transfer: never trained on real text; "
              f"{', '.join(sorted(TRANSFER_LANGS))}):", "",
              "| corpus | language | sentences | false flags / 1,000 | precision | recall | macro-F1 |",
              "|---|---|---:|---:|---:|---:|---:|"]
    for src, e in corpora.items():
        for lang, v in e["per_language"].items():
            mark = " (transfer)" if lang in TRANSFER_LANGS else ""
            lines.append(f"| {src.split(':', 1)[1]} | {lang}{mark} | {v['n']} | {v['false_flags_per_1000']:.1f} | "
                         f"{_cell(v['precision'])} | {_cell(v['recall'])} | {_cell(v['macro_f1'])} |")
    for src, e in real.get("translated", {}).items():
        lines += ["", "Not real text: the project's own translations of MASSIVE en-US dev requests "
                  "(`data/real/translated/`; dev only, a check of request-style transfer, never tuned on):", "",
                  "| corpus | language | sentences | false flags / 1,000 | precision | recall | macro-F1 |",
                  "|---|---|---:|---:|---:|---:|---:|"]
        for lang, v in e["per_language"].items():
            lines.append(f"| {src} | {lang} | {v['n']} | {v['false_flags_per_1000']:.1f} | "
                         f"{_cell(v['precision'])} | {_cell(v['recall'])} | {_cell(v['macro_f1'])} |")
    trained = real.get("training_data", {})
    lines += ["", "Every pack language, all its real text pooled (training data: curated = the project's "
              "dataset, real = labelled real text, translated = the project's translations of labelled "
              "MASSIVE requests, none = measured transfer):", "",
              "| language | training data | real corpora | sentences | false flags / 1,000 | precision | recall |",
              "|---|---|---|---:|---:|---:|---:|"]
    for lang in pack_languages():
        v = real["languages"].get(lang)
        data = trained.get(lang, "none")
        if v is None:
            lines.append(f"| {lang} | {data} | (no real text in ../shared) | 0 | - | - | - |")
            continue
        lines.append(f"| {lang} | {data} | {', '.join(v['corpora'])} | {v['n']} | {v['false_flags_per_1000']:.1f} | "
                     f"{_cell(v['precision'])} | {_cell(v['recall'])} |")
    return lines


def pack_languages() -> list[str]:
    """The languages of the bundled curated packs."""
    from localekit.resources import locales_dir

    return sorted({p.name.split("-")[0] for p in locales_dir().iterdir() if p.is_dir()})


def run_eval(*, model: str | None = None, heads_dir=None, zero_shot: bool = True, device: str = "auto",
             quantize: bool = False, dtype: str | None = "float32", project_dir=None, formality_dir=None,
             progress=None, real: bool = True, terms: bool = True) -> EvalResult:
    """Embed (cached) the datasets, score the heads on the test split, optionally the zero-shot run.
    ``terms``: flags as the screener raises them, topic terms included (the zero-shot run is the
    heads' own transfer, without terms); ``False`` scores the model alone. ``dtype``: fp32 by default,
    so that the figures are the same on every CPU (None or ``auto``: the screener's default)."""
    from localekit.screen.data import EmbeddingCache, load_formality, load_project, load_short
    from localekit.screen.encoder import DEFAULT_MODEL, Encoder
    from localekit.screen.train import cache_name, embed_items, fit_topics

    heads = Heads.load(heads_dir)
    top = heads.top if heads.top is not None and str(model or DEFAULT_MODEL) == heads.encoder else None
    enc = Encoder.load(model, device=device, dtype=dtype, quantize=quantize, top=top)
    cache = EmbeddingCache(cache_name(enc), enc.dim)
    # embed only what is scored: the test splits, and English train/dev for the zero-shot heads
    def wanted(it):
        return (it.split == "test" or (zero_shot and it.lang == "en"))
    project = embed_items([it for it in load_project(project_dir) if wanted(it)], enc, cache, progress)
    cocoa = embed_items([it for it in load_formality(formality_dir) if it.split == "test"], enc, cache, progress)
    test = items_by_split(project, "test")
    res = EvalResult(topic_report(heads, test, terms=terms), formality_report(heads, items_by_split(cocoa, "test")),
                     project_formality(heads, test),
                     meta={"encoder": cache_name(enc), "heads": heads.meta, "terms": terms})
    short = load_short()
    if short:
        res.short = topic_report(heads, embed_items(short, enc, cache, progress), terms=terms)
    if real:
        from localekit.screen.realtext import load_real

        real_items = load_real()
        held_out = embed_items(real_eval_items(real_items), enc, cache, progress)
        res.real = real_report(heads, held_out, terms=terms)
        report = [i for i, it in enumerate(held_out.items) if it.source == "report:massive-test"]
        carried = massive_test_carried([held_out.items[i] for i in report])
        if carried:  # the same texts and embeddings, the en-US labels
            res.real["corpora"] |= real_report(heads, Embedded(carried, held_out.emb[report]), terms=terms)["corpora"]
        from localekit.screen.realtext import load_translated

        translated = load_translated()
        trained_on = translated if heads.meta.get("translated_train_items") else []
        res.real["training_data"] = training_data(load_project(project_dir), real_items, trained_on)
        translated_dev = [it for it in translated if it.split == "dev"]
        if translated_dev:
            res.real["translated"] = real_report(heads, embed_items(translated_dev, enc, cache, progress),
                                                 terms=terms)["corpora"]
    if zero_shot:
        from localekit.screen.train import calibrate

        if top is not None:
            # English-only heads on the *base* encoder: tuned layers have seen every language
            enc = Encoder.load(model, device=device, dtype=dtype, quantize=quantize)
            cache = EmbeddingCache(cache_name(enc), enc.dim)
            project = embed_items([it for it in load_project(project_dir) if wanted(it)], enc, cache, progress)
            test = items_by_split(project, "test")
            res.meta["zero_shot_encoder"] = cache_name(enc)
        en_train = items_by_split(project, "train", lambda it: it.lang == "en")
        en_dev = items_by_split(project, "dev", lambda it: it.lang == "en")
        if en_train.items:
            # the kind of head the recipe fits (for a blend of heads: its first, base head)
            hidden = int(heads.meta.get("mean_of", [heads.meta.get("hidden", 0)])[0])
            w1, b1, w, b = fit_topics(en_train.emb, en_train.y_topics, hidden=hidden)
            zs = Heads(enc.name, enc.dim, w1, b1, w, b, heads.form_w, heads.form_b, None)
            if en_dev.items:
                thr = calibrate(zs.topic_scores(en_dev.emb), en_dev.y_topics)
                zs.topic_b = (b - np.log(thr / (1 - thr))).astype(np.float32)
            res.zero_shot = topic_report(zs, test)
    return res


def items_by_split(data: Embedded, split: str, pred=None) -> Embedded:
    return data.subset(lambda it: it.split == split and (pred is None or pred(it)))


__all__ = ["EvalResult", "Item", "formality_report", "project_formality", "render_markdown", "topic_report"]
