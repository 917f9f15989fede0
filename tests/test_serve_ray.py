"""The Ray Serve example in docs/serve.md, run as written: a local 2-CPU Ray cluster, two replicas of
the FastAPI app, verdicts over HTTP equal to the library's, and /healthz and /metrics per replica."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from localekit.screen.screener import Screener

pytest.importorskip("ray.serve", reason="Ray Serve is in the dev extra (ray[serve])")

DOC = Path(__file__).resolve().parents[1] / "docs" / "serve.md"
ITEMS = [
    {"id": "de", "locale": "de-DE", "text": "Willst du heute Abend ein Bier mit mir trinken?"},
    {"id": "ja", "locale": "ja-JP", "text": "明日の会議は午前10時に始まります。"},
    {"id": "ar", "locale": "ar-SA", "text": "يمكنك حجز طاولة في المطعم الليلة."},
    {"id": "en", "locale": "en-US", "text": "Try our new bacon cheeseburger with a cold beer!"},
    {"id": "id", "locale": "id-ID", "text": "Main judi online sekarang dan menangkan jackpot!"},
]

CLIENT = """
import json, time, urllib.error, urllib.request

def call(path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return r.status, r.read().decode()

def retrying(path, body=None, limit=600):
    end = time.monotonic() + limit
    while True:
        try:
            return call(path, body)
        except urllib.error.HTTPError as exc:
            if exc.code != 503 or time.monotonic() > end:
                raise
            time.sleep(float(exc.headers.get("Retry-After") or 1))

out = {"verdicts": []}
for item in ITEMS:  # one request each, so both replicas serve some
    body = retrying("/v1/screen", {"locale": item["locale"], "items": [item]})[1]
    out["verdicts"].append(json.loads(body)["verdicts"][0])
out["healthz"] = call("/healthz")[0]
status, metrics = retrying("/metrics")
out["metrics"] = [status, "localekit_screen_items_total" in metrics]
print("RESULT " + json.dumps(out, ensure_ascii=False))
serve.shutdown()
"""


def doc_block() -> str:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("- **Ray Serve**"):]
    return textwrap.dedent(re.search(r"```python\n(.*?)```", section, re.S).group(1))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_ray_serve_example_serves_the_library_verdicts(tmp_path: Path) -> None:
    block = doc_block()
    assert '"port": 8000' in block and "serve.run(" in block
    port = free_port()
    script = "\n".join([
        "import ray",
        "ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)",
        block.replace('"port": 8000', f'"port": {port}'),
        f"BASE = 'http://127.0.0.1:{port}'",
        f"ITEMS = {ITEMS!r}",
        CLIENT,
        "ray.shutdown()",
    ])
    path = tmp_path / "serve_example.py"
    path.write_text(script, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=900)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, proc.stderr[-3000:]
    got = json.loads(lines[-1][len("RESULT "):])
    assert got["healthz"] == 200 and got["metrics"] == [200, True]
    scr = Screener()
    for item, v in zip(ITEMS, got["verdicts"], strict=True):
        ref = scr.screen_many([item], item["locale"])[0]
        assert v["id"] == item["id"] and v["locale"] == item["locale"]
        assert (v["action"], v["flagged"], v["formality"]) == (ref["action"], ref["flagged"], ref["formality"])
        for topic, score in ref["topics"].items():
            assert abs(v["topics"][topic] - score) <= 0.01, (item["id"], topic)
    flagged = {it["id"] for it, v in zip(ITEMS, got["verdicts"], strict=True) if v["action"] != "allow"}
    assert "id" in flagged  # online gambling in id-ID is not let through
