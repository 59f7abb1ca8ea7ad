"""A new required property inside an object-typed request header."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from specfleet.diff.checks.checks_utils import check_added_properties_diff, property_full_name
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import parameter_sources

if TYPE_CHECKING:
    from specfleet.diff.checks.change import Change, Source
    from specfleet.diff.checks.config import Config
    from specfleet.diff.checks.op_info import OpInfo
    from specfleet.diff.delta.diff import Diff
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.openapi3 import Schema

NEW_REQUIRED_REQUEST_HEADER_PROPERTY_ID = "new-required-request-header-property"


def new_required_request_header_property_check(diff_report: Diff, config: Config) -> list[Change]:
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
                    base_source, revision_source = parameter_sources(operation_item, param_diff)
                    check_added_properties_diff(
                        param_diff.schema_diff,
                        _required_property_reporter(
                            result, op_info, param_name, base_source, revision_source
                        ),
                    )
    return result


def _required_property_reporter(
    result: list[Change],
    op_info: OpInfo,
    param_name: str,
    base_source: Source | None,
    revision_source: Source | None,
) -> Callable[[str, str, Schema, SchemaDiff], None]:
    """A property visitor that reports added properties the header schema now requires."""

    def report(property_path: str, new_property_name: str, new_property: Schema, parent: SchemaDiff) -> None:
        if new_property.read_only:
            return
        if parent.revision is None or new_property_name not in parent.revision.required:
            return
        result.append(
            op_info.new_api_change(
                NEW_REQUIRED_REQUEST_HEADER_PROPERTY_ID,
                [param_name, property_full_name(property_path, new_property_name)],
                "",
            ).with_sources(base_source, revision_source)
        )

    return report
