"""A request body turning required (or optional) changes what a valid call looks like."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import request_body_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_BECAME_OPTIONAL_ID = "request-body-became-optional"
REQUEST_BODY_BECAME_REQUIRED_ID = "request-body-became-required"


def request_body_required_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report a change of the request body's `required` flag."""
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            body_diff = operation_item.request_body_diff
            if body_diff is None or body_diff.required_diff is None:
                continue
            op_info = new_op_info_from_diff(config, operation_item, operation, path)
            rule_id = REQUEST_BODY_BECAME_OPTIONAL_ID
            if body_diff.required_diff.to is True:
                rule_id = REQUEST_BODY_BECAME_REQUIRED_ID
            base_source, revision_source = request_body_field_sources(operation_item, "required")
            result.append(op_info.new_api_change(rule_id, [], "").with_sources(base_source, revision_source))
    return result
