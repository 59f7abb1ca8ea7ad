"""Referenced subschemas by ``$ref``, for matching them across base and revision."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from specfleet.diff.openapi3 import SchemaRef

SchemaRefsFilter = Callable[["SchemaRef | None"], bool]


@dataclass(slots=True)
class Ref:
    schema_ref: SchemaRef
    indices: list[int] = field(default_factory=list)


class RefMap(dict[str, Ref]):
    """``$ref`` -> the first subschema with it and the indices of all that have it."""

    def push(self, schema_ref: SchemaRef, index: int) -> None:
        found = self.get(schema_ref.ref)
        if found is not None:
            found.indices.append(index)
        else:
            self[schema_ref.ref] = Ref(schema_ref, [index])

    def pop_ref(self, ref: str) -> tuple[SchemaRef | None, int, bool]:
        """Take the next index with ``ref``: (schema, index, found)."""
        found = self.get(ref)
        if found is not None:
            if found.indices:
                index = found.indices.pop(0)
                return found.schema_ref, index, True
            del self[ref]
        return None, 0, False


def to_ref_map(schema_refs: Sequence[SchemaRef | None], filter_: SchemaRefsFilter) -> RefMap:
    result = RefMap()
    for index, schema_ref in enumerate(schema_refs):
        if schema_ref is not None and filter_(schema_ref):
            result.push(schema_ref, index)
    return result
