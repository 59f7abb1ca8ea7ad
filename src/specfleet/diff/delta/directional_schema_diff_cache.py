"""Separate schema-diff caches for requests and responses: the same pair can read differently in each."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.schema_diff_cache import SchemaDiffCache, SchemaPair

if TYPE_CHECKING:
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.delta.state import Direction
    from specfleet.diff.openapi3 import SchemaRef

_MISSING = object()


@dataclass(slots=True)
class DirectionalSchemaDiffCache:
    request_cache: SchemaDiffCache = field(default_factory=SchemaDiffCache)
    response_cache: SchemaDiffCache = field(default_factory=SchemaDiffCache)

    def _cache(self, direction: Direction) -> SchemaDiffCache:
        return self.request_cache if int(direction) == 0 else self.response_cache

    def get(
        self, direction: Direction, schema1: SchemaRef | None, schema2: SchemaRef | None
    ) -> tuple[SchemaDiff | None, bool]:
        """The cached diff and whether there was one (a cached ``None`` means "no difference")."""
        found = self._cache(direction).get(SchemaPair(schema1, schema2), _MISSING)
        if found is _MISSING:
            return None, False
        return found, True  # type: ignore[return-value]

    def add(
        self,
        direction: Direction,
        schema1: SchemaRef | None,
        schema2: SchemaRef | None,
        diff: SchemaDiff | None,
    ) -> None:
        self._cache(direction)[SchemaPair(schema1, schema2)] = diff


def new_directional_schema_diff_cache() -> DirectionalSchemaDiffCache:
    return DirectionalSchemaDiffCache()
