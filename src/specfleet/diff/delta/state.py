"""The walk state shared by one diff run: visited schemas, the schema-diff cache and the direction."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from specfleet.diff.delta.directional_schema_diff_cache import DirectionalSchemaDiffCache
    from specfleet.diff.delta.unchanged_schemas import UnchangedSchemas


class Direction(IntEnum):
    """Whether schemas are being compared as request or response payloads (cached separately)."""

    REQUEST = 0
    RESPONSE = 1


DIRECTION_REQUEST = Direction.REQUEST
DIRECTION_RESPONSE = Direction.RESPONSE
direction_request = Direction.REQUEST
direction_response = Direction.RESPONSE


class VisitedRefs(dict[str, None]):
    """The ``$ref``s on the current walk of one side; a dict (like the Go map) that also reads as a set."""

    def add(self, ref: str) -> None:
        self[ref] = None

    def discard(self, ref: str) -> None:
        self.pop(ref, None)


def _new_cache() -> DirectionalSchemaDiffCache:
    from specfleet.diff.delta.directional_schema_diff_cache import new_directional_schema_diff_cache

    return new_directional_schema_diff_cache()


@dataclass(slots=True)
class State:
    """Mutable state of one diff: cycle guards per side, the per-direction cache, the current direction."""

    visited_schemas_base: VisitedRefs = field(default_factory=VisitedRefs)
    visited_schemas_revision: VisitedRefs = field(default_factory=VisitedRefs)
    cache: DirectionalSchemaDiffCache = field(default_factory=_new_cache)
    direction: Direction = Direction.REQUEST
    #: the components unchanged at any depth between the two specs (None: not worked out)
    unchanged: UnchangedSchemas | None = None

    def set_direction(self, direction: Direction) -> None:
        self.direction = direction


def new_state() -> State:
    """A fresh state for one diff run, starting in the request direction."""
    return State()


state = State
