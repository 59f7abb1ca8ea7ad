"""Enum values removed from a whole response body schema (the media type level)."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import schema_deleted_item_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_MEDIA_TYPE_ENUM_VALUE_REMOVED_ID = "response-mediatype-enum-value-removed"


def response_media_type_enum_value_removed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report each enum value deleted from a response media type's top-level schema."""
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            if operation_item.responses_diff is None or not operation_item.responses_diff.modified:
                continue
            op_info = new_op_info_from_diff(config, operation_item, operation, path)
            for response_diff in operation_item.responses_diff.modified.values():
                if response_diff.content_diff is None or not response_diff.content_diff.media_type_modified:
                    continue
                for media_type, media_type_item in response_diff.content_diff.media_type_modified.items():
                    schema_diff = media_type_item.schema_diff
                    if schema_diff is None or schema_diff.enum_diff is None:
                        continue
                    for enum_val in schema_diff.enum_diff.deleted:
                        base_source, revision_source = schema_deleted_item_sources(
                            operation_item, schema_diff, "enum", str(enum_val)
                        )
                        result.append(
                            op_info.new_api_change(
                                RESPONSE_MEDIA_TYPE_ENUM_VALUE_REMOVED_ID, [media_type, enum_val], ""
                            ).with_sources(base_source, revision_source)
                        )
    return result
