"""An object schema wrapped into a ``oneOf`` of object alternatives.

The base properties move into the alternatives rather than disappearing; checks read this diff to
skip the spurious "property removed" findings and report the (breaking) restructuring instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from specfleet.diff.openapi3 import Schema


@dataclass(slots=True)
class OneOfWrappingDiff:
    """How many alternatives the wrapper has and which base properties moved into them."""

    num_alternatives: int = 0
    moved_properties: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        return self.num_alternatives == 0 and not self.moved_properties


def get_one_of_wrapping_diff(base: Schema | None, revision: Schema | None) -> OneOfWrappingDiff | None:
    """The wrapping when base is a concrete object and revision a bare oneOf holding its properties.

    Unwrapping (the reverse) is not detected.
    """
    if base is None or revision is None:
        return None
    if base.one_of or not base.properties:
        return None
    if not revision.one_of or revision.properties:
        return None
    if revision.type is not None and revision.type.slice():
        return None
    alternatives = [ref.value for ref in revision.one_of]
    moved = sorted(name for name in base.properties if property_in_any_alternative(name, alternatives))
    if not moved:
        return None
    return OneOfWrappingDiff(num_alternatives=len(alternatives), moved_properties=moved)


def property_in_any_alternative(name: str, alternatives: Sequence[Schema]) -> bool:
    return any(name in alternative.properties for alternative in alternatives)
