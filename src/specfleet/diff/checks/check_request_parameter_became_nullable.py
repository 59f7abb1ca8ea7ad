"""Nullability changes of request parameters and of the properties inside their schemas."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import check_modified_properties_diff, property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.nullable_type_utils import nullability_change_id
from specfleet.diff.checks.op_info import OpInfo, new_op_info_from_diff
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.method_diff import MethodDiff
from specfleet.diff.delta.schema_diff import SchemaDiff

REQUEST_PARAMETER_BECAME_NULLABLE_ID = "request-parameter-became-nullable"
REQUEST_PARAMETER_BECAME_NOT_NULLABLE_ID = "request-parameter-became-not-nullable"
REQUEST_PARAMETER_PROPERTY_BECAME_NULLABLE_ID = "request-parameter-property-became-nullable"
REQUEST_PARAMETER_PROPERTY_BECAME_NOT_NULLABLE_ID = "request-parameter-property-became-not-nullable"


def request_parameter_became_nullable_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report parameters (and nested properties) that became nullable or stopped being nullable."""
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
                    rule_id = nullability_change_id(
                        schema_diff,
                        REQUEST_PARAMETER_BECAME_NULLABLE_ID,
                        REQUEST_PARAMETER_BECAME_NOT_NULLABLE_ID,
                    )
                    if rule_id != "":
                        base_source, revision_source = schema_field_sources(
                            operation_item, schema_diff, "nullable"
                        )
                        result.append(
                            op_info.new_api_change(rule_id, [param_location, param_name], "")
                            .with_schema(schema_diff)
                            .with_sources(base_source, revision_source)
                        )

                    def process(
                        property_path: str,
                        property_name: str,
                        property_diff: SchemaDiff | None,
                        parent: SchemaDiff | None,
                        param_location: str = param_location,
                        param_name: str = param_name,
                        op_info: OpInfo = op_info,
                        operation_item: MethodDiff = operation_item,
                    ) -> None:
                        if (
                            property_diff is None
                            or property_diff.base is None
                            or property_diff.revision is None
                        ):
                            return
                        prop_id = nullability_change_id(
                            property_diff,
                            REQUEST_PARAMETER_PROPERTY_BECAME_NULLABLE_ID,
                            REQUEST_PARAMETER_PROPERTY_BECAME_NOT_NULLABLE_ID,
                        )
                        if prop_id == "":
                            return
                        prop_base_source, prop_revision_source = schema_field_sources(
                            operation_item, property_diff, "nullable"
                        )
                        result.append(
                            op_info.new_api_change(
                                prop_id,
                                [
                                    property_full_name(property_path, property_name),
                                    param_location,
                                    param_name,
                                ],
                                "",
                            )
                            .with_schema(property_diff)
                            .with_sources(prop_base_source, prop_revision_source)
                        )

                    check_modified_properties_diff(schema_diff, process)
    return result
