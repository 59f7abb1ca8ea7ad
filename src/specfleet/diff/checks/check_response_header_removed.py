"""Response headers dropped from a response (breaking when the header was required)."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.delta.diff import Diff

REQUIRED_RESPONSE_HEADER_REMOVED_ID = "required-response-header-removed"
OPTIONAL_RESPONSE_HEADER_REMOVED_ID = "optional-response-header-removed"


def response_header_removed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report each header deleted from a response that exists on both sides."""
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
                for header_name in response_diff.headers_diff.deleted:
                    header_ref = (
                        response_diff.base.headers.get(header_name)
                        if response_diff.base is not None
                        else None
                    )
                    if header_ref is None:
                        continue
                    header = header_ref.value
                    rule_id = (
                        REQUIRED_RESPONSE_HEADER_REMOVED_ID
                        if header.required
                        else OPTIONAL_RESPONSE_HEADER_REMOVED_ID
                    )
                    result.append(
                        op_info.new_api_change(rule_id, [header_name, response_status], "").with_sources(
                            header.pointer, None
                        )
                    )
    return result
