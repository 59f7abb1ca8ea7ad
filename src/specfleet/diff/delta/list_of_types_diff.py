"""Type changes in the "list of types" pattern: ``oneOf``/``anyOf`` of bare single-type schemas.

Moving from ``type: string`` to ``oneOf: [{type: string}, {type: integer}]`` adds a type rather
than restructuring the schema; recognising the pattern lets checks report it as such.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from specfleet.diff.openapi3 import Schema, SchemaRef

SOURCE_SINGLE = "single"
SOURCE_LIST = "list"


@dataclass(slots=True)
class ListOfTypesDiff:
    """Types added to and removed from a list-of-types pattern."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        return not self.added and not self.deleted


@dataclass(slots=True)
class TypePattern:
    """The types a schema allows and whether they came from ``type`` (single) or a oneOf/anyOf list."""

    types: list[str]
    source: str


@dataclass(slots=True)
class ListOfTypesPattern:
    """The types of a oneOf/anyOf made only of single-type schemas."""

    types: list[str]
    source: str


def get_list_of_types_diff(base: Schema | None, revision: Schema | None) -> ListOfTypesDiff | None:
    """The type changes when at least one side is a list-of-types pattern and both sides are typed."""
    base_pattern = detect_type_pattern(base)
    revision_pattern = detect_type_pattern(revision)
    if are_type_patterns_equal(base_pattern, revision_pattern):
        return None
    if base_pattern is None or revision_pattern is None:
        return None
    if base_pattern.source != SOURCE_LIST and revision_pattern.source != SOURCE_LIST:
        return None
    return compare_type_patterns(base_pattern, revision_pattern)


def detect_type_pattern(schema: Schema | None) -> TypePattern | None:
    """The allowed types of a plain typed schema or of a list-of-types oneOf/anyOf; ``None`` otherwise."""
    if schema is None:
        return None
    if schema.not_ is not None or schema.all_of or schema.properties:
        return None
    types = _types(schema)
    if types:
        # OpenAPI 3.0 has one type per schema; multiple types are spelled with oneOf/anyOf.
        return TypePattern(types=[types[0]], source=SOURCE_SINGLE)
    one_of = check_schema_list(schema.one_of, "oneOf")
    any_of = check_schema_list(schema.any_of, "anyOf")
    if one_of is not None and one_of.types:
        return TypePattern(types=one_of.types, source=SOURCE_LIST)
    if any_of is not None and any_of.types:
        return TypePattern(types=any_of.types, source=SOURCE_LIST)
    return None


def check_schema_list(schemas: Sequence[SchemaRef], source: str) -> ListOfTypesPattern | None:
    """The types of ``schemas`` when every one is a simple single-type schema."""
    if not schemas:
        return None
    types: list[str] = []
    for schema_ref in schemas:
        schema = schema_ref.value
        if not is_simple_type_schema(schema):
            return None
        schema_type = get_schema_type(schema)
        if not schema_type:
            return None
        types.append(schema_type)
    return ListOfTypesPattern(types=types, source=source)


def compare_type_patterns(base: TypePattern | None, revision: TypePattern | None) -> ListOfTypesDiff | None:
    base_types = dict.fromkeys(base.types if base is not None else [])
    revision_types = dict.fromkeys(revision.types if revision is not None else [])
    diff = ListOfTypesDiff(
        added=[t for t in revision_types if t not in base_types],
        deleted=[t for t in base_types if t not in revision_types],
    )
    if diff.empty():
        return None
    return diff


def are_type_patterns_equal(base: TypePattern | None, revision: TypePattern | None) -> bool:
    if base is None and revision is None:
        return True
    if base is None or revision is None:
        return False
    if len(base.types) != len(revision.types):
        return False
    base_set = set(base.types)
    return all(t in base_set for t in revision.types)


def is_simple_type_schema(schema: Schema) -> bool:
    """Exactly one type and no properties or compositions."""
    if len(_types(schema)) != 1:
        return False
    return not (schema.properties or schema.one_of or schema.any_of or schema.all_of)


def get_schema_type(schema: Schema) -> str:
    types = _types(schema)
    return types[0] if types else ""


def _types(schema: Schema) -> list[str]:
    return [] if schema.type is None else list(schema.type.slice())
