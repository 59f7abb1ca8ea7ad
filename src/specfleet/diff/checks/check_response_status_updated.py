"""Response status codes added to or removed from an operation, split into success and the rest."""

from __future__ import annotations

from collections.abc import Callable

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.delta.diff import Diff
from specfleet.diff.openapi3 import Operation

RESPONSE_SUCCESS_STATUS_REMOVED_ID = "response-success-status-removed"
RESPONSE_NON_SUCCESS_STATUS_REMOVED_ID = "response-non-success-status-removed"
RESPONSE_SUCCESS_STATUS_ADDED_ID = "response-success-status-added"
RESPONSE_NON_SUCCESS_STATUS_ADDED_ID = "response-non-success-status-added"

Pointer = tuple[str | int, ...]


def response_success_status_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report 2xx statuses added or removed (removal breaks clients that handle them)."""
    return response_status_updated(
        diff_report, config, lambda status: 200 <= status <= 299, RESPONSE_SUCCESS_STATUS_REMOVED_ID
    )


def response_non_success_status_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report non-2xx statuses added or removed."""
    return response_status_updated(
        diff_report,
        config,
        lambda status: status < 200 or status > 299,
        RESPONSE_NON_SUCCESS_STATUS_REMOVED_ID,
    )


def response_source(op: Operation | None, response_status: str) -> Pointer | None:
    """Where a status is written, else the operation's `responses` field."""
    if op is None:
        return None
    if op.responses is not None:
        response_ref = op.responses.value(response_status)
        if response_ref is not None and response_ref.value is not None:
            return tuple(response_ref.value.pointer)
    return (*op.pointer, "responses")


def _atoi(text: str) -> int | None:
    """Go's strconv.Atoi: an optional sign and decimal digits only ("2XX" and "default" are skipped)."""
    digits = text[1:] if text[:1] in ("+", "-") else text
    if not digits or not digits.isascii() or not digits.isdigit():
        return None
    return int(text)


def response_status_updated(
    diff_report: Diff, config: Config, status_filter: Callable[[int], bool], removed_id: str
) -> list[Change]:
    """Report deleted (removed_id) and added (its "added" twin) statuses accepted by status_filter."""
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    added_id = removed_id.replace("removed", "added", 1)
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            if operation_item.responses_diff is None:
                continue
            op_info = new_op_info_from_diff(config, operation_item, operation, path)
            for response_status in operation_item.responses_diff.deleted:
                status = _atoi(response_status)
                if status is None or not status_filter(status):
                    continue
                result.append(
                    op_info.new_api_change(removed_id, [response_status], "").with_sources(
                        response_source(operation_item.base, response_status), None
                    )
                )
            for response_status in operation_item.responses_diff.added:
                status = _atoi(response_status)
                if status is None or not status_filter(status):
                    continue
                result.append(
                    op_info.new_api_change(added_id, [response_status], "").with_sources(
                        None, response_source(operation_item.revision, response_status)
                    )
                )
    return result
