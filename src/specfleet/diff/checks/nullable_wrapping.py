"""Whether a schema diff is the oneOf nullable wrapping (or its removal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from specfleet.diff.delta.schema_diff import SchemaDiff


def is_nullable_wrapping(schema_diff: SchemaDiff | None) -> bool:
    """The schema was made nullable by wrapping it in ``oneOf: [{type: "null"}, X]``."""
    return (
        schema_diff is not None
        and schema_diff.nullable_wrapping_diff is not None
        and schema_diff.nullable_wrapping_diff.nullability_added
    )


def is_nullable_unwrapping(schema_diff: SchemaDiff | None) -> bool:
    """The wrapper was removed, so the schema is no longer nullable."""
    return (
        schema_diff is not None
        and schema_diff.nullable_wrapping_diff is not None
        and schema_diff.nullable_wrapping_diff.nullability_removed
    )
