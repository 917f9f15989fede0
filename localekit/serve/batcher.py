"""Dynamic micro-batching: items from concurrent requests share one model run.

A request hands its items to :meth:`MicroBatcher.submit` and awaits them. One collector task takes
queued items until ``max_batch`` are waiting or ``max_wait_ms`` has passed since the first, runs the
screener once on them in a worker thread (the event loop keeps accepting requests meanwhile, so
the next batch fills while the model runs) and resolves each request's future with its verdicts,
in input order. The queue is bounded in items: a request that does not fit is refused at once
(:class:`Overloaded`), never queued without limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import time
from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from localekit.screen.screener import Screener, Verdict


class Overloaded(Exception):
    """The queue cannot take the request now; ``retry_after`` is a hint in seconds."""

    def __init__(self, retry_after: int, reason: str) -> None:
        super().__init__(reason)
        self.retry_after = retry_after
        self.reason = reason


@dataclass
class _Job:
    items: list[Mapping[str, Any]]
    when: dt.datetime | None
    future: asyncio.Future[list[Verdict]]
    results: list[Verdict | None] = field(default_factory=list)
    done: int = 0  # items handed to a batch so far


@dataclass(frozen=True, slots=True)
class BatchStats:
    """What one model run did (for metrics)."""

    items: int
    requests: int
    seconds: float


class MicroBatcher:
    """Collects items from concurrent requests into model batches (one model run at a time)."""

    def __init__(self, screener: Screener, *, max_batch: int = 64, max_wait_ms: float = 5.0,
                 max_queue: int = 1024, on_batch: Callable[[BatchStats], None] | None = None) -> None:
        if max_batch < 1 or max_queue < 1 or max_wait_ms < 0:
            raise ValueError("max_batch and max_queue must be >= 1 and max_wait_ms >= 0")
        self.screener = screener
        self.max_batch = max_batch
        self.max_wait = max_wait_ms / 1000
        self.max_queue = max_queue
        self.on_batch = on_batch
        self._jobs: deque[_Job] = deque()
        self._queued = 0  # items waiting, not yet in a batch
        self._wakeup: asyncio.Event | None = None
        self._task: asyncio.Task | None = None
        self._closing = False
        # one model run at a time: torch already uses the configured threads inside it
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="localekit-batch")
        self._seconds_per_item = 0.01  # running estimate, for Retry-After

    @property
    def queued(self) -> int:
        """Items waiting for a batch."""
        return self._queued

    def start(self) -> None:
        """Start the collector on the running event loop."""
        self._wakeup = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._run(), name="localekit-batcher")

    async def submit(self, items: list[Mapping[str, Any]], when: dt.datetime | None = None) -> list[Verdict]:
        """Screen ``items`` (``{"id", "text", "locale"}``) in some batch; verdicts in input order.

        Raises :class:`Overloaded` when the queue has no room for them (or the batcher is closing)."""
        if self._closing or self._task is None:
            raise Overloaded(1, "the service is shutting down" if self._closing else "the model is not loaded yet")
        if self._queued + len(items) > self.max_queue:
            wait = (self._queued + len(items)) * self._seconds_per_item
            raise Overloaded(max(1, round(wait + 0.5)),
                             f"the queue is full ({self._queued} items waiting, limit {self.max_queue})")
        if not items:
            return []
        job = _Job(list(items), when, asyncio.get_running_loop().create_future(), [None] * len(items))
        self._jobs.append(job)
        self._queued += len(items)
        assert self._wakeup is not None
        self._wakeup.set()
        return await job.future

    async def close(self) -> None:
        """Refuse new work, finish everything queued, stop the collector."""
        self._closing = True
        if self._wakeup is not None:
            self._wakeup.set()
        if self._task is not None:
            await self._task
        self._pool.shutdown(wait=True)

    # --- the collector ---------------------------------------------------------------------
    async def _run(self) -> None:
        assert self._wakeup is not None
        while True:
            if not self._jobs:
                if self._closing:
                    return
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            deadline = time.perf_counter() + self.max_wait
            while self._queued < self.max_batch and not self._closing:
                left = deadline - time.perf_counter()
                if left <= 0:
                    break
                self._wakeup.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wakeup.wait(), left)
            await self._run_batch(self._take())

    def _take(self) -> list[tuple[_Job, int, int]]:
        """Up to ``max_batch`` queued items as (job, start, stop) slices, oldest first."""
        taken: list[tuple[_Job, int, int]] = []
        room = self.max_batch
        while self._jobs and room:
            job = self._jobs[0]
            stop = min(len(job.items), job.done + room)
            taken.append((job, job.done, stop))
            room -= stop - job.done
            self._queued -= stop - job.done
            job.done = stop
            if job.done == len(job.items):
                self._jobs.popleft()
        return taken

    async def _run_batch(self, taken: list[tuple[_Job, int, int]]) -> None:
        t0 = time.perf_counter()
        loop = asyncio.get_running_loop()
        try:
            outputs = await loop.run_in_executor(self._pool, self._screen, taken)
        except Exception as exc:  # the model failed: every request in the batch gets the error
            for job, _, _ in taken:
                if not job.future.done():
                    job.future.set_exception(exc)
            return
        seconds = time.perf_counter() - t0
        n = sum(stop - start for _, start, stop in taken)
        self._seconds_per_item = 0.8 * self._seconds_per_item + 0.2 * seconds / max(1, n)
        for (job, start, stop), verdicts in zip(taken, outputs, strict=True):
            job.results[start:stop] = verdicts
            if stop == len(job.items) and not job.future.done():
                job.future.set_result(list(job.results))  # type: ignore[arg-type]
        if self.on_batch is not None:
            self.on_batch(BatchStats(n, len({id(job) for job, _, _ in taken}), seconds))

    def _screen(self, taken: list[tuple[_Job, int, int]]) -> list[list[Verdict]]:
        """In the worker thread: one ``screen_many`` per distinct ``when`` (one for most batches)."""
        groups: dict[dt.datetime | None, list[int]] = {}
        for k, (job, _, _) in enumerate(taken):
            groups.setdefault(job.when, []).append(k)
        out: list[list[Verdict]] = [[] for _ in taken]
        for when, ks in groups.items():
            flat = [it for k in ks for it in taken[k][0].items[taken[k][1]:taken[k][2]]]
            verdicts = self.screener.screen_many(flat, when=when)
            pos = 0
            for k in ks:
                size = taken[k][2] - taken[k][1]
                out[k] = verdicts[pos:pos + size]
                pos += size
        return out
