"""``localekit check``: CI checks on translated Fluent files (see docs/check.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from localekit.errors import LocalekitError

FORMATS = ("text", "json", "sarif", "junit")


@click.command("check")
@click.argument("args", nargs=-1, metavar="REFERENCE_DIR L10N_ROOT [LOCALE ...]")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--config", "configs", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="localekit config (YAML/TOML) or Mozilla l10n.toml; repeatable.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), help="Suppress known findings.")
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the current findings as a baseline file and exit 0.")
@click.option("--jobs", "-j", type=click.IntRange(0, 64), default=0, help="Worker processes (0: CPU count).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here.")
@click.option("--l10n-base", type=click.Path(file_okay=False, path_type=Path),
              help="Mozilla configs: the folder holding the locale folders ({l10n_base}).")
@click.option("--define", "-D", "defines", multiple=True, metavar="NAME=VALUE",
              help="Mozilla configs: set a variable (beats [env]); repeatable.")
@click.option("--screen", is_flag=True, help="Also run the screener (sensitive-topic rule).")
@click.option("--threads", type=click.IntRange(0, 1024), default=None,
              help="With --screen: CPU threads for the model (default: LOCALEKIT_THREADS, else half the "
                   "usable CPUs; 0: torch's own).")
@click.option("--no-cache", is_flag=True,
              help="Read and write no cache (neither check's content cache nor the screener's).")
def check(args: tuple[str, ...], fmt: str, configs: tuple[Path, ...], baseline: Path | None,
          write_baseline: Path | None, jobs: int, output: Path | None, l10n_base: Path | None,
          defines: tuple[str, ...], screen: bool, threads: int | None, no_cache: bool) -> None:
    """Check REFERENCE_DIR against L10N_ROOT/<locale>/ (or a Mozilla l10n.toml given with --config)."""
    from localekit.check.api import run_check

    env: dict[str, str] = {}
    for d in defines:
        name, eq, value = d.partition("=")
        if not eq or not name.strip():
            raise click.UsageError(f"--define {d!r}: expected NAME=VALUE")
        env[name.strip()] = value
    if l10n_base is not None:
        if not l10n_base.is_dir():
            raise LocalekitError("--l10n-base: folder not found", str(l10n_base))
        env["l10n_base"] = str(l10n_base.resolve())
    result = run_check(list(args), list(configs), jobs=jobs, screen=screen, env=env, cache=not no_cache,
                       threads=threads,
                       progress=sys.stderr.isatty() and fmt == "text" and output is None)
    from localekit.check import output as out

    findings = result.findings
    if write_baseline:
        from localekit.io import atomic_write_text

        atomic_write_text(write_baseline, out.dump_baseline(findings))
        click.echo(f"localekit: wrote {len(findings)} findings to baseline {write_baseline}", err=True)
        return
    suppressed = 0
    if baseline:
        try:
            known = out.load_baseline(baseline.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise LocalekitError(f"cannot use baseline: {exc}", str(baseline)) from None
        kept = [f for f in findings if out.fingerprint(f) not in known]
        suppressed = len(findings) - len(kept)
        findings = kept
    summ = out.summary(findings, result.files, result.messages)
    if suppressed:
        summ["suppressed_by_baseline"] = suppressed
    if fmt == "json":
        text = out.to_json(findings, summ)
    elif fmt == "sarif":
        from importlib.metadata import PackageNotFoundError, version

        try:
            ver = version("localekit")
        except PackageNotFoundError:
            ver = "0"
        text = out.to_sarif(findings, ver, sorted(result.checked))
    elif fmt == "junit":
        text = out.to_junit(findings, result.files, result.checked)
    else:
        text = "\n".join(out.to_text_line(f) for f in findings)
    if output:
        from localekit.io import atomic_write_text

        atomic_write_text(output, text + "\n")
    elif text:
        click.echo(text)
    if fmt == "text" or output:
        _summary_table(summ, result.notes, suppressed)
    sys.exit(1 if summ["errors"] else 0)


def _summary_table(summ: dict, notes: list[str], suppressed: int) -> None:
    from rich.table import Table

    from localekit.console import console as make_console

    console = make_console(stderr=True)
    table = Table(title="localekit check", show_edge=False)
    table.add_column("rule")
    table.add_column("findings", justify="right")
    for rule, n in summ["by_rule"].items():
        table.add_row(rule, str(n))
    console.print(table)
    line = (f"{summ['files']} files, {summ['messages']} messages: {summ['errors']} errors, "
            f"{summ['warnings']} warnings")
    if suppressed:
        line += f", {suppressed} suppressed by the baseline"
    console.print(line)
    for note in notes:
        console.print(f"info: {note}", style="dim")
