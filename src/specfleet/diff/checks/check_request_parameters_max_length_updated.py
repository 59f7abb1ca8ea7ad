"""A request parameter's maxLength lowered (breaking) or raised."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import is_decreased_value
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_PARAMETER_MAX_LENGTH_DECREASED_ID = "request-parameter-max-length-decreased"
REQUEST_PARAMETER_MAX_LENGTH_INCREASED_ID = "request-parameter-max-length-increased"


def request_parameter_max_length_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report changes of a parameter's maxLength that is set on both sides."""
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
                    schema_diff = param_diff.schema_diff
                    if schema_diff is None:
                        continue
                    value_diff = schema_diff.max_length_diff
                    if value_diff is None or value_diff.from_ is None or value_diff.to is None:
                        continue
                    rule_id = REQUEST_PARAMETER_MAX_LENGTH_DECREASED_ID
                    if not is_decreased_value(value_diff):
                        rule_id = REQUEST_PARAMETER_MAX_LENGTH_INCREASED_ID
                    base_source, revision_source = schema_field_sources(
                        operation_item, schema_diff, "maxLength"
                    )
                    result.append(
                        op_info.new_api_change(
                            rule_id, [param_location, param_name, value_diff.from_, value_diff.to], ""
                        ).with_sources(base_source, revision_source)
                    )
    return result
