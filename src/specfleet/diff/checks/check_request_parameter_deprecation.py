"""Deprecating (or un-deprecating) a request parameter, judged against the sunset policy."""

from __future__ import annotations

import datetime

from specfleet.diff.checks.api_change import ApiChange
from specfleet.diff.checks.change import Change
from specfleet.diff.checks.check_api_deprecation import (
    format_deprecation_details,
    format_deprecation_details_with_sunset,
)
from specfleet.diff.checks.check_api_stability_level import get_stability_level
from specfleet.diff.checks.check_api_sunset_changed import get_deprecation_days
from specfleet.diff.checks.check_request_parameter_removed import REQUEST_PARAMETER_SUNSET_PARSE_ID
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.deprecation import get_sunset, get_sunset_date
from specfleet.diff.checks.op_info import OpInfo, new_op_info
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff
from specfleet.diff.openapi3 import Parameter

REQUEST_PARAMETER_REACTIVATED_ID = "request-parameter-reactivated"
REQUEST_PARAMETER_DEPRECATED_SUNSET_MISSING_ID = "request-parameter-deprecated-sunset-missing"
REQUEST_PARAMETER_SUNSET_DATE_TOO_SMALL_ID = "request-parameter-sunset-date-too-small"
REQUEST_PARAMETER_DEPRECATED_ID = "request-parameter-deprecated"


def request_parameter_deprecation_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report parameter deprecations, reactivations and sunset-policy violations."""
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_diff in path_item.operations_diff.modified.items():
            if operation_diff.parameters_diff is None:
                continue
            op = path_item.revision.get_operation(operation) if path_item.revision is not None else None
            op_info = new_op_info(config, op, operation, path)
            op_extensions = op.extensions if op is not None else {}
            for param_location, param_items in operation_diff.parameters_diff.modified.items():
                for param_name, param_item in param_items.items():
                    deprecated_diff = param_item.deprecated_diff
                    if deprecated_diff is None:
                        continue
                    base_source, revision_source = schema_field_sources(
                        operation_diff, param_item.schema_diff, "deprecated"
                    )
                    param = param_item.revision
                    if param is None:
                        continue

                    if deprecated_diff.to is None or deprecated_diff.to is False:
                        result.append(
                            op_info.new_api_change(
                                REQUEST_PARAMETER_REACTIVATED_ID, [param_location, param_name], ""
                            )
                            .with_sources(base_source, revision_source)
                            .with_details(format_deprecation_details(op_extensions))
                        )
                        continue

                    try:
                        stability = get_stability_level(op_extensions)
                    except Exception:
                        # an invalid stability level is reported by the stability check itself
                        continue
                    deprecation_days = get_deprecation_days(config, stability)

                    sunset, ok = get_sunset(param.extensions)
                    if not ok:
                        if deprecation_days > 0:
                            result.append(
                                get_parameter_deprecated_sunset_missing(op_info, param).with_sources(
                                    base_source, revision_source
                                )
                            )
                        else:
                            result.append(
                                op_info.new_api_change(
                                    REQUEST_PARAMETER_DEPRECATED_ID, [param_location, param_name], ""
                                )
                                .with_sources(base_source, revision_source)
                                .with_details(format_deprecation_details(op_extensions))
                            )
                        continue

                    try:
                        date = get_sunset_date(sunset)
                    except Exception as err:
                        result.append(
                            op_info.new_api_change(
                                REQUEST_PARAMETER_SUNSET_PARSE_ID, [param.in_, param.name, str(err)], ""
                            ).with_sources(base_source, revision_source)
                        )
                        continue

                    days = (date - datetime.date.today()).days
                    if days < deprecation_days:
                        result.append(
                            op_info.new_api_change(
                                REQUEST_PARAMETER_SUNSET_DATE_TOO_SMALL_ID,
                                [param.in_, param.name, date, deprecation_days],
                                "",
                            ).with_sources(base_source, revision_source)
                        )
                        continue

                    result.append(
                        op_info.new_api_change(
                            REQUEST_PARAMETER_DEPRECATED_ID, [param_location, param_name], ""
                        )
                        .with_sources(base_source, revision_source)
                        .with_details(format_deprecation_details_with_sunset(date, op_extensions))
                    )
    return result


def get_parameter_deprecated_sunset_missing(op_info: OpInfo, param: Parameter) -> ApiChange:
    """The change for a deprecated parameter that lacks the sunset date the policy asks for."""
    return op_info.new_api_change(REQUEST_PARAMETER_DEPRECATED_SUNSET_MISSING_ID, [param.in_, param.name], "")
