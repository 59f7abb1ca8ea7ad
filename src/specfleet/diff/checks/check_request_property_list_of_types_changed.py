"""Request body / property list of types (OpenAPI 3.1 `type: [..]`) widened or narrowed."""

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
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_LIST_OF_TYPES_WIDENED_ID = "request-body-list-of-types-widened"
REQUEST_BODY_LIST_OF_TYPES_NARROWED_ID = "request-body-list-of-types-narrowed"
REQUEST_PROPERTY_LIST_OF_TYPES_WIDENED_ID = "request-property-list-of-types-widened"
REQUEST_PROPERTY_LIST_OF_TYPES_NARROWED_ID = "request-property-list-of-types-narrowed"


def request_property_list_of_types_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Narrowing the accepted types rejects requests that used a dropped type."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        op_info = new_op_info_from_diff(config, info.operation_item, info.method, info.path)
        result.extend(check_body_list_of_types_change(op_info, info.schema_diff, info.media_type, "", True))

        def process_property(p: PropertyInfo) -> None:
            if p.property_diff.revision is None or p.property_diff.revision.read_only:
                return
            result.extend(
                check_property_list_of_types_change(
                    op_info, p.property_path, p.property_name, p.property_diff, info.media_type, "", True
                )
            )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
