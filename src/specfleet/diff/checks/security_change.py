"""A change in the top-level security requirements (not components/securitySchemes)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from specfleet.diff.checks.section_change import SectionChange

if TYPE_CHECKING:
    from specfleet.diff.checks.config import Config


@dataclass(slots=True)
class SecurityChange(SectionChange):
    """One finding about the security section."""

    section: ClassVar[str] = "security"


def new_security_change(id: str, config: Config, args: list[Any], comment: str = "") -> SecurityChange:
    """A change at the level the config gives the rule."""
    return SecurityChange(id=id, args=list(args), comment=comment, level=config.get_log_level(id))
