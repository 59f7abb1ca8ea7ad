"""Nullability changes on a response header's schema.

A header that may now be null can surprise a client that never expected one; the reverse only
narrows what the server sends.
"""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.nullable_type_utils import nullability_change_id
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import header_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_HEADER_BECAME_NULLABLE_ID = "response-header-became-nullable"
RESPONSE_HEADER_BECAME_NOT_NULLABLE_ID = "response-header-became-not-nullable"


def response_header_became_nullable_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report response headers whose schema gained or lost null."""
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
                for header_name, header_diff in response_diff.headers_diff.modified.items():
                    rule_id = nullability_change_id(
                        header_diff.schema_diff,
                        RESPONSE_HEADER_BECAME_NULLABLE_ID,
                        RESPONSE_HEADER_BECAME_NOT_NULLABLE_ID,
                    )
                    if not rule_id:
                        continue
                    base_source, revision_source = header_sources(operation_item, response_diff, header_name)
                    result.append(
                        op_info.new_api_change(rule_id, [header_name, response_status], "").with_sources(
                            base_source, revision_source
                        )
                    )
    return result
