"""Whether a pair of schema references closes a ``$ref`` cycle, and whether the cycles agree."""

from __future__ import annotations

from collections.abc import Container
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from specfleet.diff.openapi3 import SchemaRef


class CircularRefStatus(IntEnum):
    NONE = 0
    DIFF = 1
    NO_DIFF = 2


CIRCULAR_REF_STATUS_NONE = CircularRefStatus.NONE
CIRCULAR_REF_STATUS_DIFF = CircularRefStatus.DIFF
CIRCULAR_REF_STATUS_NO_DIFF = CircularRefStatus.NO_DIFF


def get_circular_refs_diff(
    visited1: Container[str], visited2: Container[str], schema1: SchemaRef | None, schema2: SchemaRef | None
) -> CircularRefStatus:
    """NONE when neither side loops; NO_DIFF when both loop back to the same ``$ref``; else DIFF."""
    if schema1 is None or schema2 is None:
        return CircularRefStatus.NONE
    circular1 = schema1.ref in visited1
    circular2 = schema2.ref in visited2
    if not circular1 and not circular2:
        return CircularRefStatus.NONE
    if circular1 != circular2:
        return CircularRefStatus.DIFF
    if schema1.ref != schema2.ref:
        return CircularRefStatus.DIFF
    return CircularRefStatus.NO_DIFF
