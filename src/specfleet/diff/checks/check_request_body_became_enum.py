"""A request body schema that gains an `enum` now rejects values it used to accept."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type import format_media_type_details
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_BECAME_ENUM_ID = "request-body-became-enum"


def request_body_became_enum_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report each modified request media type whose schema became an enum."""
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
            modified_media_types = body_diff.content_diff.media_type_modified
            for media_type, media_type_diff in modified_media_types.items():
                details = format_media_type_details(media_type, len(modified_media_types))
                schema_diff = media_type_diff.schema_diff
                if schema_diff is None:
                    continue
                if schema_diff.enum_diff is None or not schema_diff.enum_diff.enum_added:
                    continue
                base_source, revision_source = schema_field_sources(operation_item, schema_diff, "enum")
                result.append(
                    op_info.new_api_change(REQUEST_BODY_BECAME_ENUM_ID, [], "")
                    .with_sources(base_source, revision_source)
                    .with_details(details)
                )
    return result
