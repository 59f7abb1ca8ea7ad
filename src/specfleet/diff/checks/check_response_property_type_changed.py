"""Type or format changes on response bodies and properties.

Responses are covariant: narrowing what the server returns is safe, widening or swapping the
type breaks clients, except where the media type is not strongly typed.
"""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.check_types import (
    TYPE_CHANGE_LOOSELY_TYPED_COMMENT_ID,
    is_response_loose_type_swap,
    is_strongly_typed,
    response_type_format_breaking,
    type_set_widened,
)
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.checks.type_format import (
    get_base_type_format,
    get_revision_type_format,
    get_type_format_dimension,
)
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.schema_diff import SchemaDiff
from specfleet.diff.delta.string_list_diff import StringsDiff
from specfleet.diff.delta.value_diff import ValueDiff

RESPONSE_BODY_TYPE_CHANGED_ID = "response-body-type-changed"
RESPONSE_BODY_TYPE_GENERALIZED_ID = "response-body-type-generalized"
RESPONSE_BODY_TYPE_SPECIALIZED_ID = "response-body-type-specialized"
RESPONSE_BODY_TYPE_COMPATIBLE_ID = "response-body-type-compatible"
RESPONSE_PROPERTY_TYPE_CHANGED_ID = "response-property-type-changed"
RESPONSE_PROPERTY_TYPE_GENERALIZED_ID = "response-property-type-generalized"
RESPONSE_PROPERTY_TYPE_SPECIALIZED_ID = "response-property-type-specialized"
RESPONSE_PROPERTY_TYPE_COMPATIBLE_ID = "response-property-type-compatible"


def response_type_change_id(
    type_diff: StringsDiff | None,
    format_diff: ValueDiff | None,
    strongly_typed: bool,
    loose_comment: str,
    schema_diff: SchemaDiff,
    specialized_id: str,
    compatible_id: str,
    generalized_id: str,
    changed_id: str,
) -> tuple[str, str]:
    """Classify a response type/format change, returning (rule id, comment id).

    specialized: the returned type set narrowed; compatible: a swap that is safe only because
    the location is not strongly typed; generalized: the returned type set widened; changed:
    anything else that breaks.
    """
    if response_type_format_breaking(type_diff, format_diff, strongly_typed, schema_diff):
        if type_set_widened(type_diff, schema_diff):
            return generalized_id, ""
        return changed_id, ""
    if is_response_loose_type_swap(type_diff, schema_diff):
        return compatible_id, loose_comment
    return specialized_id, ""


def _type_or_format_changed(schema_diff: SchemaDiff) -> bool:
    type_diff = schema_diff.type_diff
    format_diff = schema_diff.format_diff
    return (type_diff is not None and not type_diff.empty()) or (
        format_diff is not None and not format_diff.empty()
    )


def response_property_type_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report type/format changes of response bodies and properties with their direction."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        strongly_typed = is_strongly_typed(info.media_type)
        schema_diff = info.schema_diff
        if _type_or_format_changed(schema_diff):
            rule_id, comment = response_type_change_id(
                schema_diff.type_diff,
                schema_diff.format_diff,
                strongly_typed,
                TYPE_CHANGE_LOOSELY_TYPED_COMMENT_ID,
                schema_diff,
                RESPONSE_BODY_TYPE_SPECIALIZED_ID,
                RESPONSE_BODY_TYPE_COMPATIBLE_ID,
                RESPONSE_BODY_TYPE_GENERALIZED_ID,
                RESPONSE_BODY_TYPE_CHANGED_ID,
            )
            base_source, revision_source = schema_field_sources(info.operation_item, schema_diff, "type")
            result.append(
                info.new_change(
                    rule_id,
                    [
                        get_type_format_dimension(schema_diff),
                        get_base_type_format(schema_diff),
                        get_revision_type_format(schema_diff),
                        info.response_status,
                    ],
                    comment,
                ).with_sources(base_source, revision_source)
            )

        def on_property(p: PropertyInfo) -> None:
            prop_diff = p.property_diff
            if prop_diff.revision is None or not _type_or_format_changed(prop_diff):
                return
            rule_id, comment = response_type_change_id(
                prop_diff.type_diff,
                prop_diff.format_diff,
                strongly_typed,
                TYPE_CHANGE_LOOSELY_TYPED_COMMENT_ID,
                prop_diff,
                RESPONSE_PROPERTY_TYPE_SPECIALIZED_ID,
                RESPONSE_PROPERTY_TYPE_COMPATIBLE_ID,
                RESPONSE_PROPERTY_TYPE_GENERALIZED_ID,
                RESPONSE_PROPERTY_TYPE_CHANGED_ID,
            )
            base_source, revision_source = schema_field_sources(info.operation_item, prop_diff, "type")
            result.append(
                p.new_change(
                    rule_id,
                    [
                        property_full_name(p.property_path, p.property_name),
                        get_type_format_dimension(prop_diff),
                        get_base_type_format(prop_diff),
                        get_revision_type_format(prop_diff),
                        info.response_status,
                    ],
                    comment,
                ).with_sources(base_source, revision_source)
            )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
