"""``localekit screen``, ``localekit train`` and ``localekit eval`` (the screener).

``screen`` reads one item per line (plain text or JSON ``{"id", "text", "locale"?}``), streams one
JSONL verdict per line in input order (flushed per batch, so Ctrl-C leaves complete lines) and
writes ``--output`` atomically. Exit 0 when every item was screened and none is ``block``; 1 when
some item is ``block`` or had a per-item error; 2 for usage errors or a model that cannot load.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from localekit.errors import LocalekitError


def _read_items(stream: IO[str]) -> Iterator[dict[str, Any] | tuple[int, str, str]]:
    """Items from lines; a malformed JSON line yields ``(line, code, message)`` instead."""
    for n, line in enumerate(stream, 1):
        line = line.rstrip("\r\n")
        if line.lstrip().startswith("{"):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield (n, "invalid_json", f"line {n}: invalid JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(rec, dict) or "text" not in rec:
                yield (n, "invalid_item", f"line {n}: a JSON item needs a \"text\" field")
                continue
            rec.setdefault("id", n)
            yield rec
        else:
            yield {"id": n, "text": line}


def _text_line(v: dict[str, Any]) -> str:
    if "error" in v:
        return f"{v['id']}\treview\terror {v['error']['code']}: {v['error']['message']}"
    flagged = ",".join(v["flagged"]) or "-"
    finds = "; ".join(f"{f['code']}@{f['span'][0]}-{f['span'][1]}: {f['message']}" for f in v["findings"])
    return f"{v['id']}\t{v['action']}\t{v['language']}\t{v['formality']}\t{flagged}\t{finds}"


@click.command("screen")
@click.option("--locale", "-l", "locale", default=None, help="Locale tag for items without a \"locale\" field.")
@click.argument("input_file", metavar="[INPUT]", required=False, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "text"]), default="jsonl", show_default=True)
@click.option("--model", default=None, help="Encoder or topic sequence-classification checkpoint (id or path).")
@click.option("--heads", "heads_dir", default=None, type=click.Path(file_okay=False), help="Heads folder.")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True)
@click.option("--batch-size", type=click.IntRange(1, 4096), default=64, show_default=True)
@click.option("--threads", type=click.IntRange(0, 1024), default=None,
              help="CPU threads for the model (torch intra-op; 0: torch's own). Default: LOCALEKIT_THREADS, "
                   "else half the usable CPUs.")
@click.option("--quantize", is_flag=True, help="int8 dynamic quantization (CPU).")
@click.option("--rules-only", is_flag=True, help="No model: deterministic rules only; every verdict is review.")
@click.option("--terms/--no-terms", default=True, show_default=True,
              help="Topic terms (policies/topic_terms/) flag their topic besides the model.")
@click.option("--when", default=None, help="ISO date/time for time-aware rules (default: now, UTC).")
@click.option("--max-chars", type=click.IntRange(1), default=None,
              help="Per-item size cap (characters; default 1 Mi); longer items get a text_too_long error.")
@click.option("--output", "-o", default=None, type=click.Path(dir_okay=False), help="Write here (atomically).")
def screen(locale: str | None, input_file: str | None, fmt: str, model: str | None, heads_dir: str | None,
           device: str, batch_size: int, threads: int | None, quantize: bool, rules_only: bool, terms: bool,
           when: str | None, max_chars: int | None, output: str | None) -> None:
    """Screen assistant responses for cultural fit in a locale (JSONL verdicts)."""
    from localekit.screen.screener import Screener, error_record

    moment = _parse_when(when)
    if locale is not None:
        from localekit import packs

        packs.load(locale)  # an invalid --locale is a usage error (exit 2), not N item errors
    kwargs: dict[str, Any] = {"batch_size": batch_size, "rules_only": rules_only, "terms": terms}
    if max_chars:
        kwargs["max_chars"] = max_chars
    scr = Screener(model, device, heads=heads_dir, quantize=quantize, threads=threads, **kwargs)
    if input_file in (None, "-"):
        buf = getattr(sys.stdin, "buffer", None)  # invalid UTF-8 becomes U+FFFD, never a crash
        in_stream = io.TextIOWrapper(buf, encoding="utf-8", errors="replace") if buf else sys.stdin
    else:
        in_stream = open(input_file, encoding="utf-8", errors="replace")  # noqa: SIM115
    status = 0
    guard = _DeferredInterrupt()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, guard)

    def run(out: IO[str]) -> None:
        nonlocal status
        pending: list[Any] = []

        def flush_batch() -> None:
            nonlocal status
            items = [p for p in pending if isinstance(p, dict)]
            verdicts = iter(scr.screen_many(items, locale, when=moment)) if items else iter(())
            lines = []
            for p in pending:
                v = error_record(p[0], locale, p[1], p[2]) if isinstance(p, tuple) else next(verdicts)
                if "error" in v or v["action"] == "block":
                    status = 1
                lines.append(_safe(json.dumps(v, ensure_ascii=False) if fmt == "jsonl" else _text_line(v), v))
            guard.write(out, "".join(line + "\n" for line in lines))
            pending.clear()

        for item in _read_items(in_stream):
            pending.append(item)
            if len(pending) >= batch_size:
                flush_batch()
        if pending:
            flush_batch()

    try:
        if output:
            from localekit.io import atomic_writer

            with atomic_writer(output) as fh:
                run(fh)
        else:
            run(sys.stdout)
    finally:
        if input_file not in (None, "-"):
            in_stream.close()
    sys.exit(status)


class _DeferredInterrupt:
    """Ctrl-C during a batch write lets that write finish (no torn JSON line), then stops;
    a second Ctrl-C while still blocked (a consumer that stopped reading) stops at once."""

    def __init__(self) -> None:
        self.writing = False
        self.pending = False

    def __call__(self, signum: int, frame: object) -> None:
        if self.writing and not self.pending:
            self.pending = True
            return
        raise KeyboardInterrupt

    def write(self, out: IO[str], text: str) -> None:
        self.writing = True
        try:
            try:
                fd = out.fileno()
            except (AttributeError, OSError, io.UnsupportedOperation):
                fd = None
            if fd is None:
                out.write(text)
                out.flush()
            else:  # os.write in a loop: partial writes and EINTR never lose bytes (PEP 475)
                out.flush()
                view = memoryview(text.encode("utf-8", errors="backslashreplace"))
                while view:
                    view = view[os.write(fd, view):]
        finally:
            self.writing = False
        if self.pending:
            raise KeyboardInterrupt


def _safe(line: str, v: dict[str, Any]) -> str:
    """Lone surrogates (from JSON escapes) cannot be written as UTF-8: fall back to ASCII JSON."""
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(v, ensure_ascii=True)
    return line


def _parse_when(when: str | None) -> dt.datetime | None:
    if not when:
        return None
    try:
        return dt.datetime.fromisoformat(when)
    except ValueError:
        raise click.BadParameter(f"{when!r} is not an ISO date or date-time", param_hint="--when") from None


@click.command("train")
@click.option("--model", default=None, help="Encoder id or path (default: bundled e5-small).")
@click.option("--out", "out_dir", default=None, type=click.Path(file_okay=False),
              help="Where to write heads (default: localekit/screen/heads, replacing the shipped heads).")
@click.option("--hidden", type=click.IntRange(0, 4096), default=0, show_default=True,
              help="Hidden units of the topic head (0 = logistic regression).")
@click.option("--seeds", type=click.IntRange(1, 16), default=1, show_default=True,
              help="With --hidden: fit this many heads from consecutive seeds and keep the mean of their "
                   "logits (one head of seeds x hidden units; less variance between draws).")
@click.option("--no-ngrams", is_flag=True, help="Formality head on embeddings only.")
@click.option("--finetune/--no-finetune", default=True, show_default=True,
              help="Fine-tune the encoder's top layers first (minutes on CPU); off: frozen encoder, seconds.")
@click.option("--top-from", "top_from", default=None, type=click.Path(file_okay=False, exists=True),
              help="Reuse the tuned encoder layers of this heads folder and refit only the heads (minutes, "
                   "not an hour; the fine-tuning options are then unused). With the shipped folder and the "
                   "defaults it reproduces the linear head of the shipped blend.")
@click.option("--epochs", type=click.IntRange(1, 50), default=4, show_default=True, help="Fine-tuning epochs.")
@click.option("--tune-layers", type=click.IntRange(1, 12), default=4, show_default=True,
              help="How many of the encoder's top layers to fine-tune.")
@click.option("--consistency", type=click.FloatRange(0, 100), default=0.0, show_default=True,
              help="Weight of the cross-lingual term pulling translations towards their English anchors "
                   "while fine-tuning (0: off; docs/screener.md has the measured trade-off).")
@click.option("--calibrate/--no-calibrate", default=False, show_default=True,
              help="Fold per-topic F1-optimal dev thresholds into the heads (else 0.5 on the class-balanced heads).")
@click.option("--data", "data_dir", default=None, type=click.Path(file_okay=False), help="Project dataset folder.")
@click.option("--formality-data", default=None, type=click.Path(file_okay=False), help="CoCoA-MT/IWSLT folder.")
@click.option("--real-data", "real_dir", default=None, type=click.Path(file_okay=False),
              help="Labelled real text (default: data/real/labels; texts of PUD translations from ../shared).")
@click.option("--no-real", is_flag=True, help="Train without the labelled real text.")
@click.option("--requests", "requests", is_flag=True,
              help="Also train on the other 5,514 labelled MASSIVE train requests and the project's "
                   "translations of 799 of them into 32 languages (data/real/translated; the shipped blend's "
                   "hidden-layer head was fitted with them: docs/screener.md).")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True)
@click.option("--threads", type=click.IntRange(0, 1024), default=None,
              help="CPU threads for the model (torch intra-op; 0: torch's own). Default: LOCALEKIT_THREADS, "
                   "else half the usable CPUs.")
def train(model: str | None, out_dir: str | None, hidden: int, seeds: int, no_ngrams: bool, finetune: bool,
          top_from: str | None, epochs: int, tune_layers: int, consistency: float, calibrate: bool,
          data_dir: str | None, formality_data: str | None,
          real_dir: str | None, no_real: bool, requests: bool, device: str, threads: int | None) -> None:
    """Fine-tune the encoder's top layers and train the screener heads from the data (deterministic seed)."""
    if seeds > 1 and not hidden:
        raise click.UsageError("--seeds needs --hidden: a linear head does not depend on the seed")
    from localekit.screen import extra

    extra.require()
    from localekit.screen.encoder import Encoder
    from localekit.screen.heads import HEADS_DIR, Heads
    from localekit.screen.threads import configure_threads

    configure_threads(threads)
    source = Heads.load(top_from) if top_from else None
    if source is not None and source.top is None:
        raise LocalekitError(f"{top_from} holds no tuned encoder layers (encoder_top.safetensors)",
                             hint="pass a heads folder written by `localekit train` with fine-tuning")
    from localekit.screen.realtext import REAL_DIR, TRANSLATED_DIR
    from localekit.screen.train import train_heads

    enc = Encoder.load(model, device=device, dtype="float32")  # training is fp32 everywhere: reproducible
    if source is not None and source.encoder != enc.name:
        raise LocalekitError(f"{top_from} was tuned on encoder {source.encoder}, not {enc.name}",
                             hint="pass the same --model the folder was trained with")
    heads, _ = train_heads(enc, hidden=hidden, seeds=seeds, top=source.top if source else None,
                           use_ngrams=not no_ngrams,
                           finetune=finetune, epochs=epochs,
                           consistency=consistency, tune_layers=tune_layers,
                           calibrate_thresholds=calibrate,
                           project_dir=Path(data_dir) if data_dir else None,
                           formality_dir=Path(formality_data) if formality_data else None,
                           real_dir=None if no_real else Path(real_dir) if real_dir else REAL_DIR,
                           requests_dir=TRANSLATED_DIR if requests and not no_real else None,
                           progress=lambda a, b: click.echo(f"embedded {a}/{b}", err=True),
                           log=lambda msg: click.echo(msg, err=True))
    if heads.meta["train_items"] == 0:
        raise LocalekitError("no training items found", hint="check data/screener/raw/*.jsonl or --data")
    dest = Path(out_dir) if out_dir else HEADS_DIR
    heads.save(dest)
    click.echo(f"wrote {dest}/heads.npz and heads.json ({heads.meta['train_items']} topic items, "
               f"{heads.meta['formality_items']} formality items, {len(heads.meta['languages'])} languages)")


