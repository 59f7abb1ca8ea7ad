"""A change about the info section: it concerns the document as a whole."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from specfleet.diff.checks.section_change import SectionChange

if TYPE_CHECKING:
    from specfleet.diff.checks.config import Config


@dataclass(slots=True)
class InfoChange(SectionChange):
    """One finding about the info section."""

    section: ClassVar[str] = "info"


def new_info_change(id: str, config: Config, args: list[Any], comment: str = "") -> InfoChange:
    """A change at the level the config gives the rule."""
    return InfoChange(id=id, args=list(args), comment=comment, level=config.get_log_level(id))
