"""``localekit batch`` on Ray Data: read items, screen them in stateful actors, commit parts exactly once.

Pipeline: the inputs (:mod:`localekit.batch.inputs`) -> drop ids already committed (``--resume``)
-> ``map_batches`` over a pool of :class:`ScreenActor` (each loads the model once; GPU actors when
the cluster has GPUs and ``num_gpus`` asks for them) -> the driver, which receives verdict blocks
in input order, drops ids it has already written (the first occurrence of a duplicate id wins)
and commits every ``part_rows`` rows as one part file (:class:`localekit.batch.store.Store`).

Exactly once: a part is committed by atomic rename, so it holds whole blocks or does not exist.
A killed worker is restarted by Ray and its task retried; a killed driver loses only rows not yet
committed, which a rerun with ``resume`` screens again while every committed id is skipped.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from localekit.batch import ACTOR_MEMORY
from localekit.errors import LocalekitError, UsageError

MODEL_BATCH = 64  # texts per encoder forward, as ``localekit screen``


def cpu_actors(cpus: int, memory: float, threads: int = 1) -> int:
    """Default CPU actors: one per ``threads`` CPUs (single-threaded by default), as many as
    ``memory`` (bytes; 0: unknown) holds. One thread each unless asked, because a multi-threaded
    actor stalls at every barrier while the driver or another actor holds one of its cores (2 CPUs:
    1.33x the one-process time with one 2-thread actor, 1.09x with two 1-thread actors,
    BENCHMARKS.md)."""
    fit = int(memory // ACTOR_MEMORY) if memory > 0 else cpus
    return max(1, min(cpus // max(1, threads), fit))


@dataclass
class Options:
    """Settings of one run (``None``: the default, or the value a resumed folder was started with)."""

    fmt: str | None = None
    locale: str | None = None
    when: dt.datetime | None = None
    model: str | None = None
    heads: str | None = None
    quantize: bool = False
    address: str | None = None
    num_gpus: int = 0
    concurrency: int | None = None
    threads: int | None = None
    batch_size: int = 512
    part_rows: int = 10_000
    resume: bool = False
    progress: bool = False


@dataclass
class Result:
    """What a run did, and the summary of the whole output folder."""

    output: Path
    fmt: str
    screened: int = 0  # rows committed by this run
    skipped: int = 0  # ids already committed before this run
    duplicates: int = 0  # rows dropped because their id was already written
    parts: int = 0  # parts committed by this run
    discarded: int = 0  # uncommitted temp files of a killed run, deleted
    device: str = "cpu"
    actors: int = 1
    threads: int = 1
    summary: dict[str, Any] = field(default_factory=dict)


class ScreenActor:
    """A Ray Data actor: loads the screener once, then screens batches of item rows into verdict rows."""

    def __init__(self, model: str | None, heads: str | None, device: str, quantize: bool, threads: int,
                 locale: str | None, when: str) -> None:
        from localekit.screen.screener import Screener

        # the actor's torch threads (process-global), set by the Screener before the model loads
        self.screener = Screener(model, device, heads=heads, quantize=quantize, batch_size=MODEL_BATCH,
                                 threads=threads)
        self.locale = locale
        self.when = dt.datetime.fromisoformat(when)

    def __call__(self, batch: pa.Table) -> pa.Table:
        from localekit.batch.store import to_table

        items = batch.to_pylist()
        return to_table(self.screener.screen_many(items, self.locale, when=self.when))


def drop_done(batch: pa.Table, done: pa.Array) -> pa.Table:
    """Rows whose id is not in ``done`` (the ids committed before this run)."""
    return batch.filter(pc.invert(pc.is_in(batch["id"], value_set=done)))


def _user_error(exc: BaseException) -> LocalekitError | None:
    """The LocalekitError a Ray task raised, unwrapped from Ray's exception chain."""
    stack, seen = [exc], set()
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        cause = getattr(e, "cause", None)  # a RayTaskError, also an instance of its cause's class
        if isinstance(cause, BaseException):
            stack.append(cause)
            continue
        if isinstance(e, LocalekitError):
            return LocalekitError(e.message, e.path, e.line, e.column, e.hint)
        stack += [getattr(e, "cause", None), e.__cause__, e.__context__]
    return None


def init_ray(address: str | None, progress: bool) -> bool:
    """Connect to ``address`` or start a local Ray; True when this call started it."""
    import ray

    if ray.is_initialized():
        return False
    # Ray starts workers at nice 15; screening actors are the job, not background work
    os.environ.setdefault("RAY_worker_niceness", "0")
    try:
        ray.init(address=address, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=progress,
                 configure_logging=True)
    except (ConnectionError, ValueError, RuntimeError) as exc:
        where = f"the Ray cluster at {address}" if address else "a local Ray instance"
        raise UsageError(f"cannot start or reach {where} ({str(exc).splitlines()[0][:200]})",
                         hint="check --address, e.g. ray://head:10001 or auto") from None
    return True


