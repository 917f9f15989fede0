"""HTML reports: matplotlib plots as inline SVG in a self-contained page (``coverage``, ``batch``)."""

from __future__ import annotations

import html
import io
from typing import Any

from localekit.errors import LocalekitError

STATUS_COLORS = {"curated": "#1f6f43", "derived": "#8fb8de"}


def svg(fig: Any) -> str:
    """``fig`` as an inline ``<svg>`` element."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    text = buf.getvalue()
    return text[text.index("<svg"):]


def _stacked(ax: Any, groups: dict[str, dict[str, int]], title: str) -> None:
    labels = list(groups)
    bottom = [0] * len(labels)
    for status, color in STATUS_COLORS.items():
        values = [groups[g].get(status, 0) for g in labels]
        ax.barh(labels, values, left=bottom, color=color, label=status)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.invert_yaxis()
    ax.set_title(title)
    ax.set_xlabel("locales")
    ax.legend(loc="lower right")


def pyplot() -> Any:
    """``matplotlib.pyplot`` on the headless Agg backend; a one-line error when matplotlib is missing."""
    try:
        import matplotlib
    except ImportError:
        raise LocalekitError("the HTML report needs matplotlib",
                             hint="pip install 'localekit[report]'") from None

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def figures(plotted: list[tuple[str, str]]) -> str:
    """``<figure>`` elements for (caption, inline SVG) pairs."""
    return "\n".join(f"<figure><figcaption>{html.escape(c)}</figcaption>{s}</figure>" for c, s in plotted)


def page(title: str, body: str, css: str = "") -> str:
    """A self-contained HTML page with the reports' shared style."""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ font-family: sans-serif; margin: 2em; color: #222; background: #fff; }}
figure {{ display: inline-block; margin: 1em; vertical-align: top; }}
figure svg {{ max-width: 640px; height: auto; }}
table {{ border-collapse: collapse; font-size: 13px; }}
td, th {{ border: 1px solid #ccc; padding: 2px 6px; }}
{css}</style></head><body>
{body}
</body></html>
"""


def plots(summary: dict[str, Any]) -> list[tuple[str, str]]:
    """(caption, inline SVG) for each plot of the coverage report."""
    plt = pyplot()

    out = []
    fig, ax = plt.subplots(figsize=(7, 4))
    _stacked(ax, summary["by_region"], "Locales by world region (CLDR time zones of the country)")
    out.append(("Coverage by region", svg(fig)))
    plt.close(fig)

    scripts = dict(list(summary["by_script"].items())[:15])
    fig, ax = plt.subplots(figsize=(7, 5))
    _stacked(ax, scripts, "Locales by primary script (15 most common)")
    out.append(("Coverage by script", svg(fig)))
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(7, 3))
    by = summary["by_status"]
    known = summary["register_known"]
    cats = ["curated", "derived, register from a curated pack", "derived, register unknown"]
    vals = [by.get("curated", 0), known - by.get("curated", 0), summary["locales"] - known]
    ax.barh(cats, vals, color=[STATUS_COLORS["curated"], "#4a90c8", STATUS_COLORS["derived"]])
    ax.invert_yaxis()
    for i, v in enumerate(vals):
        ax.text(v, i, f" {v}", va="center")
    ax.set_title("Curated vs derived packs")
    out.append(("Curated vs derived", svg(fig)))
    plt.close(fig)

    pop = summary["population"]
    fig, ax = plt.subplots(figsize=(7, 3.2))
    cats = ["curated packs", "derived packs", "curated or derived", "screener: trained languages",
            "screener: model reads the language"]
    keys = ["curated", "derived", "curated_or_derived", "screener_trained", "screener_model"]
    vals = [100 * pop[k] for k in keys]
    ax.barh(cats, vals, color=["#1f6f43", "#8fb8de", "#4a90c8", "#c8793a", "#e3b27f"])
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    for i, v in enumerate(vals):
        ax.text(v, i, f" {v:.1f}%", va="center")
    ax.set_xlabel("% of the world's population (CLDR territory data)")
    ax.set_title("Share of the world's population reached in a language they speak")
    out.append(("Population reached", svg(fig)))
    plt.close(fig)
    return out


def render_html(report: dict[str, Any]) -> str:
    """A self-contained HTML page: summary, plots and one table row per locale."""
    s = report["summary"]
    esc = html.escape
    rows = []
    for e in report["locales"]:
        hol = e["holidays"]
        hol_text = f"{hol['country']} ({len(hol['days'])})" if hol["country"] else "-"
        rows.append(
            f"<tr class='{esc(e['status'])}'><td>{esc(e['tag'])}</td><td>{esc(e['name'])}</td>"
            f"<td>{esc(e['status'])}</td><td>{esc(' '.join(e['scripts']))}</td><td>{esc(e['direction'])}</td>"
            f"<td>{esc(e['numbering'])}</td><td>{esc(hol_text)}</td><td>{esc(e['register'])}</td>"
            f"<td>{esc(e['register_source'])}</td><td>{esc(e['screener']['level'])}</td></tr>")
    plotted = figures(plots(s))
    pop = s["population"]
    body = f"""<h1>localekit coverage</h1>
<p>{s['locales']} locales: {s['by_status'].get('curated', 0)} curated, {s['by_status'].get('derived', 0)} derived;
register known for {s['register_known']}; holidays for {s['with_holidays']}.
World population (CLDR): {pop['world_population']:,}. Holidays for {s['year']}.</p>
{plotted}
<h2>Locales</h2>
<table><thead><tr><th>tag</th><th>name</th><th>status</th><th>scripts</th><th>direction</th><th>numbering</th>
<th>holidays</th><th>register</th><th>register source</th><th>screener</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>"""
    return page("localekit coverage", body, "tr.curated { background: #e5f2ea; }\n")
