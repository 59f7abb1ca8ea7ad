"""Enum values added to or removed from request parameters and their nested properties."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import check_modified_properties_diff, property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import OpInfo, new_op_info_from_diff
from specfleet.diff.checks.source import schema_added_item_sources, schema_deleted_item_sources
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.enum_diff import EnumDiff
from specfleet.diff.delta.schema_diff import SchemaDiff

REQUEST_PARAMETER_ENUM_VALUE_ADDED_ID = "request-parameter-enum-value-added"
REQUEST_PARAMETER_ENUM_VALUE_REMOVED_ID = "request-parameter-enum-value-removed"
REQUEST_PARAMETER_PROPERTY_ENUM_VALUE_ADDED_ID = "request-parameter-property-enum-value-added"
REQUEST_PARAMETER_PROPERTY_ENUM_VALUE_REMOVED_ID = "request-parameter-property-enum-value-removed"


def request_parameter_enum_value_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report enum values added or removed on parameters and on properties inside them."""
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
            for param_location, param_items in operation_item.parameters_diff.modified.items():
                for param_name, param_item in param_items.items():
                    schema_diff = param_item.schema_diff
                    if schema_diff is None:
                        continue

                    def param_args(
                        enum_val: Any, loc: str = param_location, name: str = param_name
                    ) -> list[Any]:
                        return [enum_val, loc, name]

                    result.extend(
                        check_parameter_enum_diff(
                            op_info,
                            schema_diff.enum_diff,
                            schema_diff,
                            REQUEST_PARAMETER_ENUM_VALUE_REMOVED_ID,
                            REQUEST_PARAMETER_ENUM_VALUE_ADDED_ID,
                            param_args,
                        )
                    )

                    def process(
                        property_path: str,
                        property_name: str,
                        property_diff: SchemaDiff,
                        parent: SchemaDiff | None,
                        loc: str = param_location,
                        name: str = param_name,
                        op_info: OpInfo = op_info,
                    ) -> None:
                        full_name = property_full_name(property_path, property_name)

                        def property_args(enum_val: Any) -> list[Any]:
                            return [enum_val, full_name, loc, name]

                        result.extend(
                            check_parameter_enum_diff(
                                op_info,
                                property_diff.enum_diff,
                                property_diff,
                                REQUEST_PARAMETER_PROPERTY_ENUM_VALUE_REMOVED_ID,
                                REQUEST_PARAMETER_PROPERTY_ENUM_VALUE_ADDED_ID,
                                property_args,
                            )
                        )

                    check_modified_properties_diff(schema_diff, process)
    return result


def check_parameter_enum_diff(
    op_info: OpInfo,
    enum_diff: EnumDiff | None,
    schema_diff: SchemaDiff,
    removed_id: str,
    added_id: str,
    make_args: Callable[[Any], list[Any]],
) -> list[Change]:
    """One change per removed enum value, then one per added value."""
    result: list[Change] = []
    if enum_diff is None:
        return result
    method_diff = op_info.method_diff
    if method_diff is None:
        return result
    for enum_val in enum_diff.deleted:
        base_source, revision_source = schema_deleted_item_sources(
            method_diff, schema_diff, "enum", str(enum_val)
        )
        result.append(
            op_info.new_api_change(removed_id, make_args(enum_val), "")
            .with_schema(schema_diff)
            .with_sources(base_source, revision_source)
        )
    for enum_val in enum_diff.added:
        base_source, revision_source = schema_added_item_sources(
            method_diff, schema_diff, "enum", str(enum_val)
        )
        result.append(
            op_info.new_api_change(added_id, make_args(enum_val), "")
            .with_schema(schema_diff)
            .with_sources(base_source, revision_source)
        )
    return result
