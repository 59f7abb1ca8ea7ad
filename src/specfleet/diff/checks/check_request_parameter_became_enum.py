"""A request parameter whose schema gains an `enum` now rejects values it used to accept."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_PARAMETER_BECAME_ENUM_ID = "request-parameter-became-enum"


def request_parameter_became_enum_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report modified parameters whose schema became an enum."""
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
                    schema_diff = param_item.schema_diff
                    if schema_diff is None:
                        continue
                    enum_diff = schema_diff.enum_diff
                    if enum_diff is None or not enum_diff.enum_added:
                        continue
                    base_source, revision_source = schema_field_sources(operation_item, schema_diff, "enum")
                    result.append(
                        op_info.new_api_change(
                            REQUEST_PARAMETER_BECAME_ENUM_ID, [param_location, param_name], ""
                        )
                        .with_schema(schema_diff)
                        .with_sources(base_source, revision_source)
                    )
    return result
