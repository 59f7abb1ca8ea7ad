"""Dropping an operation's request body breaks clients that send one."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import request_body_source
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_REMOVED_ID = "request-body-removed"


def request_body_removed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report each modified operation whose request body was deleted."""
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            if operation_item.request_body_diff is None:
                continue
            op_info = new_op_info_from_diff(config, operation_item, operation, path)
            if operation_item.request_body_diff.deleted:
                base_source = request_body_source(operation_item.base)
                result.append(
                    op_info.new_api_change(REQUEST_BODY_REMOVED_ID, [], "").with_sources(base_source, None)
                )
    return result
