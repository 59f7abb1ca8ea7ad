"""Sunset date of a deprecated request parameter deleted or moved earlier than the policy allows."""

from __future__ import annotations

import datetime

from specfleet.diff.checks.api_change import new_api_change
from specfleet.diff.checks.change import Change
from specfleet.diff.checks.check_api_stability_level import get_stability_level
from specfleet.diff.checks.check_api_sunset_changed import get_deprecation_days
from specfleet.diff.checks.check_request_parameter_removed import get_request_parameter_sunset_parse
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.deprecation import get_sunset_date
from specfleet.diff.checks.op_info import new_op_info
from specfleet.diff.checks.source import parameter_field_sources
from specfleet.diff.delta.config import SUNSET_EXTENSION
from specfleet.diff.delta.diff import Diff

REQUEST_PARAMETER_SUNSET_DELETED_ID = "request-parameter-sunset-deleted"
REQUEST_PARAMETER_SUNSET_DATE_CHANGED_TOO_SMALL_ID = "request-parameter-sunset-date-changed-too-small"


def request_parameter_sunset_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report deprecated parameters whose `x-sunset` was removed or brought too close."""
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_diff in path_item.operations_diff.modified.items():
            op_revision = (
                path_item.revision.get_operation(operation) if path_item.revision is not None else None
            )
            op_base = path_item.base.get_operation(operation) if path_item.base is not None else None
            if operation_diff.parameters_diff is None:
                continue
            for param_location, param_items in operation_diff.parameters_diff.modified.items():
                for param_name, param_item in param_items.items():
                    base_source, revision_source = parameter_field_sources(
                        operation_diff, param_item, SUNSET_EXTENSION
                    )
                    param_base = param_item.base
                    param_revision = param_item.revision
                    if param_base is None or param_revision is None or not param_revision.deprecated:
                        continue
                    extensions_diff = param_item.extensions_diff
                    if extensions_diff is None:
                        continue

                    if SUNSET_EXTENSION in extensions_diff.deleted:
                        result.append(
                            new_api_change(
                                REQUEST_PARAMETER_SUNSET_DELETED_ID,
                                config,
                                [param_location, param_name],
                                "",
                                op_revision,
                                operation,
                                path,
                            ).with_sources(base_source, revision_source)
                        )
                        continue

                    if SUNSET_EXTENSION not in extensions_diff.modified:
                        continue

                    try:
                        date = get_sunset_date(param_revision.extensions.get(SUNSET_EXTENSION))
                    except Exception as err:
                        op_info = new_op_info(config, op_revision, operation, path)
                        result.append(
                            get_request_parameter_sunset_parse(op_info, param_revision, err).with_sources(
                                None, revision_source
                            )
                        )
                        continue

                    try:
                        base_date = get_sunset_date(param_base.extensions.get(SUNSET_EXTENSION))
                    except Exception as err:
                        op_info = new_op_info(config, op_base, operation, path)
                        result.append(
                            get_request_parameter_sunset_parse(op_info, param_base, err).with_sources(
                                base_source, None
                            )
                        )
                        continue

                    days = (date - datetime.date.today()).days

                    try:
                        stability = get_stability_level(
                            op_revision.extensions if op_revision is not None else {}
                        )
                    except Exception:
                        # an invalid stability level is reported by the stability check itself
                        continue
                    deprecation_days = get_deprecation_days(config, stability)

                    if base_date > date and days < deprecation_days:
                        result.append(
                            new_api_change(
                                REQUEST_PARAMETER_SUNSET_DATE_CHANGED_TOO_SMALL_ID,
                                config,
                                [
                                    param_revision.in_,
                                    param_revision.name,
                                    base_date,
                                    date,
                                    base_date,
                                    deprecation_days,
                                ],
                                "",
                                op_revision,
                                operation,
                                path,
                            ).with_sources(base_source, revision_source)
                        )
    return result
