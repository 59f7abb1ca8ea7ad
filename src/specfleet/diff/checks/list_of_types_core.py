"""Changes for a single type widened into a list of types (oneOf/anyOf of scalars), or narrowed back.

Requests and parameters are contravariant (losing a type breaks), responses covariant
(gaining a type breaks).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.op_info import OpInfo
from specfleet.diff.checks.source import schema_field_sources

if TYPE_CHECKING:
    from specfleet.diff.delta.parameter_diff import ParameterDiff
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.openapi3 import Parameter


def _empty(value: object) -> bool:
    return value is None or bool(value.empty())  # type: ignore[attr-defined]


def _change(op_info: OpInfo, schema_diff: SchemaDiff, rule_id: str, args: list[object]) -> Change:
    base, revision = (
        schema_field_sources(op_info.method_diff, schema_diff, "type")
        if op_info.method_diff
        else (None, None)
    )
    return (
        op_info.new_api_change(rule_id, list(args), "").with_schema(schema_diff).with_sources(base, revision)
    )


def check_property_list_of_types_change(
    op_info: OpInfo,
    property_path: str,
    property_name: str,
    property_diff: SchemaDiff,
    media_type: str,
    response_status: str,
    is_request: bool,
) -> list[Change]:
    """A body property's list-of-types transition."""
    list_diff = property_diff.list_of_types_diff
    if list_diff is None or _empty(list_diff):
        return []
    name = property_full_name(property_path, property_name)
    if is_request:
        if list_diff.deleted:
            rule_id, args = "request-property-list-of-types-narrowed", [name, join_types(list_diff.deleted)]
        else:
            rule_id, args = "request-property-list-of-types-widened", [name, join_types(list_diff.added)]
        return [_change(op_info, property_diff, rule_id, [*args, media_type])]
    if list_diff.added:
        rule_id, args = "response-property-list-of-types-widened", [name, join_types(list_diff.added)]
    else:
        rule_id, args = "response-property-list-of-types-narrowed", [name, join_types(list_diff.deleted)]
    return [_change(op_info, property_diff, rule_id, [*args, media_type, response_status])]


def check_body_list_of_types_change(
    op_info: OpInfo, schema_diff: SchemaDiff, media_type: str, response_status: str, is_request: bool
) -> list[Change]:
    """A request or response body's list-of-types transition."""
    list_diff = schema_diff.list_of_types_diff
    if list_diff is None or _empty(list_diff):
        return []
    if is_request:
        if list_diff.deleted:
            return [
                _change(
                    op_info,
                    schema_diff,
                    "request-body-list-of-types-narrowed",
                    [join_types(list_diff.deleted), media_type],
                )
            ]
        return [
            _change(
                op_info,
                schema_diff,
                "request-body-list-of-types-widened",
                [join_types(list_diff.added), media_type],
            )
        ]
    if list_diff.added:
        rule_id, types = "response-body-list-of-types-widened", list_diff.added
    else:
        rule_id, types = "response-body-list-of-types-narrowed", list_diff.deleted
    return [_change(op_info, schema_diff, rule_id, [join_types(types), media_type, response_status])]


def check_parameter_list_of_types_change(
    op_info: OpInfo, param_diff: ParameterDiff | None, param: Parameter
) -> list[Change]:
    """A parameter schema's list-of-types transition."""
    if param_diff is None or param_diff.schema_diff is None:
        return []
    schema_diff = param_diff.schema_diff
    list_diff = schema_diff.list_of_types_diff
    if list_diff is None or _empty(list_diff):
        return []
    if list_diff.deleted:
        rule_id, types = "request-parameter-list-of-types-narrowed", list_diff.deleted
    else:
        rule_id, types = "request-parameter-list-of-types-widened", list_diff.added
    return [_change(op_info, schema_diff, rule_id, [param.in_, param.name, join_types(types)])]


def check_parameter_property_list_of_types_change(
    op_info: OpInfo, property_path: str, property_name: str, property_diff: SchemaDiff, param: Parameter
) -> list[Change]:
    """A parameter schema property's list-of-types transition."""
    list_diff = property_diff.list_of_types_diff
    if list_diff is None or _empty(list_diff):
        return []
    if list_diff.deleted:
        rule_id, types = "request-parameter-property-list-of-types-narrowed", list_diff.deleted
    else:
        rule_id, types = "request-parameter-property-list-of-types-widened", list_diff.added
    name = property_full_name(property_path, property_name)
    return [_change(op_info, property_diff, rule_id, [name, param.in_, param.name, join_types(types)])]


def join_types(types: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if not types:
        return ""
    if len(types) == 1:
        return types[0]
    return ", ".join(types[:-1]) + " and " + types[-1]
