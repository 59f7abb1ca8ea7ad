"""Types added to or removed from a request parameter's (or its properties') list of types."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import check_modified_properties_diff
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.list_of_types_core import (
    check_parameter_list_of_types_change,
    check_parameter_property_list_of_types_change,
)
from specfleet.diff.checks.op_info import OpInfo, new_op_info_from_diff
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.schema_diff import SchemaDiff
from specfleet.diff.openapi3 import Parameter

REQUEST_PARAMETER_LIST_OF_TYPES_WIDENED_ID = "request-parameter-list-of-types-widened"
REQUEST_PARAMETER_LIST_OF_TYPES_NARROWED_ID = "request-parameter-list-of-types-narrowed"
REQUEST_PARAMETER_PROPERTY_LIST_OF_TYPES_WIDENED_ID = "request-parameter-property-list-of-types-widened"
REQUEST_PARAMETER_PROPERTY_LIST_OF_TYPES_NARROWED_ID = "request-parameter-property-list-of-types-narrowed"


def request_parameter_list_of_types_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report list-of-types widening/narrowing on parameters and their nested properties."""
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
            for param_diffs in operation_item.parameters_diff.modified.values():
                for param_diff in param_diffs.values():
                    param = param_diff.revision
                    if param is None:
                        continue
                    result.extend(check_parameter_list_of_types_change(op_info, param_diff, param))
                    if param_diff.schema_diff is None:
                        continue

                    def process(
                        property_path: str,
                        property_name: str,
                        property_diff: SchemaDiff,
                        parent: SchemaDiff | None,
                        param: Parameter = param,
                        op_info: OpInfo = op_info,
                    ) -> None:
                        result.extend(
                            check_parameter_property_list_of_types_change(
                                op_info, property_path, property_name, property_diff, param
                            )
                        )

                    check_modified_properties_diff(param_diff.schema_diff, process)
    return result
