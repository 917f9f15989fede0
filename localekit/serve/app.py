"""The HTTP JSON API (FastAPI): ``POST /v1/screen``, ``POST /v1/render``, ``/healthz``, ``/readyz``,
``/metrics`` and the OpenAPI docs (``/docs``, ``/openapi.json``). Contract: ``docs/serve.md``.

``create_app(config, screener=None)`` builds the app; without a screener it loads the model in a
background thread at startup (``/healthz`` answers meanwhile, ``/readyz`` says 503 until it is
loaded). Every error is JSON ``{"error": {"code", "message", "field"?}}``: 4xx for bad input, 503
with ``Retry-After`` when the queue is full, the model is not loaded yet or the process is shutting down.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import re
import sys
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from localekit.errors import LocalekitError
from localekit.register import REGISTERS
from localekit.screen.screener import Screener, Verdict, locale_pack
from localekit.serve.batcher import MicroBatcher, Overloaded
from localekit.serve.config import ServeConfig
from localekit.serve.metrics import CONTENT_TYPE_LATEST, Metrics

log = logging.getLogger("localekit.serve")

_TYPE_TAG = re.compile(r"(?:str|int|float|bool|list\[.*\]|dict\[.*\]|literal\[.*\]|function-\w+\[.*\])")
ROUTES = ("/v1/screen", "/v1/render", "/healthz", "/readyz", "/metrics", "/docs", "/openapi.json")


# --- request and response bodies -----------------------------------------------------------------
class ScreenItem(BaseModel):
    """One item of a batch."""

    model_config = ConfigDict(extra="forbid", strict=True)
    id: str | int | None = Field(None, description="Echoed in the verdict; default: the item's position (0-based)")
    text: str
    locale: str | None = Field(None, description="BCP-47 tag; default: the request's locale")


class ScreenRequest(BaseModel):
    """One item (``locale`` + ``text``) or a batch (``items``, each with its own or the request's locale)."""

    model_config = ConfigDict(extra="forbid", strict=True,
                              json_schema_extra={"examples": [{"locale": "ar-SA", "text": "Merry Christmas!"},
                                                              {"locale": "de-DE", "items": [
                                                                  {"id": "a", "text": "Hallo!"},
                                                                  {"id": "b", "text": "Bonjour", "locale": "fr-FR"}]}]})
    locale: str | None = None
    text: str | None = None
    id: str | int | None = None
    items: list[ScreenItem] | None = None
    when: str | None = Field(None, description="ISO date or date-time for time-aware rules (default: now, UTC)")

    @model_validator(mode="after")
    def _one_form(self) -> ScreenRequest:
        if (self.text is None) == (self.items is None):
            raise ValueError("give either text (one item) or items (a batch), not both or neither")
        if self.items is None and self.locale is None:
            raise ValueError("locale is required with text")
        if self.items is not None and self.id is not None:
            raise ValueError("id belongs to each item in a batch")
        return self


class RenderRequest(BaseModel):
    """``localekit render --json`` as a request."""

    model_config = ConfigDict(extra="forbid", strict=True,
                              json_schema_extra={"examples": [{"locale": "fa-IR", "id": "cart-count",
                                                               "args": {"count": 1234}}]})
    locale: str
    id: str = Field(description="Message id (or id.attribute)")
    args: dict[str, str | int | float | list[str]] = Field(
        default_factory=dict, description="Typed as `--arg` types them; `name:TYPE` keys force a type")
    channel: Literal["screen", "voice"] = "screen"
    formality: Literal[REGISTERS] | None = None  # type: ignore[valid-type]
    ssml: bool = False
    width: int | None = Field(None, ge=0)


class ApiError(Exception):
    """An error answer: status code, stable code, one-line message, the offending field."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None,
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field
        self.headers = dict(headers or {})

    def response(self) -> JSONResponse:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.field:
            body["field"] = self.field
        return SafeJSONResponse({"error": body}, status_code=self.status, headers=self.headers)


class SafeJSONResponse(JSONResponse):
    """JSON as ``localekit screen`` writes it: UTF-8, or ASCII escapes where lone surrogates (possible
    in JSON input, echoed in ids and messages) forbid UTF-8."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:
            return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


# --- middleware ------------------------------------------------------------------------------------
class Guard:
    """Pure ASGI middleware: refuses bodies over ``max_body`` bytes (413) and records request metrics."""

    def __init__(self, app: ASGIApp, max_body: int, metrics: Metrics) -> None:
        self.app, self.max_body, self.metrics = app, max_body, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        route = scope["path"] if scope["path"] in ROUTES else "other"
        t0 = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        seen = 0

        async def receive_limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise HTTPException(413, _too_large(self.max_body))
            return message

        try:
            length = dict(scope["headers"]).get(b"content-length")
            if length is not None and length.isdigit() and int(length) > self.max_body:
                refusal = ApiError(413, "body_too_large", _too_large(self.max_body)).response()
                await refusal(scope, receive, send_wrapper)
            else:
                await self.app(scope, receive_limited, send_wrapper)
        finally:
            self.metrics.requests.labels(route, scope["method"], str(status)).inc()
            self.metrics.latency.labels(route).observe(time.perf_counter() - t0)


def _too_large(limit: int) -> str:
    return f"request body over {limit} bytes (the service's --max-body)"


# --- the app ---------------------------------------------------------------------------------------
class State:
    """What the endpoints share: the screener and batcher once loaded, readiness, metrics."""

    def __init__(self, config: ServeConfig, screener: Screener | None) -> None:
        self.config = config
        self.screener = screener
        self.batcher: MicroBatcher | None = None
        self.metrics = Metrics()
        self.error: str | None = None
        self.draining = False

    @property
    def ready(self) -> bool:
        return self.batcher is not None and not self.draining

    def start(self, screener: Screener) -> None:
        self.screener = screener
        self.batcher = MicroBatcher(screener, max_batch=self.config.max_batch, max_wait_ms=self.config.max_wait_ms,
                                    max_queue=self.config.max_queue, on_batch=self.metrics.on_batch)
        self.batcher.start()
        self.metrics.watch_queue(lambda: self.batcher.queued if self.batcher else 0)
        self.metrics.ready.set(1)
        if screener.threads:
            self.metrics.threads.set(screener.threads)


def build_screener(config: ServeConfig) -> Screener:
    """The service's screener (loads the model unless ``rules_only``; one-line ModelError on failure)."""
    return Screener(config.model, config.device, heads=config.heads, quantize=config.quantize,
                    batch_size=config.max_batch, rules_only=config.rules_only, max_chars=config.max_chars,
                    threads=config.threads)


def create_app(config: ServeConfig | None = None, screener: Screener | None = None) -> FastAPI:
    """The service for ``config``; ``screener`` (already loaded) skips loading at startup."""
    config = config or ServeConfig()
    state = State(config, screener)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loading: asyncio.Task | None = None
        if state.screener is not None:
            state.start(state.screener)
        else:
            async def load() -> None:
                try:
                    state.start(await asyncio.to_thread(build_screener, config))
                    log.info("localekit serve: model loaded, ready")
                except Exception as exc:  # the reason goes to /readyz and stderr, in one line
                    state.error = str(exc) if isinstance(exc, LocalekitError) else \
                        f"cannot load the screener model: {type(exc).__name__}: {str(exc)[:300]}"
                    print(f"localekit: error: {state.error}", file=sys.stderr, flush=True)

            loading = asyncio.get_running_loop().create_task(load())
        try:
            yield
        finally:  # uvicorn has let in-flight requests finish; finish what is still queued
            state.draining = True
            state.metrics.ready.set(0)
            if loading is not None and not loading.done():
                loading.cancel()
            if state.batcher is not None:
                await state.batcher.close()

    app = FastAPI(title="localekit", summary="Screen and render assistant responses per locale.",
                  version=_version(), lifespan=lifespan)
    app.state.localekit = state
    app.add_middleware(Guard, max_body=config.max_body, metrics=state.metrics)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request", "type": ""}
        if first.get("type") == "json_invalid":
            return ApiError(400, "invalid_json", f"the body is not valid JSON: {first.get('ctx', {}).get('error', '')}"
                            .rstrip(": ")).response()
        where = _field(first.get("loc", ()))
        message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
        more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        return ApiError(422, "invalid_request", f"{where or 'body'}: {message}{more}", where or None).response()

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large"}.get(exc.status_code, "http_error")
        return ApiError(exc.status_code, code, str(exc.detail), headers=exc.headers).response()

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("localekit serve: internal error on %s", request.url.path)
        return ApiError(500, "internal_error", f"{type(exc).__name__}: {str(exc)[:200]}".replace("\n", " ")).response()

    @app.get("/healthz", summary="Liveness: the process answers")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", summary="Readiness: the model is loaded and requests are served",
             responses={503: {"description": "loading, failed to load, or shutting down"}})
    async def readyz() -> JSONResponse:
        if state.ready:
            return JSONResponse({"ready": True, "threads": state.screener.threads if state.screener else None})
        reason = "shutting down" if state.draining else (state.error or "loading the model")
        return JSONResponse({"ready": False, "reason": reason}, status_code=503, headers={"Retry-After": "1"})

    @app.get("/metrics", summary="Prometheus metrics of this process", response_class=Response)
    async def metrics() -> Response:
        return Response(state.metrics.render(), media_type=CONTENT_TYPE_LATEST)

    @app.post("/v1/screen", summary="Screen one response or a batch", response_class=SafeJSONResponse,
              responses={413: {"description": "too many items or text too long"},
                         422: {"description": "invalid request or unknown locale"},
                         503: {"description": "queue full, loading or shutting down (see Retry-After)"}})
    async def screen(body: ScreenRequest) -> SafeJSONResponse:
        when = _when(body.when)
        if body.items is None:
            items = [{"id": body.id, "text": body.text, "locale": body.locale}]
            prefix = [""]
        else:
            if len(body.items) > config.max_items:
                raise ApiError(413, "too_many_items", f"{len(body.items)} items; the limit is {config.max_items} "
                               "per request (the service's --max-items)", "items")
            items = [{"id": n if it.id is None else it.id, "text": it.text, "locale": it.locale or body.locale}
                     for n, it in enumerate(body.items)]
            prefix = [f"items[{n}]." for n in range(len(items))]
        _check_items(items, prefix, config.max_chars)
        if state.batcher is None or state.draining:
            state.metrics.rejected.labels("unavailable").inc()
            raise _unavailable(state)
        try:
            verdicts = await state.batcher.submit(items, when)
        except Overloaded as exc:
            state.metrics.rejected.labels("queue_full" if "queue" in exc.reason else "unavailable").inc()
            raise ApiError(503, "overloaded", exc.reason, headers={"Retry-After": str(exc.retry_after)}) from None
        for v in verdicts:
            state.metrics.items.labels(v["action"]).inc()
        return SafeJSONResponse(verdicts[0] if body.items is None else {"verdicts": verdicts})

    @app.post("/v1/render", summary="Render one Fluent message (as `localekit render --json`)",
              response_class=SafeJSONResponse,
              responses={404: {"description": "unknown message"}, 422: {"description": "invalid request"}})
    def render(body: RenderRequest) -> dict[str, Any]:
        from localekit.render import Renderer
        from localekit.render.args import typed_args

        try:
            args = typed_args(body.args)
        except LocalekitError as exc:
            raise ApiError(422, "invalid_argument", str(exc).replace("--arg ", "args: ", 1), "args") from None
        try:
            renderer = Renderer.for_locale(body.locale, paths=list(config.ftl) or None)
        except LocalekitError as exc:
            raise ApiError(422, "unknown_locale", str(exc), "locale") from None
        syntax = renderer.syntax_errors()
        if syntax:
            raise ApiError(500, "ftl_syntax", str(syntax[0]))
        try:
            result = renderer.render_message(body.id, args, channel=body.channel, formality=body.formality,
                                             ssml=body.ssml, width=body.width)
        except LocalekitError as exc:
            raise ApiError(422, "invalid_request", str(exc)) from None
        if not result.locale:
            raise ApiError(404, "unknown_message", f"unknown message {body.id!r} for {body.locale} (and its fallbacks)",
                           "id")
        return {"value": result.value, "attributes": result.attributes, "locale": result.locale,
                "errors": result.errors, "truncated": result.truncated}

    return app


