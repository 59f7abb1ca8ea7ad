"""Default value of an optional request parameter added, removed or changed."""

from __future__ import annotations

from typing import Any

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_PARAMETER_DEFAULT_VALUE_CHANGED_ID = "request-parameter-default-value-changed"
REQUEST_PARAMETER_DEFAULT_VALUE_ADDED_ID = "request-parameter-default-value-added"
REQUEST_PARAMETER_DEFAULT_VALUE_REMOVED_ID = "request-parameter-default-value-removed"


def request_parameter_default_value_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report default changes of parameters that are optional on both sides (a default only matters then)."""
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
            for param_location, param_diffs in operation_item.parameters_diff.modified.items():
                for param_name, param_diff in param_diffs.items():
                    base_param = param_diff.base
                    if base_param is None or base_param.required:
                        continue
                    revision_param = param_diff.revision
                    if revision_param is None or revision_param.required:
                        continue
                    if param_diff.schema_diff is None:
                        continue
                    default_diff = param_diff.schema_diff.default_diff
                    if default_diff is None or default_diff.empty():
                        continue
                    base_source, revision_source = schema_field_sources(
                        operation_item, param_diff.schema_diff, "default"
                    )
                    args: list[Any]
                    if default_diff.from_ is None:
                        rule_id = REQUEST_PARAMETER_DEFAULT_VALUE_ADDED_ID
                        args = [param_location, param_name, default_diff.to]
                    elif default_diff.to is None:
                        rule_id = REQUEST_PARAMETER_DEFAULT_VALUE_REMOVED_ID
                        args = [param_location, param_name, default_diff.from_]
                    else:
                        rule_id = REQUEST_PARAMETER_DEFAULT_VALUE_CHANGED_ID
                        args = [param_location, param_name, default_diff.from_, default_diff.to]
                    result.append(
                        op_info.new_api_change(rule_id, args, "").with_sources(base_source, revision_source)
                    )
    return result
