"""A schema added to or removed from a media type that exists on both sides.

The per-schema checks skip one-sided schema diffs, so this check classifies them by
request/response direction: a request body that now requires a shape is breaking, a response
that no longer promises one is breaking; the other two directions are informational.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import media_type_source, request_body_media_type_source

if TYPE_CHECKING:
    from specfleet.diff.checks.change import Change
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff
    from specfleet.diff.delta.schema_diff import SchemaDiff

REQUEST_BODY_MEDIA_TYPE_SCHEMA_ADDED_ID = "request-body-media-type-schema-added"
REQUEST_BODY_MEDIA_TYPE_SCHEMA_REMOVED_ID = "request-body-media-type-schema-removed"
RESPONSE_BODY_MEDIA_TYPE_SCHEMA_ADDED_ID = "response-body-media-type-schema-added"
RESPONSE_BODY_MEDIA_TYPE_SCHEMA_REMOVED_ID = "response-body-media-type-schema-removed"


def media_type_schema_existence_check(diff_report: Diff, config: Config) -> list[Change]:
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result

    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            op_info = new_op_info_from_diff(config, operation_item, operation, path)

            request_body_diff = operation_item.request_body_diff
            if request_body_diff is not None and request_body_diff.content_diff is not None:
                for media_type, media_type_diff in request_body_diff.content_diff.media_type_modified.items():
                    added, removed = schema_side_added_removed(media_type_diff.schema_diff)
                    if added:
                        result.append(
                            op_info.new_api_change(
                                REQUEST_BODY_MEDIA_TYPE_SCHEMA_ADDED_ID, [media_type], ""
                            ).with_sources(
                                None, request_body_media_type_source(operation_item.revision, media_type)
                            )
                        )
                    elif removed:
                        result.append(
                            op_info.new_api_change(
                                REQUEST_BODY_MEDIA_TYPE_SCHEMA_REMOVED_ID, [media_type], ""
                            ).with_sources(
                                request_body_media_type_source(operation_item.base, media_type), None
                            )
                        )

            if operation_item.responses_diff is None:
                continue
            for response_status, response_diff in operation_item.responses_diff.modified.items():
                if response_diff.content_diff is None:
                    continue
                for media_type, media_type_diff in response_diff.content_diff.media_type_modified.items():
                    added, removed = schema_side_added_removed(media_type_diff.schema_diff)
                    if added:
                        result.append(
                            op_info.new_api_change(
                                RESPONSE_BODY_MEDIA_TYPE_SCHEMA_ADDED_ID, [media_type, response_status], ""
                            ).with_sources(
                                None,
                                media_type_source(
                                    operation_item.revision, response_diff.revision, media_type
                                ),
                            )
                        )
                    elif removed:
                        result.append(
                            op_info.new_api_change(
                                RESPONSE_BODY_MEDIA_TYPE_SCHEMA_REMOVED_ID, [media_type, response_status], ""
                            ).with_sources(
                                media_type_source(operation_item.base, response_diff.base, media_type), None
                            )
                        )

    return result


def schema_side_added_removed(d: SchemaDiff | None) -> tuple[bool, bool]:
    """(added, removed) for a schema present on only one side of a media type."""
    if d is None:
        return False, False
    return d.schema_added, d.schema_deleted