@click.command("eval")
@click.option("--model", default=None, help="Encoder id or path (default: bundled e5-small).")
@click.option("--heads", "heads_dir", default=None, type=click.Path(file_okay=False), help="Heads folder.")
@click.option("--zero-shot/--no-zero-shot", default=True, show_default=True,
              help="Also train English-only heads and test them on every other language.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--data", "data_dir", default=None, type=click.Path(file_okay=False), help="Project dataset folder.")
@click.option("--formality-data", default=None, type=click.Path(file_okay=False), help="CoCoA-MT/IWSLT folder.")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True)
@click.option("--threads", type=click.IntRange(0, 1024), default=None,
              help="CPU threads for the model (torch intra-op; 0: torch's own). Default: LOCALEKIT_THREADS, "
                   "else half the usable CPUs.")
@click.option("--quantize", is_flag=True, help="Evaluate with the int8-quantized encoder (CPU).")
@click.option("--dtype", type=click.Choice(["float32", "bfloat16", "float16", "auto"]), default="float32",
              show_default=True, help="The encoder's dtype. fp32 gives the same figures on every CPU; auto is "
                                      "the screener's default (bf16 on CPUs with native bf16).")
@click.option("--real/--no-real", default=True, show_default=True,
              help="Also score the labelled real text (MASSIVE, PUD, UD, mozilla.org) at its own base rate.")
