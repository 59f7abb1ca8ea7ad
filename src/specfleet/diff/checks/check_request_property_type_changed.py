"""Request body / property type or format changed, generalized, or swapped compatibly."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.check_types import (
    TYPE_CHANGE_LOOSELY_TYPED_COMMENT_ID,
    is_request_loose_type_swap,
    is_strongly_typed,
    request_type_format_breaking,
)
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
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

REQUEST_BODY_TYPE_GENERALIZED_ID = "request-body-type-generalized"
REQUEST_BODY_TYPE_CHANGED_ID = "request-body-type-changed"
REQUEST_BODY_TYPE_COMPATIBLE_ID = "request-body-type-compatible"
REQUEST_PROPERTY_TYPE_GENERALIZED_ID = "request-property-type-generalized"
REQUEST_PROPERTY_TYPE_CHANGED_ID = "request-property-type-changed"
REQUEST_PROPERTY_TYPE_COMPATIBLE_ID = "request-property-type-compatible"


def request_type_change_id(
    type_diff: StringsDiff | None,
    format_diff: ValueDiff | None,
    strongly_typed: bool,
    loose_comment: str,
    schema_diff: SchemaDiff,
    generalized_id: str,
    compatible_id: str,
    changed_id: str,
) -> tuple[str, str]:
    """Classify a request type/format change: breaking, safe only because the media type is loosely typed,
    or a genuine widening."""
    if request_type_format_breaking(type_diff, format_diff, strongly_typed, schema_diff):
        return changed_id, ""
    if is_request_loose_type_swap(type_diff, schema_diff):
        return compatible_id, loose_comment
    return generalized_id, ""


def _changed(type_diff: StringsDiff | None, format_diff: ValueDiff | None) -> bool:
    """Go's nil-safe Empty(): a missing diff means no change on that axis."""
    return (type_diff is not None and not type_diff.empty()) or (
        format_diff is not None and not format_diff.empty()
    )


def request_property_type_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """A request type that no longer accepts what clients send is breaking."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        schema_diff = info.schema_diff
        if _changed(schema_diff.type_diff, schema_diff.format_diff):
            rule, comment = request_type_change_id(
                schema_diff.type_diff,
                schema_diff.format_diff,
                is_strongly_typed(info.media_type),
                TYPE_CHANGE_LOOSELY_TYPED_COMMENT_ID,
                schema_diff,
                REQUEST_BODY_TYPE_GENERALIZED_ID,
                REQUEST_BODY_TYPE_COMPATIBLE_ID,
                REQUEST_BODY_TYPE_CHANGED_ID,
            )
            base, rev = schema_field_sources(info.operation_item, schema_diff, "type")
            result.append(
                info.new_change(
                    rule,
                    [
                        get_type_format_dimension(schema_diff),
                        get_base_type_format(schema_diff),
                        get_revision_type_format(schema_diff),
                    ],
                    comment,
                ).with_sources(base, rev)
            )

        def process_property(p: PropertyInfo) -> None:
            pd = p.property_diff
            if pd.revision is None or pd.revision.read_only:
                return
            if not _changed(pd.type_diff, pd.format_diff):
                return
            rule, comment = request_type_change_id(
                pd.type_diff,
                pd.format_diff,
                is_strongly_typed(info.media_type),
                TYPE_CHANGE_LOOSELY_TYPED_COMMENT_ID,
                pd,
                REQUEST_PROPERTY_TYPE_GENERALIZED_ID,
                REQUEST_PROPERTY_TYPE_COMPATIBLE_ID,
                REQUEST_PROPERTY_TYPE_CHANGED_ID,
            )
            base, rev = schema_field_sources(info.operation_item, pd, "type")
            result.append(
                p.new_change(
                    rule,
                    [
                        property_full_name(p.property_path, p.property_name),
                        get_type_format_dimension(pd),
                        get_base_type_format(pd),
                        get_revision_type_format(pd),
                    ],
                    comment,
                ).with_sources(base, rev)
            )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
