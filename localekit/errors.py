"""Error types: every user-facing failure is one line naming the file, the line and the fix."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class LocalekitError(Exception):
    """A failure caused by input the user can fix; rendered as one line, never a traceback.

    ``path``/``line``/``column`` locate the problem (1-based), ``hint`` says how to fix it.
    """

    message: str
    path: str | None = None
    line: int | None = None
    column: int | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            where += ": "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text.replace("\n", " ")

    def __reduce__(self) -> tuple:
        # picklable across worker processes (a dataclass exception has no ``args``)
        return type(self), (self.message, self.path, self.line, self.column, self.hint)


class PackError(LocalekitError):
    """A locale pack or policy file is malformed."""


class UnknownLocaleError(LocalekitError):
    """A locale tag is not valid BCP-47 or cannot be matched to any pack."""


class ModelError(LocalekitError):
    """The screener model cannot be loaded or run."""


class RenderError(LocalekitError):
    """A message could not be rendered cleanly (raised in strict mode or for bad calls)."""


class FtlSyntaxError(LocalekitError):
    """An ``.ftl`` file has a syntax error (Junk); the location is ``path:line:column``."""


class UsageError(LocalekitError):
    """A command-line argument the user can fix (exit 2, like every usage error)."""
