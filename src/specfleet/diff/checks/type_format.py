"""How a type/format change reads in a message: only the dimension that actually changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.openapi3 import Schema


def _empty(value: object) -> bool:
    return value is None or bool(value.empty())  # type: ignore[attr-defined]


def get_type_format_dimension(schema_diff: SchemaDiff) -> str:
    """ "type", "format" or "type/format", whichever changed ("" when neither did)."""
    type_changed = not _empty(schema_diff.type_diff)
    format_changed = not _empty(schema_diff.format_diff)
    if type_changed and format_changed:
        return "type/format"
    if type_changed:
        return "type"
    if format_changed:
        return "format"
    return ""


def get_base_type_format(schema_diff: SchemaDiff) -> str:
    """The base side of a type/format change."""
    return type_format_value(schema_diff.base, get_type_format_dimension(schema_diff))


def get_revision_type_format(schema_diff: SchemaDiff) -> str:
    """The revision side of a type/format change."""
    return type_format_value(schema_diff.revision, get_type_format_dimension(schema_diff))


def type_format_value(s: Schema | None, dimension: str) -> str:
    """One side rendered for the changed dimension."""
    if dimension == "format":
        return format_string(s)
    if dimension == "type":
        return type_string(s)
    return type_format_string(s)


def type_string(s: Schema | None) -> str:
    """Type names joined by ", ", arrays with their item type ("array<string>"), or "any"."""
    if s is None:
        return "any"
    parts: list[str] = []
    for t in s.type.slice() if s.type is not None else []:
        if t == "array" and s.items is not None and s.items.value is not None:
            parts.append(f"array<{type_format_string(s.items.value)}>")
        else:
            parts.append(t)
    return ", ".join(parts) if parts else "any"


def format_string(s: Schema | None) -> str:
    """The format, or "none"."""
    if s is None or not s.format:
        return "none"
    return s.format


def type_format_string(s: Schema | None) -> str:
    """Type and format together ("string/date-time"), the format alone for an untyped schema."""
    if s is None:
        return ""
    t = type_string(s)
    if not s.format:
        return t
    if t == "any":
        return s.format
    return f"{t}/{s.format}"
