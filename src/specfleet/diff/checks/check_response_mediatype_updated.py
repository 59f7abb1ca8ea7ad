"""Response media types added to or removed from a response that exists on both sides."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import media_type_source
from specfleet.diff.delta.diff import Diff

RESPONSE_MEDIA_TYPE_REMOVED_ID = "response-media-type-removed"
RESPONSE_MEDIA_TYPE_ADDED_ID = "response-media-type-added"


def response_media_type_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report deleted and added media types of each modified response."""
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
            for response_status, responses_diff in operation_item.responses_diff.modified.items():
                if responses_diff.content_diff is None:
                    continue
                for media_type in responses_diff.content_diff.media_type_deleted:
                    base_source = media_type_source(operation_item.base, responses_diff.base, media_type)
                    result.append(
                        op_info.new_api_change(
                            RESPONSE_MEDIA_TYPE_REMOVED_ID, [media_type, response_status], ""
                        ).with_sources(base_source, None)
                    )
                for media_type in responses_diff.content_diff.media_type_added:
                    revision_source = media_type_source(
                        operation_item.revision, responses_diff.revision, media_type
                    )
                    result.append(
                        op_info.new_api_change(
                            RESPONSE_MEDIA_TYPE_ADDED_ID, [media_type, response_status], ""
                        ).with_sources(None, revision_source)
                    )
    return result
