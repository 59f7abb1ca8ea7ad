"""Problems found in specs, and the exception that carries them to the CLI."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, order=True)
class Problem:
    """One finding, printed as ``file:line:col: level rule: message``."""

    file: str
    line: int
    column: int
    level: str  # "error" or "warning"
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.level} {self.rule}: {self.message}"

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


class SpecfleetError(Exception):
    """An error the user can fix; the CLI prints it and exits non-zero, never a traceback."""


class SpecError(SpecfleetError):
    """A spec cannot be used; carries the problems that say where and why."""

    def __init__(self, problems: Problem | Iterable[Problem]) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else sorted(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))
