"""The sensitive-topic taxonomy (``policies/topics.yaml``) and a locale's effective policy."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from localekit.resources import policies_dir
from localekit.yamlio import load_yaml

Action = Literal["allow", "revise", "block"]
ACTIONS: tuple[str, ...] = ("allow", "revise", "block")
TOPICS: tuple[str, ...] = (
    "alcohol", "pork", "beef", "gambling", "religion", "politics", "sexuality",
    "lgbtq", "territorial_dispute", "death", "drugs", "weapons", "profanity",
)


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    action: Action
    threshold: float
    definition: str
    positive: tuple[str, ...] = ()
    negative: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TopicRule:
    """The resolved rule for one topic in one locale."""

    action: Action
    threshold: float
    reason: str | None  # why the locale overrides the default; None for the default


@dataclass(frozen=True, slots=True)
class ForbiddenTerm:
    term: str
    reason: str
    suggest: str | None = None
    #: longer words that contain the term and are fine (支那 in 印度支那, "Indochina")
    allow_in: tuple[str, ...] = ()


@dataclass(frozen=True)
class EffectivePolicy:
    """Default topic actions merged with one locale's overrides."""

    rules: dict[str, TopicRule]
    forbidden_terms: tuple[ForbiddenTerm, ...] = ()

    def action(self, topic: str) -> Action:
        return self.rules[topic].action

    def threshold(self, topic: str) -> float:
        return self.rules[topic].threshold

    def reason(self, topic: str) -> str | None:
        return self.rules[topic].reason


@cache
def taxonomy() -> dict[str, Topic]:
    """Load ``policies/topics.yaml``; the topic ids must be exactly :data:`TOPICS`."""
    path = policies_dir() / "topics.yaml"
    data = load_yaml(path, schema="topics.schema.json")
    topics = {
        tid: Topic(
            id=tid,
            action=spec["action"],
            threshold=float(spec["threshold"]),
            definition=spec["definition"],
            positive=tuple(spec.get("positive", ())),
            negative=tuple(spec.get("negative", ())),
        )
        for tid, spec in data["topics"].items()
    }
    return topics


def effective_policy(overrides: dict, forbidden_terms: list[dict]) -> EffectivePolicy:
    """Merge pack ``policy.overrides`` over the taxonomy defaults."""
    rules: dict[str, TopicRule] = {}
    for tid, topic in taxonomy().items():
        ov = overrides.get(tid)
        if ov:
            rules[tid] = TopicRule(ov["action"], float(ov.get("threshold", topic.threshold)), ov["reason"])
        else:
            rules[tid] = TopicRule(topic.action, topic.threshold, None)
    terms = tuple(ForbiddenTerm(t["term"], t["reason"], t.get("suggest"), tuple(t.get("allow_in", ())))
                  for t in forbidden_terms)
    return EffectivePolicy(rules=rules, forbidden_terms=terms)
