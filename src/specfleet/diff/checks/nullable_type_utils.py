"""Nullability transitions in their three spellings: ``nullable``, a "null" type, the oneOf wrap."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

from specfleet.diff.checks.nullable_wrapping import is_nullable_unwrapping, is_nullable_wrapping

if TYPE_CHECKING:
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.delta.string_list_diff import StringsDiff
    from specfleet.diff.openapi3 import Types


def _types_of(types: Types | None) -> list[str]:
    return [] if types is None else list(types.slice())


def is_null_type_change(type_diff: StringsDiff | None) -> bool:
    """The only types added or removed are "null"."""
    if type_diff is None:
        return False
    return only_null(type_diff.added) and only_null(type_diff.deleted)


def null_added_to_type_array(type_diff: StringsDiff | None, base_type: Types | None) -> bool:
    """ "null" joined a type list that already constrained the type (an untyped base took null already)."""
    if type_diff is None or not _types_of(base_type):
        return False
    return "null" in type_diff.added


def null_removed_from_type_array(type_diff: StringsDiff | None, revision_type: Types | None) -> bool:
    """ "null" left the type list and the revision still constrains the type."""
    if type_diff is None or not _types_of(revision_type):
        return False
    return "null" in type_diff.deleted


def only_null(types: Sequence[str]) -> bool:
    """Every entry is "null" (vacuously true for none)."""
    return all(t == "null" for t in types)


class Nullability(IntEnum):
    """What happened to a schema's nullability."""

    UNCHANGED = 0
    BECAME_NULLABLE = 1
    BECAME_NOT_NULLABLE = 2


NULLABILITY_UNCHANGED = Nullability.UNCHANGED
BECAME_NULLABLE = Nullability.BECAME_NULLABLE
BECAME_NOT_NULLABLE = Nullability.BECAME_NOT_NULLABLE


def nullability_change_id(d: SchemaDiff | None, nullable_id: str, not_nullable_id: str) -> str:
    """The rule id reporting ``d``'s nullability transition, or "" when there is none."""
    change = nullability_change(d)
    if change is Nullability.BECAME_NULLABLE:
        return nullable_id
    if change is Nullability.BECAME_NOT_NULLABLE:
        return not_nullable_id
    return ""


def nullability_change(d: SchemaDiff | None) -> Nullability:
    """Classify the nullability transition of a schema present on both sides."""
    if d is None or d.base is None or d.revision is None:
        return Nullability.UNCHANGED
    if d.nullable_diff is not None:
        if d.nullable_diff.from_ is True:
            return Nullability.BECAME_NOT_NULLABLE
        if d.nullable_diff.to is True:
            return Nullability.BECAME_NULLABLE
        return Nullability.UNCHANGED
    if null_removed_from_type_array(d.type_diff, d.revision.type):
        return Nullability.BECAME_NOT_NULLABLE
    if null_added_to_type_array(d.type_diff, d.base.type):
        return Nullability.BECAME_NULLABLE
    if is_nullable_wrapping(d):
        return Nullability.BECAME_NULLABLE
    if is_nullable_unwrapping(d):
        return Nullability.BECAME_NOT_NULLABLE
    return Nullability.UNCHANGED
