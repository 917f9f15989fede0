"""``localekit serve`` for real: a subprocess on a free port with the shipped model takes 500 concurrent
requests (each 200 or 503, never an error) and stops cleanly on SIGTERM; a request in flight when
the server is told to stop still gets its verdict (graceful shutdown)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
import uvicorn
from conftest import require_shared
from screen_stub import KeywordBackend

from localekit.screen.screener import Screener
from localekit.serve.app import create_app
from localekit.serve.config import ServeConfig

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(cond, what: str, limit: float, proc: subprocess.Popen | None = None) -> None:
    end = time.monotonic() + limit
    while True:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"the server exited ({proc.returncode}) while waiting for {what}: "
                                 f"{proc.stderr.read() if proc.stderr else ''}")
        try:
            if cond():
                return
        except httpx.HTTPError:
            pass
        assert time.monotonic() < end, f"gave up waiting for {what}"
        time.sleep(0.2)


async def fire(base: str, bodies: list[dict]) -> list[int | str]:
    """All requests at once (one connection each); a status code, or the error's type name."""
    limits = httpx.Limits(max_connections=len(bodies), max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=300) as client:
        async def one(body: dict) -> int | str:
            try:
                r = await client.post("/v1/screen", json=body)
            except httpx.HTTPError as exc:
                return type(exc).__name__
            if r.status_code == 200:
                v = r.json()
                assert v["id"] == body["id"] and v["locale"] == body["locale"] and len(v["topics"]) == 13
            elif r.status_code == 503:
                assert int(r.headers["retry-after"]) >= 1
            return r.status_code

        return await asyncio.gather(*(one(b) for b in bodies))


def test_serve_subprocess_500_concurrent_requests_then_sigterm():
    rows = (require_shared("datasets", "massive") / "en-US.jsonl").read_text(encoding="utf-8").splitlines()[:500]
    locales = ["en-US", "de-DE", "ar-SA", "ja-JP", "hi-IN"]
    bodies = [{"id": f"m{n}", "text": json.loads(line)["utt"], "locale": locales[n % len(locales)]}
              for n, line in enumerate(rows)]
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "localekit.cli", "serve", "--port", str(port), "--device", "cpu",
                             "--max-queue", "256", "--log-level", "warning"],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: httpx.get(f"{base}/readyz", timeout=5).status_code == 200, "readiness", 600, proc)
        statuses = asyncio.run(fire(base, bodies))
        counts = Counter(statuses)
        assert set(counts) <= {200, 503}, counts
        assert counts[200] >= 256  # the queue holds 256 items: at least those are served
        metrics = httpx.get(f"{base}/metrics", timeout=5).text
        assert f'localekit_http_requests_total{{method="POST",route="/v1/screen",status="200"}} {counts[200]}.0' \
            in metrics
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "ERROR" not in err, err


class Held(KeywordBackend):
    def __init__(self) -> None:
        super().__init__()
        self.started, self.release = threading.Event(), threading.Event()

    def predict(self, texts):
        self.started.set()
        assert self.release.wait(60)
        return super().predict(texts)


def test_in_flight_requests_finish_on_shutdown():
    backend = Held()
    app = create_app(ServeConfig(), Screener(backend=backend))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           timeout_graceful_shutdown=30))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    wait_until(lambda: httpx.get(f"{base}/readyz", timeout=5).status_code == 200, "readiness", 60)
    result: dict[str, httpx.Response] = {}
    req = threading.Thread(target=lambda: result.setdefault("r", httpx.post(
        f"{base}/v1/screen", json={"locale": "ar-SA", "text": "A glass of wine?"}, timeout=60)))
    req.start()
    assert backend.started.wait(60)  # the request is inside the model
    server.should_exit = True  # what SIGTERM does
    time.sleep(0.2)
    assert thread.is_alive()  # waiting for the request, not gone
    backend.release.set()
    req.join(60)
    thread.join(60)
    assert not thread.is_alive()
    assert result["r"].status_code == 200 and result["r"].json()["flagged"] == ["alcohol"]
    assert app.state.localekit.draining and app.state.localekit.batcher.queued == 0
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base}/healthz", timeout=5)


def test_workers_share_the_port_and_stop_on_sigterm(tmp_path):
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as sink:
        # its own process group, so that the workers go too if the test fails half-way
        proc = subprocess.Popen([sys.executable, "-m", "localekit.cli", "serve", "--port", str(port), "--workers", "2",
                                 "--rules-only", "--log-level", "info"],
                                cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=sink, text=True,
                                start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        # both workers ready, not just the first to answer
        wait_until(lambda: log.read_text(encoding="utf-8").count("Application startup complete") == 2,
                   "both workers", 300, proc)
        bodies = [{"id": f"w{n}", "text": "Merry Christmas!", "locale": "ar-SA"} for n in range(40)]
        assert Counter(asyncio.run(fire(base, bodies))) == {200: 40}
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    err = log.read_text(encoding="utf-8")
    assert proc.returncode == 0 and "Traceback" not in err, err
    assert err.count("Application startup complete") == 2 and err.count("Finished server process") == 2, err
