"""Widened or narrowed type lists (OpenAPI 3.1 `type: [...]`) on response bodies and properties."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.list_of_types_core import (
    check_body_list_of_types_change,
    check_property_list_of_types_change,
)
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.delta.diff import Diff

RESPONSE_BODY_LIST_OF_TYPES_WIDENED_ID = "response-body-list-of-types-widened"
RESPONSE_BODY_LIST_OF_TYPES_NARROWED_ID = "response-body-list-of-types-narrowed"
RESPONSE_PROPERTY_LIST_OF_TYPES_WIDENED_ID = "response-property-list-of-types-widened"
RESPONSE_PROPERTY_LIST_OF_TYPES_NARROWED_ID = "response-property-list-of-types-narrowed"


def response_property_list_of_types_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report type-list changes through the shared list-of-types classifier (response side)."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        op_info = new_op_info_from_diff(config, info.operation_item, info.method, info.path)
        result.extend(
            check_body_list_of_types_change(
                op_info, info.schema_diff, info.media_type, info.response_status, False
            )
        )

        def on_property(p: PropertyInfo) -> None:
            if p.property_diff.revision is None:
                return
            result.extend(
                check_property_list_of_types_change(
                    op_info,
                    p.property_path,
                    p.property_name,
                    p.property_diff,
                    info.media_type,
                    info.response_status,
                    False,
                )
            )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