def run(inputs: list[str], output: str | os.PathLike, opts: Options,
        log: Callable[[str], None] = lambda msg: None) -> Result:
    """Screen every item of ``inputs`` into ``output`` exactly once; see the module docstring."""
    from localekit.batch import inputs as inp
    from localekit.batch import summary as report
    from localekit.batch.store import Store
    from localekit.screen import extra

    extra.require()
    if opts.locale is not None:
        from localekit import packs

        packs.load(opts.locale)  # an invalid --locale is a usage error, not N item errors
    sources = inp.resolve(inputs)
    store = Store(output)
    when = opts.when or dt.datetime.now(dt.UTC)
    settings = {"locale": opts.locale, "when": when.isoformat(), "model": opts.model, "heads": opts.heads,
                "quantize": opts.quantize}
    discarded = len(list(store.path.glob(".part-*.tmp"))) if opts.resume and store.path.is_dir() else 0
    manifest = store.open(opts.fmt or _old_format(store) or "parquet", settings, resume=opts.resume)
    for key, value in settings.items():  # a resumed folder keeps its settings; a different one is an error
        given = opts.when if key == "when" else getattr(opts, key)
        if given not in (None, False) and manifest.get(key) != value:
            raise UsageError(f"{store.path} was started with {key} {manifest.get(key)!r}, not {value!r}",
                             hint="resume with the same settings, or use another --output folder")
    result = Result(output=store.path, fmt=manifest["format"], discarded=discarded)

    done = store.committed_ids()
    seen: set[str] = set(done.to_pylist())
    result.skipped = len(seen)

    import ray
    import ray.data

    started = init_ray(opts.address, opts.progress)
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True  # the first occurrence of a duplicate id wins
        ctx.enable_progress_bars = opts.progress
        ctx.enable_operator_progress_bars = opts.progress
        if not opts.progress:
            logging.getLogger("ray.data").setLevel(logging.ERROR)
        resources = ray.cluster_resources()
        cpus = max(1, int(resources.get("CPU", 1)))
        gpus = int(resources.get("GPU", 0))
        remote: dict[str, Any] = {}
        if opts.num_gpus and gpus:
            result.device = "cuda"
            result.actors = opts.concurrency or min(opts.num_gpus, gpus)
            result.threads = opts.threads or max(1, min(4, cpus // result.actors))
            remote = {"num_gpus": 1, "num_cpus": min(1.0, (cpus - 1) / result.actors or 1)}
        else:
            if opts.num_gpus:
                log("no GPU in the Ray cluster: screening on CPU")
            result.actors = opts.concurrency or cpu_actors(cpus, float(resources.get("memory", 0)), opts.threads or 1)
            result.threads = opts.threads or max(1, min(4, cpus // result.actors))
            remote = {"num_cpus": max(0.25, min(result.threads, (cpus - 1) / result.actors))}
        ds = inp.dataset(sources)
        if len(done):
            ds = ds.map_batches(drop_done, fn_kwargs={"done": done}, batch_format="pyarrow", batch_size=None)
        ds = ds.map_batches(
            ScreenActor, batch_format="pyarrow", batch_size=opts.batch_size,
            compute=ray.data.ActorPoolStrategy(size=result.actors),
            fn_constructor_args=(manifest.get("model"), manifest.get("heads"), result.device,
                                 bool(manifest.get("quantize")),
                                 result.threads, manifest.get("locale"), manifest["when"]),
            **remote)
        if discarded:
            log(f"deleted {discarded} uncommitted part(s) of an interrupted run")
        log(f"screening on {result.actors} {result.device} actor(s), {result.threads} thread(s) each"
            + (f"; {result.skipped} ids already committed" if result.skipped else ""))
        pending: list[pa.Table] = []
        rows = 0

        def commit() -> None:
            nonlocal rows
            if rows:
                store.commit(pa.concat_tables(pending), result.fmt)
                result.parts += 1
                result.screened += rows
                pending.clear()
                rows = 0

        try:
            for block in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
                keep = []
                for i, item_id in enumerate(block["id"].to_pylist()):
                    if item_id in seen:
                        result.duplicates += 1
                    else:
                        seen.add(item_id)
                        keep.append(i)
                if keep:
                    pending.append(block.take(keep) if len(keep) < block.num_rows else block)
                    rows += len(keep)
                if rows >= opts.part_rows:
                    commit()
        except Exception as exc:
            err = _user_error(exc)
            if err is not None:
                raise err from None
            raise
        commit()
    finally:
        if started:
            ray.shutdown()
    result.summary = {**report.summarize(store), "format": result.fmt, "when": manifest["when"]}
    report.write(store, result.summary)
    return result


def _old_format(store: Any) -> str | None:
    old = store.manifest()
    return old["format"] if old else None
