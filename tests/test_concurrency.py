"""16 threads hammer the renderer, pack loading and the screener; results equal sequential ones.

Each test starts from cold caches (cleared first), so the threads race on first parse/compile/load,
which is where shared-cache bugs live. A barrier makes the threads start together.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from screen_stub import KeywordBackend

from localekit import packs
from localekit.render import Renderer

THREADS = 16
LOCALES = ["de-DE", "ar-SA", "ja-JP", "fr-FR", "hi-IN", "de-AT", "pt-BR", "ru-RU"]


def hammer(jobs: list[Any], fn: Callable[[Any], Any], rounds: int = 3) -> list[Any]:
    """Run ``fn`` over ``jobs * rounds`` from 16 threads started together; results in job order."""
    todo = jobs * rounds
    barrier = threading.Barrier(min(THREADS, len(todo)))
    first = threading.local()

    def work(job: Any) -> Any:
        if not getattr(first, "done", False):  # each thread waits once, at its first job
            first.done = True
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait(timeout=10)
        return fn(job)

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        return list(pool.map(work, todo))


def _render_jobs() -> list[tuple[str, str, dict, str]]:
    ids = Renderer.for_locale("en-US").message_ids()[:12]
    args = {"n": 3, "count": 2, "minutes": 5, "item": "x", "name": "Ada", "amount": 12.5, "currency": "EUR"}
    return [(loc, mid, args, ch) for loc in LOCALES for mid in ids for ch in ("screen", "voice")]


def _render(job: tuple[str, str, dict, str]) -> tuple:
    loc, mid, args, ch = job
    got = Renderer.for_locale(loc).render_message(mid, args, channel=ch)
    return got.value, got.attributes, got.locale, tuple(got.errors), got.truncated


def test_renderer_threads_match_sequential() -> None:
    jobs = _render_jobs()
    sequential = [_render(j) for j in jobs]
    Renderer._cache.clear()  # cold: threads race on catalog parsing and message compilation
    assert hammer(jobs, _render) == sequential * 3


def _pack_view(tag: str) -> tuple:
    p = packs.load(tag)
    return (p.tag, p.chain, p.match_note, p.formality.default, p.scripts, p.direction,
            tuple(sorted(p.policy.forbidden_terms)), p.display.button)


def test_pack_loading_threads_match_sequential() -> None:
    tags = [*LOCALES, "de", "zh-HK", "sl-SL", "en-GB", "es-MX", "xx-QQ-bogus"]

    def view(tag: str) -> tuple:
        try:
            return _pack_view(tag)
        except Exception as exc:  # an unknown tag must fail the same way in every thread
            return (type(exc).__name__, str(exc))

    sequential = [view(t) for t in tags]
    packs._cache.clear()  # cold: threads race on YAML parsing, merging and derived packs
    assert hammer(tags, view, rounds=4) == sequential * 4


TEXTS = ["Try the pulled pork sandwich!", "Möchtest du ein Bier?", "Merry Christmas from all of us!",
         "Have a cold b\u200beer tonight.", "Your order is on its way.", "Room 13 is ready, Sie können kommen.",
         "Спасибо за покупку", "ビールをどうぞ", "\u202eevil\u202c text", "W33D and v0dk4 for $5"]


def test_screener_threads_match_sequential() -> None:
    from localekit.screen.screener import Screener

    scr = Screener(backend=KeywordBackend())
    jobs = [(t, loc) for t in TEXTS for loc in ("de-DE", "ar-SA", "en-US", "ja-JP")]
    sequential = [scr.screen(t, loc) for t, loc in jobs]
    fresh = Screener(backend=KeywordBackend())  # cold per-screener caches
    assert hammer(jobs, lambda j: fresh.screen(*j)) == sequential * 3


def test_screen_many_batches_from_threads_match() -> None:
    from localekit.screen.screener import Screener

    scr = Screener(backend=KeywordBackend(), batch_size=4)
    batch = [{"id": i, "text": t, "locale": loc} for i, (t, loc) in
             enumerate((t, loc) for t in TEXTS for loc in ("de-DE", "ar-SA"))]
    expected = scr.screen_many(batch)
    assert hammer([batch], scr.screen_many, rounds=THREADS) == [expected] * THREADS


def test_library_screen_function_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """`localekit.screen.screen` (the cached default screener) from 16 threads, rules-only so no model
    download or load is needed: one cached screener, identical verdicts."""
    import localekit.screen.screener as mod

    created: list[Any] = []
    real = mod.Screener

    def rules_only(*a: Any, **kw: Any) -> Any:
        created.append(1)
        return real(backend=KeywordBackend())

    monkeypatch.setattr(mod, "Screener", rules_only)
    monkeypatch.setattr(mod, "_cache", {})
    jobs = [(t, loc) for t in TEXTS for loc in ("de-DE", "ar-SA")]
    sequential = [mod.screen(t, loc, device="cpu") for t, loc in jobs]
    monkeypatch.setattr(mod, "_cache", {})
    created.clear()
    assert hammer(jobs, lambda j: mod.screen(*j, device="cpu")) == sequential * 3
    assert len(created) == 1  # one screener built under the lock, however many threads raced
