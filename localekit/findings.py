"""The one rule protocol of ``audit``, ``check`` and ``screen``: :class:`Rule`, :class:`Finding`, :class:`Registry`.

A rule is a registered class with a stable kebab-case ``id``, a ``family`` (the registry it lives in),
a ``severity`` (how confident a finding is: ``error`` only for certain defects), a one-line
``description`` and ``check(context) -> Iterator[Finding]``. Each family defines its own typed
context (a pack under audit, a Fluent message, a screened response).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar, Generic, Literal, TypeVar

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
FAMILIES = ("audit", "check", "screen")
RULE_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\Z")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by a rule.

    ``line``/``column`` are 1-based (``None`` when unknown); ``span`` is a character range in a
    screened text; ``action`` is what a screen finding asks for (``revise``, ``review``, ``block``).
    """

    rule: str
    severity: Severity
    message: str
    path: str | None = None
    line: int | None = None
    column: int | None = None
    locale: str | None = None
    message_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    span: tuple[int, int] | None = None
    action: str | None = None

    def location(self) -> str:
        """``path:line:column`` (``-`` when there is no path)."""
        loc = self.path or "-"
        if self.line:
            loc += f":{self.line}"
            if self.column:
                loc += f":{self.column}"
        return loc

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; empty ``extra`` and unset ``span``/``action`` are left out."""
        data = asdict(self)
        if not data["extra"]:
            data.pop("extra")
        for key in ("span", "action"):
            if data[key] is None:
                data.pop(key)
        return data


C = TypeVar("C")


class Rule(Generic[C]):
    """Base of every rule: subclasses set ``id``, ``severity`` and ``description`` and implement ``check``."""

    id: ClassVar[str]
    family: ClassVar[str] = ""
    severity: ClassVar[Severity] = "error"
    description: ClassVar[str] = ""

    def check(self, context: C) -> Iterator[Finding]:
        """Every finding of this rule in ``context``."""
        raise NotImplementedError

    def finding(self, message: str, *, severity: Severity | None = None, **where: Any) -> Finding:
        """A :class:`Finding` of this rule (``severity`` defaults to the rule's)."""
        return Finding(self.id, severity or self.severity, message, **where)


R = TypeVar("R", bound=type[Rule])


class Registry:
    """The rules of one family, in registration order, looked up by stable id."""

    def __init__(self, family: str) -> None:
        if family not in FAMILIES:
            raise ValueError(f"unknown rule family {family!r}")
        self.family = family
        self._rules: dict[str, type[Rule]] = {}

    def register(self, rule: R) -> R:
        """Class decorator: validate the rule's metadata and add it."""
        rid = rule.id
        if not RULE_ID.match(rid):
            raise ValueError(f"rule id {rid!r} is not kebab-case")
        if rid in self._rules:
            raise ValueError(f"duplicate rule id {rid!r}")
        if rule.severity not in SEVERITY_ORDER:
            raise ValueError(f"rule {rid!r}: unknown severity {rule.severity!r}")
        if not rule.description or "\n" in rule.description:
            raise ValueError(f"rule {rid!r} needs a one-line description")
        rule.family = self.family
        self._rules[rid] = rule
        return rule

    def __iter__(self) -> Iterator[type[Rule]]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules

    def __getitem__(self, rule_id: str) -> type[Rule]:
        return self._rules[rule_id]

    def ids(self) -> list[str]:
        return list(self._rules)
