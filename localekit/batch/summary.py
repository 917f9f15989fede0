"""The report of a ``localekit batch`` output folder: counts by locale, action and topic (JSON, HTML).

Counted over every committed part, so a resumed run reports the whole folder, not its last run.
"""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow.compute as pc

from localekit.batch.store import Store
from localekit.policy import TOPICS

ACTIONS = ("allow", "revise", "review", "block")
ACTION_COLORS = {"allow": "#1f6f43", "revise": "#e3b27f", "review": "#8fb8de", "block": "#b03a2e"}


def summarize(store: Store) -> dict[str, Any]:
    """Counts over the committed parts: items, by action, by locale (and action), flagged topics, errors."""
    by_action: Counter[str] = Counter()
    by_locale: dict[str, Counter[str]] = {}
    by_topic: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    items = 0
    parts = store.parts()
    for part in parts:
        t = store.read(part, ["locale", "action", "flagged", "error"])
        items += t.num_rows
        pairs = pc.value_counts(pc.binary_join_element_wise(
            pc.fill_null(t["locale"], "(none)"), t["action"], "\t"))
        for entry in pairs.to_pylist():
            loc, action = entry["values"].split("\t")
            by_locale.setdefault(loc, Counter())[action] += entry["counts"]
            by_action[action] += entry["counts"]
        for entry in pc.value_counts(pc.list_flatten(t["flagged"])).to_pylist():
            by_topic[entry["values"]] += entry["counts"]
        for entry in pc.value_counts(pc.struct_field(t["error"], "code")).to_pylist():
            if entry["values"] is not None:
                errors[entry["values"]] += entry["counts"]
    locales = sorted(by_locale, key=lambda k: (-sum(by_locale[k].values()), k))
    return {
        "items": items,
        "parts": len(parts),
        "by_action": {a: by_action.get(a, 0) for a in ACTIONS},
        "by_topic": {t: by_topic.get(t, 0) for t in TOPICS},
        "by_locale": {k: {"items": sum(by_locale[k].values()), **{a: by_locale[k].get(a, 0) for a in ACTIONS}}
                      for k in locales},
        "errors": dict(sorted(errors.items())),
    }


def plots(summary: dict[str, Any]) -> list[tuple[str, str]]:
    """(caption, inline SVG): actions, flagged topics, actions per locale (20 largest locales)."""
    from localekit.report import pyplot, svg

    plt = pyplot()
    out = []
    fig, ax = plt.subplots(figsize=(6, 2.6))
    acts = summary["by_action"]
    ax.barh(list(acts), list(acts.values()), color=[ACTION_COLORS[a] for a in acts])
    ax.invert_yaxis()
    for i, v in enumerate(acts.values()):
        ax.text(v, i, f" {v:,}", va="center")
    ax.set_xlabel("items")
    ax.set_title("Verdicts by action")
    out.append(("Actions", svg(fig)))
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 4))
    topics = summary["by_topic"]
    ax.barh(list(topics), list(topics.values()), color="#4a90c8")
    ax.invert_yaxis()
    ax.set_xlabel("items flagged")
    ax.set_title("Flagged topics")
    out.append(("Topics", svg(fig)))
    plt.close(fig)

    locs = dict(list(summary["by_locale"].items())[:20])
    fig, ax = plt.subplots(figsize=(7, 0.8 + 0.3 * max(len(locs), 1)))
    left = [0] * len(locs)
    for a in ACTIONS:
        vals = [locs[k][a] for k in locs]
        ax.barh(list(locs), vals, left=left, color=ACTION_COLORS[a], label=a)
        left = [x + v for x, v in zip(left, vals, strict=True)]
    ax.invert_yaxis()
    ax.set_xlabel("items")
    ax.set_title("Actions per locale (20 largest)")
    ax.legend(loc="lower right")
    out.append(("Locales", svg(fig)))
    plt.close(fig)
    return out


def render_html(summary: dict[str, Any], title: str = "localekit batch") -> str:
    """The summary as a self-contained HTML page with plots and a table per locale."""
    from localekit.report import figures, page

    esc = html.escape
    rows = "\n".join(f"<tr><td>{esc(k)}</td><td>{v['items']:,}</td>"
                     + "".join(f"<td>{v[a]:,}</td>" for a in ACTIONS) + "</tr>"
                     for k, v in summary["by_locale"].items())
    errs = ", ".join(f"{esc(k)} {v:,}" for k, v in summary["errors"].items()) or "none"
    acts = ", ".join(f"{a} {n:,}" for a, n in summary["by_action"].items())
    body = f"""<h1>{esc(title)}</h1>
<p>{summary['items']:,} items in {summary['parts']} parts: {acts}. Per-item errors: {errs}.</p>
{figures(plots(summary))}
<h2>Locales</h2>
<table><thead><tr><th>locale</th><th>items</th>{''.join(f'<th>{a}</th>' for a in ACTIONS)}</tr></thead>
<tbody>
{rows}
</tbody></table>"""
    return page(title, body)


def write(store: Store, summary: dict[str, Any]) -> tuple[Path, Path]:
    """Write ``_summary.json`` and ``_report.html`` into the output folder (atomically)."""
    import json

    from localekit.batch.store import REPORT, SUMMARY
    from localekit.io import atomic_write_text

    atomic_write_text(store.path / SUMMARY, json.dumps(summary, indent=1, ensure_ascii=False) + "\n")
    atomic_write_text(store.path / REPORT, render_html(summary))
    return store.path / SUMMARY, store.path / REPORT
