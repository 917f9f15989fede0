"""``localekit serve``: the screener and the renderer as an HTTP JSON service (the ``serve`` extra).

``create_app(ServeConfig(...))`` builds the FastAPI app (``app.py``); ``batcher.py`` batches items of
concurrent requests into one model run; ``metrics.py`` is ``/metrics``. API: ``docs/serve.md``.
"""

from localekit.serve.config import ServeConfig

__all__ = ["ServeConfig"]
