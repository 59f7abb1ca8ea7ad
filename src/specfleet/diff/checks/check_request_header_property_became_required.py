"""An existing property of a header parameter's object schema becoming required breaks callers."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import check_modified_properties_diff, property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import OpInfo, new_op_info_from_diff
from specfleet.diff.checks.source import schema_added_item_sources
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.method_diff import MethodDiff
from specfleet.diff.delta.schema_diff import SchemaDiff

REQUEST_HEADER_PROPERTY_BECAME_REQUIRED_ID = "request-header-property-became-required"


def request_header_property_became_required_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report header object properties newly listed in `required` (read-only ones excepted)."""
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
                    if (
                        schema_diff.required_diff is not None
                        and schema_diff.base is not None
                        and schema_diff.revision is not None
                    ):
                        for required_name in schema_diff.required_diff.added:
                            revision_property = schema_diff.revision.properties.get(required_name)
                            if revision_property is None:
                                continue
                            if revision_property.value.read_only:
                                continue
                            if schema_diff.base.properties.get(required_name) is None:
                                # a new required property is reported by the new-property check instead
                                continue
                            base_source, revision_source = schema_added_item_sources(
                                operation_item, schema_diff, "required", required_name
                            )
                            result.append(
                                op_info.new_api_change(
                                    REQUEST_HEADER_PROPERTY_BECAME_REQUIRED_ID,
                                    [param_name, required_name],
                                    "",
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
                        required_diff = property_diff.required_diff
                        if required_diff is None or property_diff.revision is None:
                            return
                        for required_name in required_diff.added:
                            revision_property = property_diff.revision.properties.get(required_name)
                            if revision_property is None:
                                continue
                            if revision_property.value.read_only:
                                continue
                            prop_base_source, prop_revision_source = schema_added_item_sources(
                                operation_item, property_diff, "required", required_name
                            )
                            full_name = property_full_name(
                                property_path, property_full_name(property_name, required_name)
                            )
                            result.append(
                                op_info.new_api_change(
                                    REQUEST_HEADER_PROPERTY_BECAME_REQUIRED_ID, [param_name, full_name], ""
                                ).with_sources(prop_base_source, prop_revision_source)
                            )

                    check_modified_properties_diff(schema_diff, process)
    return result
