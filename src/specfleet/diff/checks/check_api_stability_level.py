"""Endpoint stability (``x-stability-level``): invalid values, level changes, and the threshold filter.

The filter runs before every other check and removes operations below the configured stability
threshold from the diff, so changes to draft/alpha endpoints are not reported by default.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from specfleet.diff.checks.api_change import new_api_change
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import stability_field_source
from specfleet.diff.checks.stability_level import (
    STABILITY_ALPHA,
    STABILITY_BETA,
    STABILITY_DRAFT,
    STABILITY_STABLE,
    parse_stability_level,
)
from specfleet.diff.delta.config import X_STABILITY_LEVEL_EXTENSION

if TYPE_CHECKING:
    from specfleet.diff.checks.api_change import ApiChange
    from specfleet.diff.checks.change import Change
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff
    from specfleet.diff.openapi3 import Operation, PathItem

API_STABILITY_DECREASED_ID = "api-stability-decreased"
API_STABILITY_INCREASED_ID = "api-stability-increased"


class StabilityLevelError(ValueError):
    """An ``x-stability-level`` value that is not one of the known labels."""


def apply_stability_level_policy(config: Config, diff_report: Diff, result: list[Change]) -> list[Change]:
    """Report invalid/changed endpoint stability, then drop operations below the threshold.

    Property-level stability changes are detected after the filter, so a property of an endpoint
    that is out of scope is not reported.
    """
    # imported here: the property check imports this module's helpers
    from specfleet.diff.checks.check_property_stability_level import (
        request_property_stability_updated_check,
        response_property_stability_updated_check,
    )

    if diff_report.paths_diff is None:
        return result
    result.extend(check_invalid_stability_levels(config, diff_report))
    result.extend(check_stability_level_changed(config, diff_report))
    filter_below_stability_threshold(config, diff_report)
    result.extend(request_property_stability_updated_check(diff_report, config))
    result.extend(response_property_stability_updated_check(diff_report, config))
    return result


def _invalid_level(extensions: Mapping[str, Any] | None) -> StabilityLevelError | None:
    try:
        get_stability_level(extensions)
    except StabilityLevelError as err:
        return err
    return None


def check_invalid_stability_levels(config: Config, diff_report: Diff) -> list[Change]:
    """One change per operation (base or revision side) whose stability label cannot be parsed."""
    result: list[Change] = []
    paths_diff = diff_report.paths_diff
    if paths_diff is None:
        return result

    for path, path_diff in paths_diff.modified.items():
        if path_diff.operations_diff is None:
            continue
        for operation, operation_item in path_diff.operations_diff.modified.items():
            base_op = operation_item.base
            if base_op is not None and (err := _invalid_level(base_op.extensions)) is not None:
                result.append(
                    get_api_invalid_stability_level(config, base_op, operation, path, err).with_sources(
                        stability_field_source(base_op), None
                    )
                )
            revision_op = operation_item.revision
            if revision_op is not None and (err := _invalid_level(revision_op.extensions)) is not None:
                result.append(
                    get_api_invalid_stability_level(config, revision_op, operation, path, err).with_sources(
                        None, stability_field_source(revision_op)
                    )
                )
        for operation in path_diff.operations_diff.deleted:
            deleted_op = _operation(path_diff.base, operation)
            if deleted_op is None:
                continue
            if (err := _invalid_level(deleted_op.extensions)) is not None:
                result.append(
                    get_api_invalid_stability_level(config, deleted_op, operation, path, err).with_sources(
                        stability_field_source(deleted_op), None
                    )
                )

    for path in paths_diff.deleted:
        path_item = paths_diff.base.value(path) if paths_diff.base is not None else None
        if path_item is None:
            continue
        for operation, op in path_item.operations().items():
            if (err := _invalid_level(op.extensions)) is not None:
                result.append(
                    get_api_invalid_stability_level(config, op, operation, path, err).with_sources(
                        stability_field_source(op), None
                    )
                )

    return result


def check_stability_level_changed(config: Config, diff_report: Diff) -> list[Change]:
    """``api-stability-decreased`` / ``-increased`` for operations whose base level is in scope."""
    result: list[Change] = []
    paths_diff = diff_report.paths_diff
    if paths_diff is None:
        return result

    for path, path_diff in paths_diff.modified.items():
        if path_diff.operations_diff is None:
            continue
        for operation, operation_item in path_diff.operations_diff.modified.items():
            base_op = operation_item.base
            revision_op = operation_item.revision
            if base_op is None or revision_op is None:
                continue
            try:
                base_stability = get_stability_level(base_op.extensions)
                revision_stability = get_stability_level(revision_op.extensions)
            except StabilityLevelError:
                continue  # reported by check_invalid_stability_levels

            base_label = normalized_stability(base_stability)
            revision_label = normalized_stability(revision_stability)
            base_level = parse_stability_level(base_label)
            revision_level = parse_stability_level(revision_label)
            if base_level == revision_level:
                continue

            # Gate on the level the endpoint is leaving: stable->draft is reported by default, while
            # draft->stable of a previously out-of-scope endpoint is not.
            if config is not None and not config.stability_level.is_included(base_label):
                continue

            change_id = API_STABILITY_INCREASED_ID
            if revision_level < base_level:
                change_id = API_STABILITY_DECREASED_ID

            op_info = new_op_info_from_diff(config, operation_item, operation, path)
            result.append(
                op_info.new_api_change(change_id, [base_label, revision_label], "").with_sources(
                    stability_field_source(base_op), stability_field_source(operation_item.revision)
                )
            )

    return result


def filter_below_stability_threshold(config: Config | None, diff_report: Diff) -> None:
    """Remove deleted paths, deleted operations and modified operations below the stability threshold.

    Mutates ``diff_report`` (the checker works on its own copy); emits nothing.
    """
    if config is None:
        return
    paths_diff = diff_report.paths_diff
    if paths_diff is None:
        return

    kept_paths: list[str] = []
    for path in paths_diff.deleted:
        path_item = paths_diff.base.value(path) if paths_diff.base is not None else None
        if path_item is None:
            continue
        for op in path_item.operations().values():
            try:
                base_stability = get_stability_level(op.extensions)
            except StabilityLevelError:
                continue
            if config.stability_level.is_included(base_stability):
                kept_paths.append(path)
                break
    paths_diff.deleted[:] = kept_paths

    for path_diff in paths_diff.modified.values():
        operations_diff = path_diff.operations_diff
        if operations_diff is None:
            continue

        kept_operations: list[str] = []
        for operation in operations_diff.deleted:
            deleted_op = _operation(path_diff.base, operation)
            if deleted_op is None:
                continue
            try:
                base_stability = get_stability_level(deleted_op.extensions)
            except StabilityLevelError:
                continue
            if config.stability_level.is_included(base_stability):
                kept_operations.append(operation)
        operations_diff.deleted[:] = kept_operations

        for operation in list(operations_diff.modified):
            revision_op = _operation(path_diff.revision, operation)
            if revision_op is None:
                continue
            try:
                revision_stability = get_stability_level(revision_op.extensions)
            except StabilityLevelError:
                continue
            if not config.stability_level.is_included(revision_stability):
                del operations_diff.modified[operation]


def _operation(path_item: PathItem | None, method: str) -> Operation | None:
    return None if path_item is None else path_item.get_operation(method)


def normalized_stability(label: str) -> str:
    """An element without a stability label is stable."""
    return label or STABILITY_STABLE


def get_api_invalid_stability_level(
    config: Config, operation: Operation, method: str, path: str, err: Exception
) -> ApiChange:
    # The id belongs to the deprecation check, which itself imports this module.
    from specfleet.diff.checks.check_api_deprecation import API_INVALID_STABILITY_LEVEL_ID

    return new_api_change(API_INVALID_STABILITY_LEVEL_ID, config, [str(err)], "", operation, method, path)


def get_stability_level(extensions: Mapping[str, Any] | None) -> str:
    """The ``x-stability-level`` label ("" when absent); raises StabilityLevelError for bad values."""
    if not extensions or extensions.get(X_STABILITY_LEVEL_EXTENSION) is None:
        return ""
    value = extensions[X_STABILITY_LEVEL_EXTENSION]
    if not isinstance(value, str):
        raise StabilityLevelError("x-stability-level isn't a string nor valid json")
    if value not in (STABILITY_DRAFT, STABILITY_ALPHA, STABILITY_BETA, STABILITY_STABLE):
        raise StabilityLevelError(
            f"value is not one of {STABILITY_DRAFT}, {STABILITY_ALPHA}, {STABILITY_BETA} "
            f'or {STABILITY_STABLE}: "{value}"'
        )
    return value
