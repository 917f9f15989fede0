"""``localekit coverage [--format text|json|html] [--output FILE]``."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True,
              help="A table, JSON for tools, or an HTML report with plots.")
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Write here (atomically) instead of stdout.")
@click.option("--year", type=click.IntRange(1950, 2100), default=None, help="Holiday year (default: this year).")
def coverage(fmt: str, output: Path | None, year: int | None) -> None:
    """List every locale CLDR knows: curated or derived, what is known and from where, screener support."""
    from localekit.coverage import coverage as build

    report = build(year)
    if fmt == "json":
        text = json.dumps(report, ensure_ascii=False, indent=1) + "\n"
    elif fmt == "html":
        from localekit.report import render_html

        text = render_html(report)
    else:
        text = _text(report)
    if output is None:
        click.echo(text, nl=False)
    else:
        from localekit.io import atomic_write_text

        atomic_write_text(output, text)


def _text(report: dict) -> str:
    lines = [f"{'tag':<16} {'status':<8} {'scripts':<5} {'dir':<3} {'numbering':<9} {'holidays':<8} "
             f"{'register':<8} {'register source':<22} screener"]
    for e in report["locales"]:
        hol = e["holidays"]
        hol_text = f"{hol['country']}:{len(hol['days'])}" if hol["country"] else "-"
        lines.append(f"{e['tag']:<16} {e['status']:<8} {e['scripts'][0]:<5} {e['direction']:<3} "
                     f"{e['numbering']:<9} {hol_text:<8} {e['register']:<8} {e['register_source']:<22} "
                     f"{e['screener']['level']}")
    s = report["summary"]
    pop = s["population"]
    lines.append(f"{s['locales']} locales: " + ", ".join(f"{n} {k}" for k, n in s["by_status"].items())
                 + f"; register known for {s['register_known']}; holidays for {s['with_holidays']}")
    lines.append("screener: " + ", ".join(f"{n} {k}" for k, n in s["screener"].items()))
    lines.append(f"world population reached: curated {pop['curated']:.1%}, derived {pop['derived']:.1%}, "
                 f"curated or derived {pop['curated_or_derived']:.1%}, screener trained {pop['screener_trained']:.1%},"
                 f" screener model {pop['screener_model']:.1%}")
    return "\n".join(lines) + "\n"
