"""A minimum set on a request parameter that had none can reject values clients send."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import comment_id
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_PARAMETER_MIN_SET_ID = "request-parameter-min-set"
REQUEST_PARAMETER_EXCLUSIVE_MIN_SET_ID = "request-parameter-exclusive-min-set"


def request_parameter_min_set_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report parameters whose schema gained a minimum or exclusiveMinimum where it had none."""
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
                    for value_diff, rule_id, field in (
                        (schema_diff.min_diff, REQUEST_PARAMETER_MIN_SET_ID, "minimum"),
                        (
                            schema_diff.exclusive_min_diff,
                            REQUEST_PARAMETER_EXCLUSIVE_MIN_SET_ID,
                            "exclusiveMinimum",
                        ),
                    ):
                        if value_diff is None or value_diff.from_ is not None or value_diff.to is None:
                            continue
                        _, revision_source = schema_field_sources(operation_item, schema_diff, field)
                        result.append(
                            op_info.new_api_change(
                                rule_id, [param_location, param_name, value_diff.to], comment_id(rule_id)
                            ).with_sources(None, revision_source)
                        )
    return result
