"""Removing a request parameter, judged by whether it was deprecated and its sunset has passed."""

from __future__ import annotations

import datetime

from specfleet.diff.checks.api_change import ApiChange
from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import comment_id
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.deprecation import get_sunset, get_sunset_date
from specfleet.diff.checks.op_info import OpInfo, new_op_info
from specfleet.diff.checks.source import parameter_source
from specfleet.diff.delta.diff import Diff
from specfleet.diff.openapi3 import Parameter

# "removed" is the without-deprecation case; the id keeps oasdiff's historical name
REQUEST_PARAMETER_REMOVED_ID = "request-parameter-removed"
REQUEST_PARAMETER_REMOVED_WITH_DEPRECATION_ID = "request-parameter-removed-with-deprecation"
REQUEST_PARAMETER_SUNSET_PARSE_ID = "request-parameter-sunset-parse"
PARAMETER_REMOVED_BEFORE_SUNSET_ID = "request-parameter-removed-before-sunset"


def request_parameter_removed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report each parameter deleted from a modified operation, unless its sunset date has passed."""
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            if operation_item.parameters_diff is None:
                continue
            op_info = new_op_info(config, operation_item.revision, operation, path)
            base_op = operation_item.base
            if base_op is None:
                continue
            for param_location, param_names in operation_item.parameters_diff.deleted.items():
                for param_name in param_names:
                    param = base_op.parameters.get_by_in_and_name(param_location, param_name)
                    if param is None:
                        continue
                    change = check_parameter_removal(op_info, param)
                    if change is not None:
                        base_source = parameter_source(base_op, param)
                        result.append(change.with_sources(base_source, None))
    return result


def check_parameter_removal(op_info: OpInfo, param: Parameter) -> ApiChange | None:
    """The change for removing `param`, or None when it was deprecated and its sunset date has passed."""
    if not param.deprecated:
        return op_info.new_api_change(
            REQUEST_PARAMETER_REMOVED_ID, [param.in_, param.name], comment_id(REQUEST_PARAMETER_REMOVED_ID)
        )
    sunset, ok = get_sunset(param.extensions)
    if not ok:
        return op_info.new_api_change(
            REQUEST_PARAMETER_REMOVED_WITH_DEPRECATION_ID, [param.in_, param.name], ""
        )
    try:
        date = get_sunset_date(sunset)
    except Exception as err:
        return get_request_parameter_sunset_parse(op_info, param, err)
    if datetime.date.today() < date:
        return op_info.new_api_change(PARAMETER_REMOVED_BEFORE_SUNSET_ID, [param.in_, param.name, date], "")
    return None


def get_request_parameter_sunset_parse(op_info: OpInfo, param: Parameter, err: Exception) -> ApiChange:
    """The change for a parameter whose `x-sunset` is not a date."""
    return op_info.new_api_change(REQUEST_PARAMETER_SUNSET_PARSE_ID, [param.in_, param.name, str(err)], "")
