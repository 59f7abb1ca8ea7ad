"""A new path parameter in an existing operation changes the URL clients must build."""

from __future__ import annotations

from typing import Any

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import parameter_source
from specfleet.diff.delta.diff import Diff

NEW_REQUEST_PATH_PARAMETER_ID = "new-request-path-parameter"


def new_request_path_parameter_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report path parameters added to a modified operation."""
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
            for param_location, param_names in operation_item.parameters_diff.added.items():
                if param_location != "path":
                    continue
                for param_name in param_names:
                    revision_source: Any = None
                    revision = operation_item.revision
                    for param in revision.parameters if revision is not None else []:
                        if param.value.name == param_name and param.value.in_ == param_location:
                            revision_source = parameter_source(revision, param.value)
                            break
                    result.append(
                        op_info.new_api_change(NEW_REQUEST_PATH_PARAMETER_ID, [param_name], "").with_sources(
                            None, revision_source
                        )
                    )
    return result
