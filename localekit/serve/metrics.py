"""Prometheus metrics of one service process (``GET /metrics``, prometheus_client's text format).

Each app has its own registry, so several apps (tests) in one process never collide; with
``--workers N`` each worker process reports its own figures (docs/serve.md).
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CONTENT_TYPE_LATEST as CONTENT_TYPE_LATEST
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from localekit.serve.batcher import BatchStats

_LATENCY = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_SIZES = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512)


class Metrics:
    """The service's counters, histograms and gauges."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("localekit_http_requests", "HTTP requests by route, method and status code",
                                ["route", "method", "status"], registry=r)
        self.latency = Histogram("localekit_http_request_seconds", "HTTP request latency by route", ["route"],
                                 buckets=_LATENCY, registry=r)
        self.items = Counter("localekit_screen_items", "Screened items by verdict action", ["action"], registry=r)
        self.batch_items = Histogram("localekit_batch_items", "Items per model batch", buckets=_SIZES, registry=r)
        self.batch_requests = Histogram("localekit_batch_requests", "Requests sharing one model batch",
                                        buckets=_SIZES, registry=r)
        self.batch_seconds = Histogram("localekit_batch_seconds", "Model batch run time (screening included)",
                                       buckets=_LATENCY, registry=r)
        self.rejected = Counter("localekit_rejected_requests", "Requests refused with 503, by reason", ["reason"],
                                registry=r)
        self.queue = Gauge("localekit_queue_items", "Items waiting for a model batch", registry=r)
        self.ready = Gauge("localekit_model_ready", "1 when the model is loaded and requests are served", registry=r)
        self.threads = Gauge("localekit_torch_threads", "torch intra-op threads of this process", registry=r)

    def watch_queue(self, depth: Callable[[], int]) -> None:
        self.queue.set_function(lambda: float(depth()))

    def on_batch(self, stats: BatchStats) -> None:
        self.batch_items.observe(stats.items)
        self.batch_requests.observe(stats.requests)
        self.batch_seconds.observe(stats.seconds)

    def render(self) -> bytes:
        return generate_latest(self.registry)
