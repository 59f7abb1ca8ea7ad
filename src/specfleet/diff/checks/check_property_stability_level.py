"""Request/response properties whose ``x-stability-level`` changed (only when the base level is in scope)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from specfleet.diff.checks.api_change import new_api_change
from specfleet.diff.checks.check_api_stability_level import (
    StabilityLevelError,
    get_api_invalid_stability_level,
    get_stability_level,
    normalized_stability,
)
from specfleet.diff.checks.checks_utils import check_modified_properties_diff, property_full_name
from specfleet.diff.checks.source import stability_field_source
from specfleet.diff.checks.stability_level import parse_stability_level

if TYPE_CHECKING:
    from specfleet.diff.checks.change import Change, Source
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.openapi3 import Operation, Schema

REQUEST_PROPERTY_STABILITY_DECREASED_ID = "request-property-stability-decreased"
REQUEST_PROPERTY_STABILITY_INCREASED_ID = "request-property-stability-increased"
RESPONSE_PROPERTY_STABILITY_DECREASED_ID = "response-property-stability-decreased"
RESPONSE_PROPERTY_STABILITY_INCREASED_ID = "response-property-stability-increased"

_Processor = Callable[[str, str, "SchemaDiff", "SchemaDiff | None"], None]


def request_property_stability_updated_check(diff_report: Diff, config: Config | None) -> list[Change]:
    result: list[Change] = []
    if config is None or diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            request_body_diff = operation_item.request_body_diff
            op = operation_item.revision
            if request_body_diff is None or request_body_diff.content_diff is None or op is None:
                continue
            for media_type_diff in request_body_diff.content_diff.media_type_modified.values():
                check_modified_properties_diff(
                    media_type_diff.schema_diff,
                    _stability_reporter(
                        REQUEST_PROPERTY_STABILITY_DECREASED_ID,
                        REQUEST_PROPERTY_STABILITY_INCREASED_ID,
                        config,
                        op,
                        operation,
                        path,
                        result,
                    ),
                    _has_extensions_diff,
                )
    return result


def response_property_stability_updated_check(diff_report: Diff, config: Config | None) -> list[Change]:
    result: list[Change] = []
    if config is None or diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            op = operation_item.revision
            if operation_item.responses_diff is None or op is None:
                continue
            for response_diff in operation_item.responses_diff.modified.values():
                if response_diff is None or response_diff.content_diff is None:
                    continue
                for media_type_diff in response_diff.content_diff.media_type_modified.values():
                    check_modified_properties_diff(
                        media_type_diff.schema_diff,
                        _stability_reporter(
                            RESPONSE_PROPERTY_STABILITY_DECREASED_ID,
                            RESPONSE_PROPERTY_STABILITY_INCREASED_ID,
                            config,
                            op,
                            operation,
                            path,
                            result,
                        ),
                        _has_extensions_diff,
                    )
    return result


def _has_extensions_diff(property_diff: SchemaDiff) -> bool:
    """Only a property whose extensions changed can change its stability."""
    return property_diff.extensions_diff is not None


def _stability_reporter(
    decreased_id: str,
    increased_id: str,
    config: Config,
    op: Operation,
    operation: str,
    path: str,
    result: list[Change],
) -> _Processor:
    def report(
        property_path: str, property_name: str, property_diff: SchemaDiff, parent: SchemaDiff | None
    ) -> None:
        check_property_stability_change(
            property_diff,
            property_path,
            property_name,
            decreased_id,
            increased_id,
            config,
            op,
            operation,
            path,
            result,
        )

    return report


def _stability_source(op: Operation, schema: Schema | None) -> Source | None:
    """The property's ``x-stability-level`` (None for a schema present on one side only)."""
    return None if schema is None else stability_field_source(op, schema)


def check_property_stability_change(
    property_diff: SchemaDiff,
    property_path: str,
    property_name: str,
    decreased_id: str,
    increased_id: str,
    config: Config,
    op: Operation,
    operation: str,
    path: str,
    result: list[Change],
) -> None:
    """Report one property's stability change, or its unparseable label.

    Invalid labels on properties are reported here: the endpoint-level validation does not look
    inside schemas.
    """
    if property_diff.extensions_diff is None:
        return

    base_stability = revision_stability = ""
    if property_diff.base is not None:
        try:
            base_stability = get_stability_level(property_diff.base.extensions)
        except StabilityLevelError as err:
            result.append(
                get_api_invalid_stability_level(config, op, operation, path, err).with_sources(
                    _stability_source(op, property_diff.base), None
                )
            )
            return
    if property_diff.revision is not None:
        try:
            revision_stability = get_stability_level(property_diff.revision.extensions)
        except StabilityLevelError as err:
            result.append(
                get_api_invalid_stability_level(config, op, operation, path, err).with_sources(
                    None, _stability_source(op, property_diff.revision)
                )
            )
            return

    base_label = normalized_stability(base_stability)
    revision_label = normalized_stability(revision_stability)
    base_level = parse_stability_level(base_label)
    revision_level = parse_stability_level(revision_label)
    if base_level == revision_level:
        return

    # Gate on the level the property is leaving, like the endpoint check.
    if not config.stability_level.is_included(base_label):
        return

    change_id = decreased_id if revision_level < base_level else increased_id
    result.append(
        new_api_change(
            change_id,
            config,
            [property_full_name(property_path, property_name), base_label, revision_label],
            "",
            op,
            operation,
            path,
        ).with_sources(
            _stability_source(op, property_diff.base), _stability_source(op, property_diff.revision)
        )
    )
