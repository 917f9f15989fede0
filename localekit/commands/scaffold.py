"""``localekit scaffold TAG [--out DIR]``."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("tag")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
              show_default=True, help="Folder to create <TAG>/pack.yaml in.")
def scaffold(tag: str, out_dir: Path) -> None:
    """Write the starting point of a curated pack for TAG: derived values filled in, TODOs where a human decides."""
    from localekit.scaffold import scaffold as write

    folder = write(tag, out_dir)
    click.echo(f"wrote {folder / 'pack.yaml'}; decide its TODOs, then run: localekit audit {folder}")
