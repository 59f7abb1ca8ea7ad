"""A change about a whole section of the spec rather than one operation (info, security, components)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from specfleet.diff.checks.change import Source
from specfleet.diff.checks.level import Level
from specfleet.diff.checks.rules import localize, quoted_values


@dataclass(slots=True)
class SectionChange:
    """One finding about a section; each section's kind names it in ``section``."""

    section: ClassVar[str] = ""

    id: str
    args: list[Any] = field(default_factory=list)
    comment: str = ""
    level: Level = Level.NONE
    base_pointer: Source | None = None
    revision_pointer: Source | None = None
    attributes: dict[str, Any] | None = None

    def with_sources(self, base_source: Source | None, revision_source: Source | None) -> Self:
        """A copy that points at the change in the base and in the revision."""
        return dataclasses.replace(self, base_pointer=base_source, revision_pointer=revision_source)

    def get_section(self) -> str:
        return self.section

    def is_breaking(self) -> bool:
        return self.level.is_breaking()

    def get_id(self) -> str:
        return self.id

    def get_text(self) -> str:
        return localize(self.id, *quoted_values(self.args))

    def get_args(self) -> list[Any]:
        return self.args

    def get_comment(self) -> str:
        return localize(self.comment) if self.comment else ""

    def get_level(self) -> Level:
        return self.level

    def get_operation(self) -> str:
        return ""

    def get_operation_id(self) -> str:
        return ""

    def get_path(self) -> str:
        return ""

    def get_attributes(self) -> dict[str, Any] | None:
        return self.attributes

    def get_base_source(self) -> Source | None:
        return self.base_pointer

    def get_revision_source(self) -> Source | None:
        return self.revision_pointer
