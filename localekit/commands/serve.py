"""``localekit serve``: the HTTP JSON service (``localekit.serve``) under uvicorn.

With one worker the model is loaded before the port opens, so a model that cannot load is one
line and exit 2; with ``--workers N`` each worker process loads its own and says so on
``/readyz``. SIGTERM: in-flight requests finish, then the process exits 0.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import socket
import sys
from pathlib import Path

import click

from localekit.errors import LocalekitError

SERVE_PACKAGES = ("fastapi", "uvicorn", "prometheus_client")


def _require_serve_extra() -> None:
    lacking = [p for p in SERVE_PACKAGES if importlib.util.find_spec(p) is None]
    if lacking:
        raise LocalekitError(f"localekit serve needs {', '.join(lacking)} (the serve extra), not installed here",
                             hint="pip install 'localekit[serve]'")


def _check_port(host: str, port: int) -> None:
    """A port taken or a host that cannot be bound is one line (uvicorn would log and exit 1)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise LocalekitError(f"--host {host!r}: {exc.strerror or exc}") from None
    family, kind, proto, _, addr = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(addr)
        except OSError as exc:
            raise LocalekitError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                                 hint="choose another --port or stop the process using it") from None


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: all).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes; each loads the model once.")
@click.option("--threads", type=click.IntRange(0, 1024), default=None,
              help="CPU threads per worker for the model (0: torch's own). Default: LOCALEKIT_THREADS, else half "
                   "the usable CPUs divided among the workers.")
@click.option("--model", default=None, help="Encoder or topic sequence-classification checkpoint (id or path).")
@click.option("--heads", "heads_dir", default=None, type=click.Path(file_okay=False), help="Heads folder.")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True)
@click.option("--quantize", is_flag=True, help="int8 dynamic quantization (CPU).")
@click.option("--rules-only", is_flag=True, help="No model: deterministic rules only; every verdict is review.")
@click.option("--max-batch", type=click.IntRange(1, 4096), default=64, show_default=True,
              help="Most items in one model run.")
@click.option("--max-wait-ms", type=click.FloatRange(0, 1000), default=5.0, show_default=True,
              help="How long a batch waits for more items after its first.")
@click.option("--max-queue", type=click.IntRange(1), default=1024, show_default=True,
              help="Items waiting for a batch before requests get 503 + Retry-After.")
@click.option("--max-items", type=click.IntRange(1), default=256, show_default=True, help="Items per request.")
@click.option("--max-chars", type=click.IntRange(1), default=100_000, show_default=True, help="Characters per text.")
@click.option("--max-body", type=click.IntRange(1), default=8 << 20, show_default=True,
              help="Request body size in bytes.")
@click.option("--ftl", "ftl", multiple=True, type=click.Path(exists=True), help="Extra .ftl file or folder for "
              "/v1/render (first priority); repeatable.")
@click.option("--graceful-timeout", type=click.IntRange(1), default=30, show_default=True,
              help="Seconds in-flight requests get to finish on SIGTERM.")
@click.option("--keep-alive", type=click.IntRange(1), default=75, show_default=True,
              help="Seconds an idle connection stays open (above a load balancer's idle timeout).")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]), default="info",
              show_default=True)
def serve(host: str, port: int, workers: int, threads: int | None, model: str | None, heads_dir: str | None,
          device: str, quantize: bool, rules_only: bool, max_batch: int, max_wait_ms: float, max_queue: int,
          max_items: int, max_chars: int, max_body: int, ftl: tuple[str, ...], graceful_timeout: int,
          keep_alive: int, log_level: str) -> None:
    """Serve screening and rendering over HTTP (JSON API; docs at /docs, contract in docs/serve.md)."""
    _require_serve_extra()
    from localekit.screen.threads import resolve_threads
    from localekit.serve.config import ENV, ServeConfig

    n_threads = None if rules_only else resolve_threads(threads, processes=workers)
    config = ServeConfig(model=model, heads=heads_dir, device=device, quantize=quantize, rules_only=rules_only,
                         threads=n_threads, max_batch=max_batch, max_wait_ms=max_wait_ms, max_queue=max_queue,
                         max_items=max_items, max_chars=max_chars, max_body=max_body,
                         ftl=tuple(str(Path(p).resolve()) for p in ftl))
    if ftl:
        from localekit.render import Renderer

        errors = Renderer.for_locale("en-US", paths=list(config.ftl)).syntax_errors()
        if errors:
            raise errors[0]
    _check_port(host, port)
    import uvicorn

    # uvicorn stops gracefully on SIGTERM, then raises it again: this handler makes that exit 0
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    common = {"host": host, "port": port, "log_level": log_level, "timeout_graceful_shutdown": graceful_timeout,
              "timeout_keep_alive": keep_alive, "lifespan": "on"}
    if workers == 1:
        from localekit.serve.app import build_screener, create_app

        screener = build_screener(config)  # a model that cannot load: one line, exit 2, port never opened
        uvicorn.run(create_app(config, screener), **common)
    else:
        if not rules_only:
            from localekit.screen import extra

            extra.require()
        os.environ[ENV] = config.to_env()
        uvicorn.run("localekit.serve.app:worker_app", factory=True, workers=workers, **common)
