"""Changes to a map of named schemas (``components.schemas``, ``properties``, ``$defs`` ...)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.summary import SummaryDetails

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import SchemaRef

Schemas = Mapping[str, "SchemaRef"]


class ModifiedSchemasMap(dict[str, "SchemaDiff"]):
    """Schema name -> its diff."""

    def add_schema_diff(
        self, config: Config, state: State, schema_name: str, schema_ref1: SchemaRef, schema_ref2: SchemaRef
    ) -> None:
        from specfleet.diff.delta.schema_diff import get_schema_diff

        diff = get_schema_diff(config, state, schema_ref1, schema_ref2)
        if diff is not None and not diff.empty():
            self[schema_name] = diff


@dataclass(slots=True)
class SchemaRefPair:
    schema_ref1: SchemaRef
    schema_ref2: SchemaRef


SchemaRefPairs = dict[str, SchemaRefPair]


@dataclass(slots=True)
class SchemasDiff:
    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedSchemasMap = field(default_factory=ModifiedSchemasMap)
    base: Schemas = field(default_factory=dict)
    revision: Schemas = field(default_factory=dict)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def add_added_schema(self, schema: str) -> None:
        self.added.append(schema)

    def add_deleted_schema(self, schema: str) -> None:
        self.deleted.append(schema)

    def add_modified_schema(
        self, config: Config, state: State, schema_name: str, schema_ref1: SchemaRef, schema_ref2: SchemaRef
    ) -> None:
        self.modified.add_schema_diff(config, state, schema_name, schema_ref1, schema_ref2)

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))


def new_schemas_diff() -> SchemasDiff:
    return SchemasDiff()


def get_schemas_diff(
    config: Config, state: State, schemas1: Schemas | None, schemas2: Schemas | None
) -> SchemasDiff | None:
    if not schemas1 and not schemas2:
        return None
    diff = get_schemas_diff_internal(config, state, schemas1 or {}, schemas2 or {})
    return None if diff.empty() else diff


def get_schemas_diff_internal(
    config: Config, state: State, schemas1: Schemas, schemas2: Schemas
) -> SchemasDiff:
    result = SchemasDiff()
    added, deleted, other = diff_schemas(schemas1, schemas2)
    for name in added:
        result.add_added_schema(name)
    for name in deleted:
        result.add_deleted_schema(name)
    for name, pair in other.items():
        result.add_modified_schema(config, state, name, pair.schema_ref1, pair.schema_ref2)
    result.base = schemas1
    result.revision = schemas2
    return result


def diff_schemas(
    schemas1: Schemas, schemas2: Schemas
) -> tuple[dict[str, SchemaRef], dict[str, SchemaRef], SchemaRefPairs]:
    """(added, deleted, in both) by name, in document order."""
    deleted = {name: ref for name, ref in schemas1.items() if name not in schemas2}
    other = {name: SchemaRefPair(ref, schemas2[name]) for name, ref in schemas1.items() if name in schemas2}
    added = {name: ref for name, ref in schemas2.items() if name not in schemas1}
    return added, deleted, other