@click.option("--terms/--no-terms", default=True, show_default=True,
              help="Score as the screener does, topic terms included; --no-terms scores the model alone.")
@click.option("--output", "-o", default=None, type=click.Path(dir_okay=False), help="Also write the report here.")
def evaluate(model: str | None, heads_dir: str | None, zero_shot: bool, fmt: str, data_dir: str | None,
             formality_data: str | None, device: str, threads: int | None, quantize: bool, dtype: str,
             real: bool, terms: bool, output: str | None) -> None:
    """Per-language / per-topic P/R/F1, formality accuracy and the zero-shot table on the test split."""
    from localekit.screen import extra

    extra.require()
    from localekit.screen.evaluate import run_eval
    from localekit.screen.threads import configure_threads

    configure_threads(threads)

    res = run_eval(model=model, heads_dir=heads_dir, zero_shot=zero_shot, device=device, quantize=quantize,
                   dtype=dtype, project_dir=Path(data_dir) if data_dir else None,
                   formality_dir=Path(formality_data) if formality_data else None, real=real, terms=terms,
                   progress=lambda a, b: click.echo(f"embedded {a}/{b}", err=True))
    from localekit.screen.evaluate import render_markdown

    text = json.dumps(res.as_dict(), indent=1) + "\n" if fmt == "json" else render_markdown(res)
    click.echo(text, nl=False)
    if output:
        from localekit.io import atomic_write_text

        atomic_write_text(Path(output), text)
