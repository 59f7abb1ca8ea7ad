"""Path-level (shared) non-path parameters added: reported on every operation of the path."""

from __future__ import annotations

from typing import TYPE_CHECKING

from specfleet.diff.checks.api_change import new_api_change
from specfleet.diff.checks.source import parameter_source

if TYPE_CHECKING:
    from specfleet.diff.checks.change import Change
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff

NEW_REQUIRED_REQUEST_DEFAULT_PARAMETER_TO_EXISTING_PATH_ID = (
    "new-required-request-default-parameter-to-existing-path"
)
NEW_OPTIONAL_REQUEST_DEFAULT_PARAMETER_TO_EXISTING_PATH_ID = (
    "new-optional-request-default-parameter-to-existing-path"
)


def new_request_non_path_default_parameter_check(diff_report: Diff, config: Config) -> list[Change]:
    result: list[Change] = []
    if diff_report.paths_diff is None or not diff_report.paths_diff.modified:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.parameters_diff is None or path_item.revision is None:
            continue
        operations = path_item.revision.operations()
        if not operations:
            continue

        for param_location, param_names in path_item.parameters_diff.added.items():
            if param_location == "path":
                continue
            for param in path_item.revision.parameters:
                if param.value is None or param.value.name not in param_names:
                    continue
                change_id = NEW_REQUIRED_REQUEST_DEFAULT_PARAMETER_TO_EXISTING_PATH_ID
                if not param.value.required:
                    change_id = NEW_OPTIONAL_REQUEST_DEFAULT_PARAMETER_TO_EXISTING_PATH_ID
                for operation, operation_item in operations.items():
                    result.append(
                        new_api_change(
                            change_id,
                            config,
                            [param_location, param.value.name],
                            "",
                            operation_item,
                            operation,
                            path,
                        ).with_sources(None, parameter_source(operation_item, param.value))
                    )
    return result
