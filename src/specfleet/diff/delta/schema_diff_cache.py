"""Schema diffs already computed, by the identity of the pair of schema references compared."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.openapi3 import SchemaRef


class SchemaPair(NamedTuple):
    """Hashed by the identity of each wrapper, as a pair of Go pointers is."""

    schema1: SchemaRef | None
    schema2: SchemaRef | None


schema_pair = SchemaPair


class SchemaDiffCache(dict[SchemaPair, "SchemaDiff | None"]):
    """Pair -> its diff (None when the pair does not differ)."""
