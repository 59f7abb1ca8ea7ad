"""Response headers that appear in the revision (informational: clients may ignore them)."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.delta.diff import Diff

RESPONSE_HEADER_ADDED_ID = "response-header-added"


def response_header_added_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report each header added to a response that exists on both sides."""
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
            for response_status, response_diff in operation_item.responses_diff.modified.items():
                if response_diff.headers_diff is None:
                    continue
                for header_name in response_diff.headers_diff.added:
                    header_ref = (
                        response_diff.revision.headers.get(header_name)
                        if response_diff.revision is not None
                        else None
                    )
                    if header_ref is None:
                        continue
                    result.append(
                        op_info.new_api_change(
                            RESPONSE_HEADER_ADDED_ID, [header_name, response_status], ""
                        ).with_sources(None, header_ref.value.pointer)
                    )
    return result
