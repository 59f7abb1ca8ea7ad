"""A header parameter (or a property inside it) that becomes an enum rejects values it used to accept."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import check_modified_properties_diff, property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import OpInfo, new_op_info_from_diff
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.method_diff import MethodDiff
from specfleet.diff.delta.schema_diff import SchemaDiff

REQUEST_HEADER_PROPERTY_BECAME_ENUM_ID = "request-header-property-became-enum"


def request_header_property_became_enum_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report header parameters, and their nested properties, that gained an enum."""
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
            for param_location, param_diffs in operation_item.parameters_diff.modified.items():
                if param_location != "header":
                    continue
                for param_name, param_diff in param_diffs.items():
                    schema_diff = param_diff.schema_diff
                    if schema_diff is None:
                        continue
                    base_source, revision_source = schema_field_sources(operation_item, schema_diff, "enum")
                    if schema_diff.enum_diff is not None and schema_diff.enum_diff.enum_added:
                        result.append(
                            op_info.new_api_change(
                                REQUEST_HEADER_PROPERTY_BECAME_ENUM_ID, [param_name], ""
                            ).with_sources(base_source, revision_source)
                        )

                    def process(
                        property_path: str,
                        property_name: str,
                        property_diff: SchemaDiff,
                        parent: SchemaDiff | None,
                        param_name: str = param_name,
                        op_info: OpInfo = op_info,
                        operation_item: MethodDiff = operation_item,
                    ) -> None:
                        enum_diff = property_diff.enum_diff
                        if enum_diff is None or not enum_diff.enum_added:
                            return
                        prop_base_source, prop_revision_source = schema_field_sources(
                            operation_item, property_diff, "enum"
                        )
                        result.append(
                            op_info.new_api_change(
                                REQUEST_HEADER_PROPERTY_BECAME_ENUM_ID,
                                [param_name, property_full_name(property_path, property_name)],
                                "",
                            ).with_sources(prop_base_source, prop_revision_source)
                        )

                    check_modified_properties_diff(schema_diff, process)
    return result
