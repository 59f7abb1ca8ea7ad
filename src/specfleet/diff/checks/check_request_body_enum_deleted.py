"""Removing a value from a request body enum rejects requests that used it."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import schema_deleted_item_sources
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_ENUM_VALUE_REMOVED_ID = "request-body-enum-value-removed"


def request_body_enum_value_removed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report every enum value dropped from a modified request media type's schema."""
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            body_diff = operation_item.request_body_diff
            if body_diff is None or body_diff.content_diff is None:
                continue
            op_info = new_op_info_from_diff(config, operation_item, operation, path)
            for media_type_item in body_diff.content_diff.media_type_modified.values():
                schema_diff = media_type_item.schema_diff
                if schema_diff is None:
                    continue
                enum_diff = schema_diff.enum_diff
                if enum_diff is None or not enum_diff.deleted:
                    continue
                for enum_val in enum_diff.deleted:
                    base_source, revision_source = schema_deleted_item_sources(
                        operation_item, schema_diff, "enum", str(enum_val)
                    )
                    result.append(
                        op_info.new_api_change(
                            REQUEST_BODY_ENUM_VALUE_REMOVED_ID, [enum_val], ""
                        ).with_sources(base_source, revision_source)
                    )
    return result
