"""Values removed from a parameter's `x-extensible-enum` list break clients that send them."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import schema_deleted_item_sources
from specfleet.diff.delta.config import X_EXTENSIBLE_ENUM_EXTENSION
from specfleet.diff.delta.diff import Diff

REQUEST_PARAMETER_X_EXTENSIBLE_ENUM_VALUE_REMOVED_ID = "request-parameter-x-extensible-enum-value-removed"


def request_parameter_x_extensible_enum_value_removed_check(
    diff_report: Diff, config: Config
) -> list[Change]:
    """Report every value dropped from a modified `x-extensible-enum` of a parameter schema."""
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
                    if schema_diff is None or schema_diff.extensions_diff is None:
                        continue
                    if schema_diff.extensions_diff.modified.get(X_EXTENSIBLE_ENUM_EXTENSION) is None:
                        continue
                    if schema_diff.base is None or schema_diff.revision is None:
                        continue
                    from_values = schema_diff.base.extensions.get(X_EXTENSIBLE_ENUM_EXTENSION)
                    to_values = schema_diff.revision.extensions.get(X_EXTENSIBLE_ENUM_EXTENSION)
                    if not isinstance(from_values, list) or not isinstance(to_values, list):
                        continue
                    from_strings = [str(item) for item in from_values]
                    to_strings = [str(item) for item in to_values]
                    deleted_values = [value for value in from_strings if value not in to_strings]
                    for enum_val in deleted_values:
                        base_source, revision_source = schema_deleted_item_sources(
                            operation_item, schema_diff, X_EXTENSIBLE_ENUM_EXTENSION, enum_val
                        )
                        result.append(
                            op_info.new_api_change(
                                REQUEST_PARAMETER_X_EXTENSIBLE_ENUM_VALUE_REMOVED_ID,
                                [enum_val, param_location, param_name],
                                "",
                            ).with_sources(base_source, revision_source)
                        )
    return result
