"""A change in the components section (a schema or security scheme, not tied to an operation)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from specfleet.diff.checks.section_change import SectionChange

if TYPE_CHECKING:
    from specfleet.diff.checks.config import Config


@dataclass(slots=True)
class ComponentChange(SectionChange):
    """One finding about ``components/<component>``."""

    section: ClassVar[str] = "components"

    component: str = ""


def new_component_change(
    id: str, config: Config, args: list[Any], comment: str, component: str
) -> ComponentChange:
    """A change of ``components/<component>`` at the level the config gives the rule."""
    return ComponentChange(
        id=id, args=list(args), comment=comment, level=config.get_log_level(id), component=component
    )
