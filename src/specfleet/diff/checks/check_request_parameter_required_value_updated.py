"""A request parameter turning required (or optional)."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import parameter_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_PARAMETER_BECOME_REQUIRED_ID = "request-parameter-became-required"
REQUEST_PARAMETER_BECOME_OPTIONAL_ID = "request-parameter-became-optional"


def request_parameter_required_value_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report a change of a parameter's `required` flag."""
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            if operation_item.parameters_diff is None:
                continue
            op_info = new_op_info_from_diff(config, operation_item, operation, path)
            for param_location, param_items in operation_item.parameters_diff.modified.items():
                for param_name, param_item in param_items.items():
                    required_diff = param_item.required_diff
                    if required_diff is None:
                        continue
                    base_source, revision_source = parameter_field_sources(
                        operation_item, param_item, "required"
                    )
                    rule_id = REQUEST_PARAMETER_BECOME_REQUIRED_ID
                    if required_diff.to is not True:
                        rule_id = REQUEST_PARAMETER_BECOME_OPTIONAL_ID
                    result.append(
                        op_info.new_api_change(rule_id, [param_location, param_name], "").with_sources(
                            base_source, revision_source
                        )
                    )
    return result
