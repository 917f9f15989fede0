"""``localekit audit [PACK_DIR ...] [--format text|json]``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from localekit.audit import run_audit


@click.command()
@click.argument("pack_dirs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="A readable table, or JSON for tools.")
@click.option("--all", "all_locales", is_flag=True,
              help="Also validate the derived pack of every locale CLDR knows (~1,900).")
def audit(pack_dirs: tuple[Path, ...], fmt: str, all_locales: bool) -> None:
    """Validate locale packs (default: every bundled pack and overlay) against the schema and the world.

    Exit 0 when there are no errors, 1 when there are, 2 on usage or unreadable input.
    """
    report = run_audit(list(pack_dirs), all_locales=all_locales)
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        _print_text(report)
    sys.exit(1 if report.summary()["errors"] else 0)


def _print_text(report) -> None:
    from rich.table import Table

    from localekit.console import console

    out = console()
    table = Table(title="localekit audit", show_lines=False)
    for col, kw in (("locale", {}), ("name", {}), ("register", {}), ("scripts", {}), ("holidays", {}),
                    ("errors", {"justify": "right"}), ("warnings", {"justify": "right"})):
        table.add_column(col, **kw)
    derived = [p for p in report.packs if (p.label or "").startswith("derived:")]
    for p in report.packs:
        if p in derived:
            continue  # one row per curated pack; derived packs are summarised below
        d = p.data
        errors = sum(f.severity == "error" for f in p.findings)
        warnings = sum(f.severity == "warning" for f in p.findings)
        names = d.get("names") if isinstance(d.get("names"), dict) else {}
        formality = d.get("formality") if isinstance(d.get("formality"), dict) else {}
        hol = d.get("holidays") if isinstance(d.get("holidays"), dict) else {}
        table.add_row(
            p.locale,
            str(names.get("native", "?")),
            str(formality.get("default", "?")),
            " ".join(map(str, d.get("scripts", []) or [])),
            str(hol.get("country") or "-"),
            f"[red]{errors}[/red]" if errors else "0",
            f"[yellow]{warnings}[/yellow]" if warnings else "0",
        )
    out.print(table)
    for f in report.findings:
        if f.severity == "info" and (f.path or "").startswith("derived:"):
            continue  # e.g. root's new_year greeting in a calendar without it: listed by --format json
        color = {"error": "red", "warning": "yellow"}.get(f.severity, "blue")
        out.print(f"{f.location()}: [{color}]{f.severity}[/{color}] {f.rule}: {f.message}", markup=True,
                  highlight=False)
    s = report.summary()
    if derived:
        errors = sum(f.severity == "error" for p in derived for f in p.findings)
        warnings = sum(f.severity == "warning" for p in derived for f in p.findings)
        out.print(f"{len(derived)} derived packs: {errors} errors, {warnings} warnings")
    out.print(f"{s['packs']} packs, {s['errors']} errors, {s['warnings']} warnings")
