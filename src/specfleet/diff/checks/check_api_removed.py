"""Removed paths and operations: breaking unless deprecated and past their sunset date."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from specfleet.diff.checks.check_api_stability_level import StabilityLevelError, get_stability_level
from specfleet.diff.checks.deprecation import get_sunset, get_sunset_date
from specfleet.diff.checks.op_info import new_op_info
from specfleet.diff.checks.stability_level import STABILITY_ALPHA, STABILITY_DRAFT

if TYPE_CHECKING:
    from specfleet.diff.checks.api_change import ApiChange
    from specfleet.diff.checks.change import Change
    from specfleet.diff.checks.config import Config
    from specfleet.diff.checks.op_info import OpInfo
    from specfleet.diff.delta.diff import Diff
    from specfleet.diff.delta.paths_diff import PathsDiff

API_PATH_REMOVED_WITHOUT_DEPRECATION_ID = "api-path-removed-without-deprecation"
API_PATH_REMOVED_WITH_DEPRECATION_ID = "api-path-removed-with-deprecation"
API_PATH_SUNSET_PARSE_ID = "api-path-sunset-parse"
API_PATH_REMOVED_BEFORE_SUNSET_ID = "api-path-removed-before-sunset"
API_REMOVED_WITHOUT_DEPRECATION_ID = "api-removed-without-deprecation"
API_REMOVED_WITH_DEPRECATION_ID = "api-removed-with-deprecation"
API_REMOVED_BEFORE_SUNSET_ID = "api-removed-before-sunset"


def api_removed_check(diff_report: Diff, config: Config) -> list[Change]:
    return check_removed_paths(diff_report.paths_diff, config) + check_removed_operations(
        diff_report.paths_diff, config
    )


def check_removed_paths(paths_diff: PathsDiff | None, config: Config) -> list[Change]:
    """Every operation of a deleted path, except draft/alpha ones (they may go at any time)."""
    result: list[Change] = []
    if paths_diff is None:
        return result
    for path in paths_diff.deleted:
        path_item = paths_diff.base.value(path) if paths_diff.base is not None else None
        if path_item is None:
            continue
        for operation, op in path_item.operations().items():
            try:
                stability = get_stability_level(op.extensions)
            except StabilityLevelError:
                continue
            if stability in (STABILITY_ALPHA, STABILITY_DRAFT):
                continue
            change = check_api_removal(new_op_info(config, op, operation, path), True)
            if change is not None:
                result.append(change)
    return result


def check_removed_operations(paths_diff: PathsDiff | None, config: Config) -> list[Change]:
    """Operations deleted from a path that still exists."""
    result: list[Change] = []
    if paths_diff is None:
        return result
    for path, path_item in paths_diff.modified.items():
        if path_item.operations_diff is None or path_item.base is None:
            continue
        for operation in path_item.operations_diff.deleted:
            op = path_item.base.get_operation(operation)
            if op is None:
                continue
            change = check_api_removal(new_op_info(config, op, operation, path), False)
            if change is not None:
                result.append(change)
    return result


def check_api_removal(op_info: OpInfo, is_path: bool) -> ApiChange | None:
    """The removal finding for one operation, or None when it was deprecated and its sunset passed."""
    operation = op_info.operation
    if operation is None:
        return None
    base_source = operation.pointer

    if not operation.deprecated:
        return op_info.new_api_change(get_without_deprecation_id(is_path), [], "").with_sources(
            base_source, None
        )

    sunset, ok = get_sunset(operation.extensions)
    if not ok:
        return op_info.new_api_change(get_with_deprecation_id(is_path), [], "").with_sources(
            base_source, None
        )

    try:
        date = get_sunset_date(sunset)
    except ValueError as err:
        return op_info.new_api_change(API_PATH_SUNSET_PARSE_ID, [str(err)], "").with_sources(
            base_source, None
        )

    if datetime.date.today() < date:
        return op_info.new_api_change(get_before_sunset_id(is_path), [date], "").with_sources(
            base_source, None
        )
    return None


def get_api_path_sunset_parse(op_info: OpInfo, err: Exception) -> ApiChange:
    return op_info.new_api_change(API_PATH_SUNSET_PARSE_ID, [str(err)], "")


def get_with_deprecation_id(is_path: bool) -> str:
    return API_PATH_REMOVED_WITH_DEPRECATION_ID if is_path else API_REMOVED_WITH_DEPRECATION_ID


def get_without_deprecation_id(is_path: bool) -> str:
    return API_PATH_REMOVED_WITHOUT_DEPRECATION_ID if is_path else API_REMOVED_WITHOUT_DEPRECATION_ID


def get_before_sunset_id(is_path: bool) -> str:
    return API_PATH_REMOVED_BEFORE_SUNSET_ID if is_path else API_REMOVED_BEFORE_SUNSET_ID
