"""The service's settings: one frozen record, passed to worker processes through the environment."""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass

from localekit.errors import UsageError

#: worker processes (``--workers N``) read their settings from this variable
ENV = "LOCALEKIT_SERVE_CONFIG"


@dataclass(frozen=True)
class ServeConfig:
    """What ``localekit serve`` was asked for (see ``docs/serve.md``)."""

    model: str | None = None
    heads: str | None = None
    device: str = "auto"
    quantize: bool = False
    rules_only: bool = False
    #: torch intra-op threads per process; None: ``localekit.screen.threads``' default
    threads: int | None = None
    #: largest model batch (items); also the screener's batch size
    max_batch: int = 64
    #: how long the batcher waits for more items after the first (milliseconds)
    max_wait_ms: float = 5.0
    #: items waiting for a batch before requests are refused with 503
    max_queue: int = 1024
    #: items per request
    max_items: int = 256
    #: characters per text
    max_chars: int = 100_000
    #: request body size (bytes)
    max_body: int = 8 << 20
    #: extra .ftl files or folders for /v1/render (first priority)
    ftl: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("max_batch", "max_queue", "max_items", "max_chars", "max_body"):
            if not isinstance(getattr(self, name), int) or getattr(self, name) < 1:
                raise UsageError(f"{name} must be a whole number >= 1, not {getattr(self, name)!r}")
        if self.max_items > self.max_queue:
            raise UsageError(f"max_items ({self.max_items}) exceeds max_queue ({self.max_queue}): "
                             "such a request could never be queued", hint="raise --max-queue or lower --max-items")
        if self.max_wait_ms < 0:
            raise UsageError(f"max_wait_ms must be >= 0, not {self.max_wait_ms}")

    def to_env(self) -> str:
        return json.dumps(dataclasses.asdict(self))

    @classmethod
    def from_env(cls) -> ServeConfig:
        """The settings a worker process was started with (defaults when the variable is unset)."""
        raw = os.environ.get(ENV)
        if not raw:
            return cls()
        data = json.loads(raw)
        data["ftl"] = tuple(data.get("ftl") or ())
        return cls(**data)
