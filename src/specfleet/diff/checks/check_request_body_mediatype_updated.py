"""Request body media types that appear or disappear change what clients may send."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import request_body_media_type_source
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_MEDIA_TYPE_ADDED_ID = "request-body-media-type-added"
REQUEST_BODY_MEDIA_TYPE_REMOVED_ID = "request-body-media-type-removed"


def request_body_media_type_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report request media types added to or removed from an operation's existing body."""
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
            for media_type in body_diff.content_diff.media_type_added:
                revision_source = request_body_media_type_source(operation_item.revision, media_type)
                result.append(
                    op_info.new_api_change(REQUEST_BODY_MEDIA_TYPE_ADDED_ID, [media_type], "").with_sources(
                        None, revision_source
                    )
                )
            for media_type in body_diff.content_diff.media_type_deleted:
                base_source = request_body_media_type_source(operation_item.base, media_type)
                result.append(
                    op_info.new_api_change(REQUEST_BODY_MEDIA_TYPE_REMOVED_ID, [media_type], "").with_sources(
                        base_source, None
                    )
                )
    return result
