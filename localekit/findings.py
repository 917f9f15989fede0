"""The finding record shared by ``audit``, ``check`` and ``screen``, and the rule registry base."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar, Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by a rule; ``line``/``column`` are 1-based, ``None`` when unknown."""

    rule: str
    severity: Severity
    message: str
    path: str | None = None
    line: int | None = None
    column: int | None = None
    locale: str | None = None
    message_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def location(self) -> str:
        loc = self.path or "-"
        if self.line:
            loc += f":{self.line}"
            if self.column:
                loc += f":{self.column}"
        return loc

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if not data["extra"]:
            data.pop("extra")
        return data


class Rule:
    """Base for a rule object with a stable id (Weblate-style: one class per check).

    Subclasses set ``id``, ``severity`` and ``description``; a registry collects them.
    """

    id: ClassVar[str]
    severity: ClassVar[Severity] = "error"
    description: ClassVar[str] = ""


class Registry:
    """Rules registered in one place, looked up by stable id."""

    def __init__(self) -> None:
        self._rules: dict[str, type[Rule]] = {}

    def register(self, rule: type[Rule]) -> type[Rule]:
        if rule.id in self._rules:
            raise ValueError(f"duplicate rule id {rule.id!r}")
        self._rules[rule.id] = rule
        return rule

    def __iter__(self):
        return iter(self._rules.values())

    def __contains__(self, rule_id: str) -> bool:
        return rule_id in self._rules

    def __getitem__(self, rule_id: str) -> type[Rule]:
        return self._rules[rule_id]

    def ids(self) -> list[str]:
        return list(self._rules)
