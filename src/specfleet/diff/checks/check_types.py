"""Whether a type/format change of a schema breaks clients, shared by the property and parameter checks.

Requests are contravariant (the server must keep accepting what it accepted), responses covariant
(the client must keep understanding what it receives). ``integer`` is a subtype of ``number``;
in loosely typed media types (not JSON) any value can also be read as a string.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.delta.string_list_diff import StringsDiff
    from specfleet.diff.delta.value_diff import ValueDiff
    from specfleet.diff.openapi3 import Types

# Explains a "compatible" verdict that holds only because the media type is not strongly typed.
TYPE_CHANGE_LOOSELY_TYPED_COMMENT_ID = "type-change-loosely-typed-comment"


def _slice(types: Types | None) -> list[str]:
    return [] if types is None else list(types.slice())


def _reverse_strings(diff: StringsDiff | None) -> StringsDiff | None:
    return None if diff is None else diff.reverse()


def _reverse_value(diff: ValueDiff | None) -> ValueDiff | None:
    return None if diff is None else diff.reverse()


def _strings_empty(diff: StringsDiff | None) -> bool:
    return diff is None or diff.empty()


def request_type_format_breaking(
    type_diff: StringsDiff | None,
    format_diff: ValueDiff | None,
    strongly_typed: bool,
    schema_diff: SchemaDiff,
) -> bool:
    """A request change judged toward the revision type; a genuine type-set widening is never breaking."""
    if type_set_widened(type_diff, schema_diff):
        type_diff = None
    revision_type = schema_diff.revision.type if schema_diff.revision is not None else None
    return type_format_breaking(type_diff, format_diff, strongly_typed, revision_type)


def response_type_format_breaking(
    type_diff: StringsDiff | None,
    format_diff: ValueDiff | None,
    strongly_typed: bool,
    schema_diff: SchemaDiff,
) -> bool:
    """The response mirror: diffs reversed, judged toward the base type; a narrowing is never breaking."""
    if type_set_narrowed(type_diff, schema_diff):
        type_diff = None
    base_type = schema_diff.base.type if schema_diff.base is not None else None
    return type_format_breaking(
        _reverse_strings(type_diff), _reverse_value(format_diff), strongly_typed, base_type
    )


def type_set_widened(type_diff: StringsDiff | None, schema_diff: SchemaDiff) -> bool:
    """The change only added types (every base type is covered by the revision)."""
    return type_diff is not None and is_type_set_subset(
        get_base_type(schema_diff), get_revision_type(schema_diff)
    )


def type_set_narrowed(type_diff: StringsDiff | None, schema_diff: SchemaDiff) -> bool:
    """The change only removed types (every revision type is covered by the base)."""
    return type_diff is not None and is_type_set_subset(
        get_revision_type(schema_diff), get_base_type(schema_diff)
    )


def both_types_concrete(schema_diff: SchemaDiff) -> bool:
    """A swap between two declared types, as opposed to adding or dropping the type constraint."""
    return len(get_base_type(schema_diff)) > 0 and len(get_revision_type(schema_diff)) > 0


def is_request_loose_type_swap(type_diff: StringsDiff | None, schema_diff: SchemaDiff) -> bool:
    """A concrete swap that is not a widening (safe only because the media type is loosely typed)."""
    return (
        not _strings_empty(type_diff)
        and both_types_concrete(schema_diff)
        and not type_set_widened(type_diff, schema_diff)
    )


def is_response_loose_type_swap(type_diff: StringsDiff | None, schema_diff: SchemaDiff) -> bool:
    """The response mirror of :func:`is_request_loose_type_swap`."""
    return (
        not _strings_empty(type_diff)
        and both_types_concrete(schema_diff)
        and not type_set_narrowed(type_diff, schema_diff)
    )


def is_type_set_subset(sub: list[str], super_: list[str]) -> bool:
    """Every type of a non-empty ``sub`` is covered by ``super_`` (an empty ``sub`` is not a subset)."""
    if not sub:
        return False
    return all(type_covered_by(t, super_) for t in sub)


def is_subtype(sub: str, super_: str) -> bool:
    """Every value of ``sub`` is a valid ``super_`` (same type, or integer within number)."""
    return sub == super_ or (sub == "integer" and super_ == "number")


def type_covered_by(t: str, base: list[str]) -> bool:
    return any(is_subtype(t, b) for b in base)


def type_format_breaking(
    type_diff: StringsDiff | None, format_diff: ValueDiff | None, strongly_typed: bool, to_type: Types | None
) -> bool:
    """Breaking toward ``to_type``; dropping the type constraint altogether is a generalization."""
    if type_diff is not None and len(_slice(to_type)) == 0:
        return False
    return type_or_format_breaking(type_diff, format_diff, strongly_typed, to_type)


def type_or_format_breaking(
    type_diff: StringsDiff | None, format_diff: ValueDiff | None, strongly_typed: bool, to_type: Types | None
) -> bool:
    """The type axis and the format axis judged independently; either one breaking is enough."""
    type_breaking = type_diff is not None and not is_type_contained(
        list(type_diff.added), list(type_diff.deleted), strongly_typed
    )
    format_breaking = format_diff is not None and not is_format_contained(
        to_type, format_diff.to, format_diff.from_
    )
    return type_breaking or format_breaking


def is_type_contained(to: list[str], from_: list[str], strongly_typed: bool) -> bool:
    """Whether the new type(s) ``to`` still accept every value of the old type(s) ``from_``."""
    if len(to) == 1 and len(from_) == 1 and is_subtype(from_[0], to[0]):
        return True
    # anything can be read as a string unless the media type is strongly typed
    if not strongly_typed:
        return len(to) == 0 or (len(to) == 1 and to[0] == "string")
    return False


def is_strongly_typed(media_type: str) -> bool:
    """JSON distinguishes 1 from "1"; text formats do not."""
    return is_json_media_type(media_type)


def is_json_media_type(media_type: str) -> bool:
    # structured syntax suffixes (RFC 6838 section 4.2.8)
    return media_type == "application/json" or media_type.endswith("+json")


def is_format_contained(revision_type: Types | None, to: Any, from_: Any) -> bool:
    """Whether the old format ``from_`` is contained in the new format ``to`` for the revision type."""
    # removing a format is a generalization, whatever the type
    if to == "" or to is None:
        return True
    if revision_type is None or len(_slice(revision_type)) > 1:
        return False
    single = get_single_type(revision_type)
    return (from_, to) in _WIDER_FORMATS.get(single, ())


# (old format, new format) pairs where the new format accepts every value of the old one
_WIDER_FORMATS: dict[str, tuple[tuple[str, str], ...]] = {
    "number": (("float", "double"),),
    "integer": (("int32", "int64"), ("int32", "bigint"), ("int64", "bigint")),
    "string": (("date", "date-time"), ("time", "date-time")),
}


def get_single_type(types: Types | None) -> str:
    values = _slice(types)
    return values[0] if values else ""


def get_base_type(schema_diff: SchemaDiff) -> list[str]:
    return _slice(schema_diff.base.type) if schema_diff.base is not None else []


def get_revision_type(schema_diff: SchemaDiff) -> list[str]:
    return _slice(schema_diff.revision.type) if schema_diff.revision is not None else []
