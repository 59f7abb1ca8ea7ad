"""Sunset changes on deprecated endpoints: a removed ``x-sunset``, or one moved earlier than policy allows.

Also home of the per-stability deprecation period shared by the deprecation checks.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from specfleet.diff.checks.api_change import new_api_change
from specfleet.diff.checks.check_api_removed import get_api_path_sunset_parse
from specfleet.diff.checks.check_api_stability_level import StabilityLevelError, get_stability_level
from specfleet.diff.checks.deprecation import get_sunset_date
from specfleet.diff.checks.op_info import new_op_info
from specfleet.diff.checks.source import operation_field_sources
from specfleet.diff.checks.stability_level import STABILITY_ALPHA as STABILITY_ALPHA
from specfleet.diff.checks.stability_level import STABILITY_BETA as STABILITY_BETA
from specfleet.diff.checks.stability_level import STABILITY_DRAFT as STABILITY_DRAFT
from specfleet.diff.checks.stability_level import STABILITY_STABLE as STABILITY_STABLE
from specfleet.diff.delta.config import SUNSET_EXTENSION

if TYPE_CHECKING:
    from specfleet.diff.checks.api_change import ApiChange
    from specfleet.diff.checks.change import Change
    from specfleet.diff.checks.config import Config
    from specfleet.diff.checks.op_info import OpInfo
    from specfleet.diff.delta.diff import Diff

API_SUNSET_DELETED_ID = "sunset-deleted"
API_SUNSET_DATE_CHANGED_TOO_SMALL_ID = "api-sunset-date-changed-too-small"


def api_sunset_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result

    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_diff in path_item.operations_diff.modified.items():
            op_revision = operation_diff.revision
            op_base = operation_diff.base
            if op_revision is None or op_base is None:
                continue
            base_source, revision_source = operation_field_sources(operation_diff, SUNSET_EXTENSION)

            if not op_revision.deprecated:
                continue
            extensions_diff = operation_diff.extensions_diff
            if extensions_diff is None:
                continue

            if SUNSET_EXTENSION in extensions_diff.deleted:
                result.append(
                    new_api_change(
                        API_SUNSET_DELETED_ID, config, [], "", op_revision, operation, path
                    ).with_sources(base_source, revision_source)
                )
                continue

            if SUNSET_EXTENSION not in extensions_diff.modified:
                continue

            try:
                date = get_sunset_date(op_revision.extensions.get(SUNSET_EXTENSION))
            except ValueError as err:
                op_info = new_op_info(config, op_revision, operation, path)
                result.append(
                    get_api_path_sunset_parse(op_info, err).with_sources(base_source, revision_source)
                )
                continue

            try:
                base_date = get_sunset_date(op_base.extensions.get(SUNSET_EXTENSION))
            except ValueError as err:
                op_info = new_op_info(config, op_base, operation, path)
                result.append(
                    get_api_path_sunset_parse(op_info, err).with_sources(base_source, revision_source)
                )
                continue

            days = (date - datetime.date.today()).days

            try:
                stability = get_stability_level(op_revision.extensions)
            except StabilityLevelError:
                continue  # reported by the stability checks

            deprecation_days = get_deprecation_days(config, stability)

            if base_date > date and days < deprecation_days:
                result.append(
                    new_api_change(
                        API_SUNSET_DATE_CHANGED_TOO_SMALL_ID,
                        config,
                        [base_date, date, base_date, deprecation_days],
                        "",
                        op_revision,
                        operation,
                        path,
                    ).with_sources(base_source, revision_source)
                )

    return result


def get_deprecation_days(config: Config, stability: str) -> int:
    """How many days ahead a sunset must be for an element of this stability (draft/alpha: none)."""
    if stability in (STABILITY_DRAFT, STABILITY_ALPHA):
        return 0
    if stability == STABILITY_BETA:
        return config.min_sunset_beta_days
    # stable, or no label
    return config.min_sunset_stable_days


def get_api_deprecated_sunset_missing(op_info: OpInfo) -> ApiChange:
    # imported here: the deprecation check imports this module
    from specfleet.diff.checks.check_api_deprecation import API_DEPRECATED_SUNSET_MISSING_ID

    return op_info.new_api_change(API_DEPRECATED_SUNSET_MISSING_ID, [], "")
