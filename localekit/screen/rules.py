"""Deterministic screening rules: :class:`localekit.findings.Rule` classes registered in ``RULES``.

A rule reads a :class:`Context` (the normalised text, the locale's pack, the model's topic scores
and register) and yields :class:`~localekit.findings.Finding` objects whose ``rule`` is the rule id
(the verdict's finding ``code``); spans point into the *original* text. Each finding carries the
action it asks for; the verdict's action is the strictest over topics and findings
(``allow < revise < review < block``).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import ClassVar

import regex

from localekit import calendar, scripts
from localekit.findings import Finding, Registry, Rule
from localekit.normalize import Normalized
from localekit.screen.datespans import date_time_spans
from localekit.screen.lexicons import FOOD_DRINK_WORDS, GREETING_WORDS, GREETINGS, NIGHT_WORDS, TOPIC_WORDS
from localekit.screen.terms import phrase_regex

ACTION_ORDER: dict[str, int] = {"allow": 0, "revise": 1, "review": 2, "block": 3}
RULES = Registry("screen")


@dataclass
class Context:
    """Everything a rule may read about one response."""

    norm: Normalized
    pack: object  # localekit.packs.Pack
    locale: str
    when: dt.datetime
    scores: dict[str, float]
    flagged: list[str]
    register: str  # formal|informal|neutral
    register_source: str  # markers|model|none
    marker_hits: list = field(default_factory=list)
    term_hits: dict = field(default_factory=dict)  # topic -> terms.TermHit (folded view)
    scored: bool = True  # False when no model scored the topics (rules-only)

    @property
    def original(self) -> str:
        return self.norm.original


class Hit(Finding):
    """A screen :class:`~localekit.findings.Finding`, built as ``Hit(rule id, message, span, action)``.

    The severity is the registered rule's; ``span`` points into the original text.
    """

    __slots__ = ()

    def __init__(self, code: str, message: str, span: tuple[int, int], action: str) -> None:
        super().__init__(code, RULES[code].severity, message, span=(span[0], span[1]), action=action)


class ScreenRule(Rule[Context]):
    """A deterministic rule; its id is the ``code`` of its findings; ``action`` is what a finding asks for."""

    action: ClassVar[str] = "revise"


def _first_word_span(ctx: Context, words: tuple[str, ...]) -> tuple[int, int] | None:
    pat = _word_pattern(words)
    m = pat.search(ctx.norm.folded) if pat else None
    return ctx.norm.span(m.start(), m.end(), "folded") if m else None


@lru_cache(maxsize=64)
def _word_pattern(words: tuple[str, ...]) -> regex.Pattern | None:
    return phrase_regex(words)


# --- rules -----------------------------------------------------------------------------------
@RULES.register
class TopicRule(ScreenRule):
    id = "topic"
    severity = "warning"
    description = "A sensitive topic scored over the locale's threshold; the locale's policy decides."

    def check(self, ctx: Context) -> Iterator[Hit]:
        policy = ctx.pack.policy
        for topic in ctx.flagged:
            action = policy.action(topic)
            reason = policy.reason(topic)
            term = ctx.term_hits.get(topic)
            if term is not None:
                span = ctx.norm.span(term.start, term.end, "folded")
                msg = f"{topic} ({ctx.scores[topic]:.2f}, term '{term.term}'): {action} in {ctx.locale}"
            else:
                span = _first_word_span(ctx, TOPIC_WORDS.get(topic, ())) or (0, len(ctx.original))
                msg = f"{topic} ({ctx.scores[topic]:.2f}): {action} in {ctx.locale}"
            if reason:
                msg += f" ({reason})"
            yield Hit(self.id, msg, span, action)


@RULES.register
class ObfuscationRule(ScreenRule):
    id = "obfuscation"
    severity = "warning"
    action = "review"
    description = "Homoglyphs, invisible characters, full-width letters or leetspeak hide words."

    names: ClassVar[dict[str, str]] = {
        "invisible": "invisible characters", "confusable": "look-alike letters from another script",
        "fullwidth": "full-width letters", "leet": "leetspeak", "combining": "overlay marks",
    }

    def check(self, ctx: Context) -> Iterator[Hit]:
        names = self.names
        for ch in ctx.norm.changes:
            if ch.kind == "invisible" and not _inside_word(ctx.original, ch.start, ch.end):
                continue
            if ch.kind == "fullwidth" and ctx.pack.scripts and set(ctx.pack.scripts) & {"Jpan", "Hani", "Hans",
                                                                                          "Hant", "Kore"}:
                continue  # full-width Latin is ordinary in CJK typography
            yield Hit(self.id, f"obfuscated text ({names[ch.kind]}: {ch.detail})", (ch.start, ch.end), self.action)


def _inside_word(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and scripts.is_word_char(text[start - 1]) and scripts.is_word_char(text[end])


@RULES.register
class RegisterRule(ScreenRule):
    id = "register"
    severity = "warning"
    description = ("The verdict's register (pack markers, weighed with the formality head: "
                   "screener.combine_register) differs from the locale's default.")

    def check(self, ctx: Context) -> Iterator[Hit]:
        default = ctx.pack.formality.default
        if default == "neutral" or ctx.register in ("neutral", default):
            return  # a verdict that calls the response informal is always judged against the pack
        span = next(((h.start, h.end) for h in ctx.marker_hits if h.register == ctx.register), None)
        if span is None:  # the head outweighed the markers: point at the first marker
            span = next(((h.start, h.end) for h in ctx.marker_hits), None)
        span = ctx.norm.span(*span) if span is not None else (0, len(ctx.original))
        yield Hit(self.id, f"{ctx.register} register (from {ctx.register_source}); {ctx.locale} expects "
                  f"{default}", span, self.action)


@RULES.register
class ScriptRule(ScreenRule):
    id = "foreign-script"
    severity = "warning"
    description = ("Letters in a script the locale does not use (Latin tolerated: brands, URLs). Common and "
                   "Inherited characters (the prolonged sound mark ー, punctuation, digits, combining marks) belong to "
                   "every script, and a character whose Script_Extensions include an expected script is fine.")

    def check(self, ctx: Context) -> Iterator[Hit]:
        expected = ctx.pack.scripts
        if not expected:
            return
        pat = _foreign_letters(tuple(sorted(scripts.expand((*tuple(expected), "Latn")))))
        if pat.search(ctx.norm.text) is None:
            return
        found: dict[str, tuple[int, int]] = {}
        for k, m in enumerate(pat.finditer(ctx.norm.text)):
            span = ctx.norm.span(m.start(), m.end())
            if not pat.search(ctx.original, span[0], span[1]):
                continue  # NFKC made the letter (the micro sign µ, a Common character, became Greek μ)
            code = scripts.script_of_char(m.group()[0]) or "Zyyy"
            found.setdefault(code, span)
            if k >= 50:  # a few runs are enough to name the scripts; bounded on megabyte texts
                break
        for code, span in found.items():
            yield Hit(self.id, f"script {code} is not used in {ctx.locale} (expects {', '.join(expected)})",
                      span, self.action)


@lru_cache(maxsize=128)
def _foreign_letters(allowed: tuple[str, ...]) -> regex.Pattern:
    """Runs of letters in no allowed script: Unicode Script_Extensions, Common/Inherited excluded."""
    allowed_set = "".join(rf"\p{{scx={s}}}" for s in allowed)
    return regex.compile(rf"(?:(?![{allowed_set}\p{{sc=Zyyy}}\p{{sc=Zinh}}])\p{{L}})+")


def _inside_allowed(text: str, start: int, end: int, allowed: tuple[str, ...]) -> bool:
    """Whether text[start:end] lies inside an occurrence of one of the ``allowed`` longer words."""
    for word in allowed:
        w = word.casefold()
        i = text.find(w, max(0, end - len(w)))
        while 0 <= i <= start:
            if i + len(w) >= end:
                return True
            i = text.find(w, i + 1)
    return False


@RULES.register
class ForbiddenTermRule(ScreenRule):
    id = "banned-term"
    severity = "error"
    action = "block"
    description = "A term the locale's pack forbids (with the reason and a suggestion)."

    def check(self, ctx: Context) -> Iterator[Hit]:
        terms = ctx.pack.policy.forbidden_terms
        if not terms:
            return
        by_term = {t.term.casefold(): t for t in terms}
        pat = _word_pattern(tuple(sorted(by_term)))
        folded = ctx.norm.folded
        for m in pat.finditer(folded):
            t = by_term[m.group()]
            if _inside_allowed(folded, m.start(), m.end(), t.allow_in):
                continue
            msg = f"forbidden term {t.term!r}: {t.reason}"
            if t.suggest:
                msg += f"; say {t.suggest!r}"
            yield Hit(self.id, msg, ctx.norm.span(m.start(), m.end(), "folded"), self.action)


# A number on its own: not part of a larger or decimal number (digits, separators, a digit group
# after a space, CJK place-value characters 百千万億 / 백천만억), of a code (2f4d980, P400SV, 4D),
# a regnal number (エドワード4世) or a list item ("4. Download").
_NUMBER = regex.compile(r"(?<![\p{Latin}\d.,:/\-・·])\d+(?![\p{Latin}\d]|[.,:/\-・·]\d|[百千万億亿萬백천만억世])")
_GROUP_AFTER = regex.compile(r"[ \u00a0\u202f]\d{3}(?!\d)")
_GROUP_BEFORE = regex.compile(r"\d[ \u00a0\u202f]$")
_LIST_ITEM = regex.compile(r"(?:^|\n)\s*$")
_LIST_MARK = regex.compile(r"[.)]\s")


def _standalone(text: str, start: int, end: int) -> bool:
    """False for a digit group of a space-grouped number ("13 000") and for a list item number."""
    if _GROUP_AFTER.match(text, end) or (end - start == 3 and _GROUP_BEFORE.search(text, max(0, start - 2), start)):
        return False
    return not (_LIST_MARK.match(text, end) and _LIST_ITEM.search(text, max(0, start - 80), start))


@RULES.register
class UnluckyNumberRule(ScreenRule):
    id = "unlucky-number"
    severity = "info"
    description = ("A number the locale's culture considers unlucky (not inside dates or times in the "
                   "locale's CLDR formats, English or ISO 8601, nor inside larger or decimal numbers).")

    def check(self, ctx: Context) -> Iterator[Hit]:
        notes = {int(n.number): n.reason for n in ctx.pack.culture.unlucky_numbers}
        if not notes:
            return
        text = ctx.norm.text
        candidates = []
        for k, m in enumerate(_NUMBER.finditer(text)):
            if k > 10_000:
                break
            value = int(m.group()) if len(m.group()) < 7 else -1
            if value in notes and _standalone(text, m.start(), m.end()):
                candidates.append((m.start(), m.end(), value))
        if not candidates:
            return
        dates = date_time_spans(text, ctx.pack.tag)
        for start, end, value in candidates:
            if any(s <= start and end <= e for s, e in dates):
                continue
            yield Hit(self.id, f"{value} is unlucky in {ctx.locale}: {notes[value]}",
                      ctx.norm.span(start, end), self.action)


@RULES.register
class HolidayGreetingRule(ScreenRule):
    id = "holiday-greeting"
    severity = "warning"
    description = "A greeting for a holiday the locale does not observe, or avoids."

    def check(self, ctx: Context) -> Iterator[Hit]:
        pack = ctx.pack
        language = (pack.language or "en").split("-")[0]
        year = ctx.when.year
        matcher = _greeting_matcher(language, year)
        if matcher is None:
            return
        pat, ids_of = matcher
        observed = _observed(pack, year)
        catalog = calendar.holiday_catalog()
        for m in pat.finditer(ctx.norm.folded):
            key = m.group("name") if m.groupdict().get("name") else m.group()
            for hid in ids_of.get(key, ()):
                if hid in pack.avoid_ids:
                    why = f"{ctx.locale} avoids {hid}"
                elif hid in catalog and catalog[hid].solemn:
                    why = f"{hid} is a day of mourning or remembrance, never greeted"
                elif hid not in observed:
                    why = f"{hid} is not observed in {ctx.locale}"
                else:
                    continue
                yield Hit(self.id, f"holiday greeting {m.group()!r}: {why}",
                          ctx.norm.span(m.start(), m.end(), "folded"), self.action)
                break


def _observed(pack, year: int) -> frozenset[str]:
    ids: set[str] = set(pack.greet_ids)
    for y in (year - 1, year, year + 1):
        for h in pack.holidays(y):
            ids.update(h.ids)
    return frozenset(ids) - set(pack.avoid_ids)


_greeting_lock = threading.Lock()


@lru_cache(maxsize=64)
def _localized_names(language: str, year: int) -> dict[str, tuple[str, ...]]:
    """Localized holiday names (case-folded) -> ids, from python-holidays countries that speak it."""
    import holidays as pyholidays

    names: dict[str, set[str]] = {}
    for country, langs in sorted(pyholidays.list_localized_countries().items()):
        lang = next((lg for lg in langs if lg.split("_")[0] == language), None)
        if lang is None:
            continue
        try:
            for h in calendar.country_holidays(country, None, year, lang, ()):
                if h.ids and len(h.name) >= 4:
                    for part in h.name.split("; "):
                        names.setdefault(part.casefold(), set()).update(h.ids)
        except Exception:
            continue
    return {k: tuple(sorted(v)) for k, v in names.items()}


@lru_cache(maxsize=64)
def _greeting_matcher(language: str, year: int) -> tuple[regex.Pattern, dict[str, tuple[str, ...]]] | None:
    with _greeting_lock:
        ids_of: dict[str, list[str]] = {}
        for hid, phrases in GREETINGS.items():
            for p in phrases:
                ids_of.setdefault(p, []).append(hid)
        fixed = phrase_regex(ids_of)
        parts = [fixed.pattern] if fixed else []
        words = GREETING_WORDS.get(language, ())
        localized = _localized_names(language, year) if words else {}
        if words and localized:
            w = "|".join(regex.escape(x) for x in sorted(words, key=len, reverse=True))
            n = "|".join(regex.escape(x) for x in sorted(localized, key=len, reverse=True))
            parts.append(rf"(?<!\w)(?:{w})\s+(?:\w+\s+){{0,2}}?(?P<name>{n})(?!\w)")
            for name, hids in localized.items():
                ids_of.setdefault(name, []).extend(h for h in hids if h not in ids_of.get(name, []))
        if not parts:
            return None
        return regex.compile("|".join(parts)), {k: tuple(v) for k, v in ids_of.items()}


@RULES.register
class ObservanceRule(ScreenRule):
    id = "observance"
    severity = "warning"
    description = "Time-aware rules from the pack's observances (daytime food and drink during Ramadan)."

    def check(self, ctx: Context) -> Iterator[Hit]:
        try:
            active = ctx.pack.observances_on(ctx.when.date())
        except Exception:
            return
        for obs, rule in active:
            for effect in rule.effects:
                if effect.get("rule") not in ("daytime-food-drink", "daytime_food_drink"):
                    continue
                food = _first_word_span(ctx, FOOD_DRINK_WORDS)
                if food is None or _first_word_span(ctx, NIGHT_WORDS) is not None:
                    continue
                yield Hit(self.id, f"daytime food or drink suggestion during {obs.id} "
                          f"({obs.start}..{obs.end}): {effect.get('reason', '')}".rstrip(": "),
                          food, effect.get("action", "revise"))


@RULES.register
class ModelUnavailableRule(ScreenRule):
    id = "model-unavailable"
    severity = "warning"
    action = "review"
    description = "Rules-only screening: no model scored the topics, so the verdict needs review."

    def check(self, ctx: Context) -> Iterator[Hit]:
        if not ctx.scored:
            yield Hit(self.id, "rules-only: topics were not scored by a model; needs review", (0, 0), self.action)


MAX_HITS_PER_RULE = 20


def run_rules(ctx: Context, *, skip: frozenset[str] = frozenset()) -> list[Finding]:
    """All registered rules over ``ctx``, findings in span order; at most ``MAX_HITS_PER_RULE`` per
    rule, the rest summarised in one finding (a megabyte of obfuscation is one finding, not 100k)."""
    hits: list[Finding] = []
    for rule_cls in RULES:
        if rule_cls.id in skip:
            continue
        found = 0
        last: Finding | None = None
        for hit in rule_cls().check(ctx):
            found += 1
            if found <= MAX_HITS_PER_RULE:
                hits.append(hit)
            last = hit
        if found > MAX_HITS_PER_RULE and last is not None:
            hits.append(Hit(rule_cls.id, f"... and {found - MAX_HITS_PER_RULE} more {rule_cls.id} findings",
                            last.span or (0, 0), last.action or "review"))
    hits.sort(key=lambda h: (*(h.span or (0, 0)), h.rule))
    return hits