def _check_items(items: list[dict[str, Any]], prefix: list[str], max_chars: int) -> None:
    """4xx for what the caller must fix: an unknown or missing locale, a text over the size limit."""
    known: dict[str, str | None] = {}
    for it, where in zip(items, prefix, strict=True):
        tag = it["locale"]
        if not tag:
            raise ApiError(422, "invalid_request", f"{where}locale: no locale (give the request's or the item's)",
                           f"{where}locale")
        if tag not in known:
            try:
                locale_pack(tag)
                known[tag] = None
            except LocalekitError as exc:
                known[tag] = str(exc)
        if known[tag] is not None:
            raise ApiError(422, "unknown_locale", f"{where}locale: {known[tag]}", f"{where}locale")
        if len(it["text"]) > max_chars:
            raise ApiError(413, "text_too_long", f"{where}text: {len(it['text'])} characters; the limit is "
                           f"{max_chars} (the service's --max-chars)", f"{where}text")


def _unavailable(state: State) -> ApiError:
    reason = "the service is shutting down" if state.draining else (
        f"the model failed to load: {state.error}" if state.error else "the model is loading")
    return ApiError(503, "unavailable", reason, headers={"Retry-After": "1" if not state.error else "30"})


def _when(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(422, "invalid_request", f"when: {value!r} is not an ISO date or date-time", "when") from None


def _field(loc: tuple | list) -> str:
    """``("body", "items", 3, "text")`` -> ``items[3].text``."""
    out = ""
    for part in loc:
        if part == "body" and not out:
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _TYPE_TAG.fullmatch(str(part)):  # pydantic names union members by their type
            out += f".{part}" if out else str(part)
    return out


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("localekit")
    except Exception:
        return "0"


def worker_app() -> FastAPI:
    """The app of one ``--workers`` process (uvicorn's factory): settings from the environment."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    return create_app(ServeConfig.from_env())


__all__ = ["ApiError", "RenderRequest", "ScreenRequest", "Verdict", "create_app", "worker_app"]
