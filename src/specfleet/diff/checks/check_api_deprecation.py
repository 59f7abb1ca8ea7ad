"""Endpoint deprecation and reactivation, judged against the sunset policy for its stability."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from specfleet.diff.checks.api_change import new_api_change
from specfleet.diff.checks.check_api_stability_level import StabilityLevelError, get_stability_level
from specfleet.diff.checks.check_api_sunset_changed import (
    get_api_deprecated_sunset_missing,
    get_deprecation_days,
)
from specfleet.diff.checks.deprecation import get_sunset, get_sunset_date
from specfleet.diff.checks.op_info import new_op_info
from specfleet.diff.checks.source import operation_field_sources

if TYPE_CHECKING:
    from specfleet.diff.checks.change import Change
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff

ENDPOINT_REACTIVATED_ID = "endpoint-reactivated"
API_DEPRECATED_SUNSET_PARSE_ID = "api-deprecated-sunset-parse"
API_DEPRECATED_SUNSET_MISSING_ID = "api-deprecated-sunset-missing"
API_INVALID_STABILITY_LEVEL_ID = "api-invalid-stability-level"
API_SUNSET_DATE_TOO_SMALL_ID = "api-sunset-date-too-small"
ENDPOINT_DEPRECATED_ID = "endpoint-deprecated"
ENDPOINT_DEPRECATED_WITH_SUNSET_ID = "endpoint-deprecated-with-sunset"


def format_deprecation_details(extensions: Mapping[str, Any] | None) -> str:
    """``(stability: X)`` when the element carries a valid stability label, else ""."""
    try:
        stability = get_stability_level(extensions)
    except StabilityLevelError:
        return ""
    if not stability:
        return ""
    return f"(stability: {stability})"


def format_deprecation_details_with_sunset(
    sunset: datetime.date, extensions: Mapping[str, Any] | None
) -> str:
    """``(sunset: D)`` or ``(sunset: D, stability: X)``."""
    parts = [f"sunset: {sunset.isoformat()}"]
    try:
        stability = get_stability_level(extensions)
    except StabilityLevelError:
        stability = ""
    if stability:
        parts.append(f"stability: {stability}")
    return "(" + ", ".join(parts) + ")"


def api_deprecation_check(diff_report: Diff, config: Config) -> list[Change]:
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result

    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_diff in path_item.operations_diff.modified.items():
            op = operation_diff.revision
            if op is None:
                continue
            base_source, revision_source = operation_field_sources(operation_diff, "deprecated")

            deprecated_diff = operation_diff.deprecated_diff
            if deprecated_diff is None:
                continue

            if deprecated_diff.to is None or deprecated_diff.to is False:
                result.append(
                    new_api_change(ENDPOINT_REACTIVATED_ID, config, [], "", op, operation, path)
                    .with_sources(base_source, revision_source)
                    .with_details(format_deprecation_details(op.extensions))
                )
                continue

            try:
                stability = get_stability_level(op.extensions)
            except StabilityLevelError:
                continue  # reported by the stability checks

            deprecation_days = get_deprecation_days(config, stability)

            sunset, ok = get_sunset(op.extensions)
            if not ok:
                if deprecation_days > 0:
                    # a deprecation policy applies, so the sunset date is mandatory
                    result.append(
                        get_api_deprecated_sunset_missing(
                            new_op_info(config, op, operation, path)
                        ).with_sources(base_source, revision_source)
                    )
                else:
                    result.append(
                        new_api_change(ENDPOINT_DEPRECATED_ID, config, [], "", op, operation, path)
                        .with_sources(base_source, revision_source)
                        .with_details(format_deprecation_details(op.extensions))
                    )
                continue

            try:
                date = get_sunset_date(sunset)
            except ValueError as err:
                result.append(
                    new_api_change(
                        API_DEPRECATED_SUNSET_PARSE_ID, config, [str(err)], "", op, operation, path
                    ).with_sources(base_source, revision_source)
                )
                continue

            days = (date - datetime.date.today()).days
            if days < deprecation_days:
                result.append(
                    new_api_change(
                        API_SUNSET_DATE_TOO_SMALL_ID,
                        config,
                        [date, deprecation_days],
                        "",
                        op,
                        operation,
                        path,
                    ).with_sources(base_source, revision_source)
                )
                continue

            result.append(
                new_api_change(ENDPOINT_DEPRECATED_WITH_SUNSET_ID, config, [date], "", op, operation, path)
                .with_sources(base_source, revision_source)
                .with_details(format_deprecation_details(op.extensions))
            )

    return result
