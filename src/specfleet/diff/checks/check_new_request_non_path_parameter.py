"""Query, header and cookie parameters added to an operation: breaking when required."""

from __future__ import annotations

from typing import TYPE_CHECKING

from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import parameter_source

if TYPE_CHECKING:
    from specfleet.diff.checks.change import Change
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff

NEW_REQUIRED_REQUEST_PARAMETER_ID = "new-required-request-parameter"
NEW_OPTIONAL_REQUEST_PARAMETER_ID = "new-optional-request-parameter"


def new_request_non_path_parameter_check(diff_report: Diff, config: Config) -> list[Change]:
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            parameters_diff = operation_item.parameters_diff
            revision_op = operation_item.revision
            if parameters_diff is None or revision_op is None:
                continue
            op_info = new_op_info_from_diff(config, operation_item, operation, path)
            for param_location, param_names in parameters_diff.added.items():
                if param_location == "path":
                    continue  # new path parameters have their own check
                for param_name in param_names:
                    for param in revision_op.parameters:
                        if param.value is None or param.value.name != param_name:
                            continue
                        change_id = NEW_REQUIRED_REQUEST_PARAMETER_ID
                        if not param.value.required:
                            change_id = NEW_OPTIONAL_REQUEST_PARAMETER_ID
                        result.append(
                            op_info.new_api_change(change_id, [param_location, param_name], "").with_sources(
                                None, parameter_source(revision_op, param.value)
                            )
                        )
                        break
    return result
