"""A request body added to an existing operation: breaking when the new body is required."""

from __future__ import annotations

from typing import TYPE_CHECKING

from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import request_body_source

if TYPE_CHECKING:
    from specfleet.diff.checks.change import Change
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff

ADDED_REQUIRED_REQUEST_BODY_ID = "request-body-added-required"
ADDED_OPTIONAL_REQUEST_BODY_ID = "request-body-added-optional"


def added_request_body_check(diff_report: Diff, config: Config) -> list[Change]:
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            request_body_diff = operation_item.request_body_diff
            if request_body_diff is None or not request_body_diff.added:
                continue
            op_info = new_op_info_from_diff(config, operation_item, operation, path)
            request_body = operation_item.revision.request_body if operation_item.revision else None
            required = (
                request_body is not None and request_body.value is not None and request_body.value.required
            )
            change_id = ADDED_REQUIRED_REQUEST_BODY_ID if required else ADDED_OPTIONAL_REQUEST_BODY_ID
            result.append(
                op_info.new_api_change(change_id, [], "").with_sources(
                    None, request_body_source(operation_item.revision)
                )
            )
    return result
