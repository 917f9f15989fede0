"""``localekit batch``: screen JSONL/Parquet inputs into an output folder on Ray, exactly once.

Exit 0 when every item of the folder was screened and none is ``block``; 1 when some item is
``block`` or had a per-item error; 2 for usage errors, unreadable input or a model that cannot load.
"""

from __future__ import annotations

import sys

import click

from localekit.batch import ACTOR_MEMORY


@click.command("batch")
@click.argument("inputs", metavar="INPUT...", nargs=-1, required=True)
@click.option("--output", "-o", required=True, help="Output folder (local); parts are committed into it.")
@click.option("--format", "fmt", type=click.Choice(["parquet", "jsonl"]), default=None,
              help="Output format (default parquet; a resumed folder keeps its own).")
@click.option("--locale", "-l", default=None, help="Locale tag for items without a \"locale\" field.")
@click.option("--address", default=None, help="Ray cluster address (default: start a local Ray).")
@click.option("--num-gpus", type=click.IntRange(0), default=0, show_default=True,
              help="GPU actors when the cluster has GPUs (CPU otherwise).")
@click.option("--resume", is_flag=True, help="Continue a folder: skip the ids already committed.")
@click.option("--concurrency", type=click.IntRange(1), default=None,
              help="Screening actors (default: GPUs used, else one per CPU, or per --threads CPUs, as memory "
                   f"allows, {ACTOR_MEMORY / 2**30:g} GiB each).")
@click.option("--threads", type=click.IntRange(1), default=None,
              help="torch threads per actor (default: CPUs / actors, at most 4; 1 with an actor per CPU).")
@click.option("--batch-size", type=click.IntRange(1, 65536), default=512, show_default=True,
              help="Rows per actor call.")
@click.option("--part-rows", type=click.IntRange(1), default=10_000, show_default=True,
              help="Rows per committed part file.")
@click.option("--when", default=None, help="ISO date/time for time-aware rules (default: the run's start, UTC).")
@click.option("--model", default=None, help="Encoder or topic sequence-classification checkpoint (id or path).")
@click.option("--heads", "heads_dir", default=None, type=click.Path(file_okay=False), help="Heads folder.")
@click.option("--quantize", is_flag=True, help="int8 dynamic quantization (CPU).")
@click.option("--progress/--no-progress", default=None, help="Ray's progress bars (default: on a terminal).")
def batch(inputs: tuple[str, ...], output: str, fmt: str | None, locale: str | None, address: str | None,
          num_gpus: int, resume: bool, concurrency: int | None, threads: int | None, batch_size: int,
          part_rows: int, when: str | None, model: str | None, heads_dir: str | None, quantize: bool,
          progress: bool | None) -> None:
    """Screen JSONL/Parquet items (local paths or fsspec URLs) into DIR on Ray, exactly once."""
    from localekit.batch import extra

    extra.require()  # before anything imports pyarrow or ray
    from localekit.batch.engine import Options, run
    from localekit.batch.store import REPORT, SUMMARY
    from localekit.commands.screen import _parse_when

    opts = Options(fmt=fmt, locale=locale, when=_parse_when(when), model=model, heads=heads_dir,
                   quantize=quantize, address=address, num_gpus=num_gpus, concurrency=concurrency, threads=threads,
                   batch_size=batch_size, part_rows=part_rows, resume=resume,
                   progress=sys.stderr.isatty() if progress is None else progress)
    res = run(list(inputs), output, opts, log=lambda msg: click.echo(f"localekit batch: {msg}", err=True))
    s = res.summary
    click.echo(f"{res.screened} items screened, {res.skipped} already done, {res.duplicates} duplicate ids "
               f"skipped; {s['items']} items in {s['parts']} {res.fmt} parts")
    click.echo("actions: " + ", ".join(f"{a} {n}" for a, n in s["by_action"].items())
               + "; errors: " + (", ".join(f"{c} {n}" for c, n in s["errors"].items()) or "0"))
    click.echo(f"wrote {res.output / SUMMARY} and {res.output / REPORT}")
    sys.exit(1 if s["by_action"]["block"] or s["errors"] else 0)
