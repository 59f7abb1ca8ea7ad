"""A schema made nullable by wrapping it as ``oneOf: [{type: "null"}, X]`` (or the reverse).

This is the OpenAPI 3.1 idiom for a nullable ``$ref``.  The wrap only adds ``null`` to what the
schema accepts: the plain side must reject null, and the other branch must be validation-equivalent
to it.  Recognising it stops naive top-level comparisons (type, enum, pattern) from reading the
moved constraints as removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from specfleet.diff.delta.schema_validation_equivalence import schema_refs_validation_equivalent
from specfleet.diff.openapi3 import TYPE_NULL, SchemaRef, new_schema_ref

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import Schema


@dataclass(slots=True)
class NullableWrappingDiff:
    """Whether the revision wrapped the base (null added) or unwrapped it (null removed)."""

    nullability_added: bool = False
    nullability_removed: bool = False

    def empty(self) -> bool:
        return not self.nullability_added and not self.nullability_removed


def get_nullable_wrapping_diff(
    config: Config, base: Schema | None, revision: Schema | None
) -> NullableWrappingDiff | None:
    """The wrap in either direction, or None when neither side wraps the other."""
    if base is None or revision is None:
        return None
    if is_nullable_wrap(config, base, revision):
        return NullableWrappingDiff(nullability_added=True)
    if is_nullable_wrap(config, revision, base):
        return NullableWrappingDiff(nullability_removed=True)
    return None


def is_nullable_wrap(config: Config, plain: Schema, wrapped: Schema) -> bool:
    """Whether ``wrapped`` is exactly ``oneOf: [{type: null}, plain']`` with ``plain'`` equivalent to ``plain``."""
    # Wrapping an already-nullable schema is not a pure widening: null would match both branches.
    if plain.one_of or plain.any_of or plain.all_of or plain.not_ is not None:
        return False
    if schema_accepts_null(plain):
        return False
    if len(wrapped.one_of) != 2 or not constrains_nothing_beyond_one_of(config, wrapped):
        return False
    payload: SchemaRef | None = None
    null_branches = 0
    for ref in wrapped.one_of:
        if is_bare_null_schema(config, ref.value):
            null_branches += 1
            continue
        payload = ref
    if null_branches != 1 or payload is None:
        return False
    return schema_refs_validation_equivalent(config, _schema_ref_of(plain, plain.raw), payload)


def schema_accepts_null(schema: Schema) -> bool:
    """``nullable: true`` (3.0) or ``null`` in the type list (3.1)."""
    if schema.nullable:
        return True
    return schema.type is not None and TYPE_NULL in schema.type


def constrains_nothing_beyond_one_of(config: Config, schema: Schema) -> bool:
    """Whether the schema without its oneOf accepts everything (equivalence, not a keyword list, so an
    unforeseen constraining keyword declines the recognition instead of slipping through)."""
    bare = {key: value for key, value in schema.raw.items() if key != "oneOf"}
    return schema_refs_validation_equivalent(config, _schema_ref_of(schema, bare), empty_schema_ref(schema))


def is_bare_null_schema(config: Config, schema: Schema | None) -> bool:
    """Whether the schema accepts exactly null: type ``[null]`` and nothing else constraining."""
    if schema is None:
        return False
    types = [] if schema.type is None else schema.type.slice()
    if len(types) != 1 or types[0] != TYPE_NULL:
        return False
    bare = {key: value for key, value in schema.raw.items() if key != "type"}
    return schema_refs_validation_equivalent(config, _schema_ref_of(schema, bare), empty_schema_ref(schema))


def empty_schema_ref(like: Schema) -> SchemaRef:
    """An inline ``{}`` schema of the same document as ``like``."""
    return _schema_ref_of(like, {})


def _schema_ref_of(like: Schema, data: dict[str, Any]) -> SchemaRef:
    """An inline schema reference over ``data`` (the schema itself, or a modified copy of it) in the
    document of ``like``; going through the document's memo keeps one wrapper per node."""
    return new_schema_ref(like, data)
