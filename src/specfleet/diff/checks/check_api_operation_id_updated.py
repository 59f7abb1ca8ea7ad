"""Operation ids added to, or changed/removed from, an existing operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from specfleet.diff.checks.api_change import new_api_change
from specfleet.diff.checks.source import operation_field_sources

if TYPE_CHECKING:
    from specfleet.diff.checks.change import Change
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff

API_OPERATION_ID_REMOVED_ID = "api-operation-id-removed"
API_OPERATION_ID_ADD_ID = "api-operation-id-added"


def api_operation_id_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result

    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            operation_id_diff = operation_item.operation_id_diff
            if operation_id_diff is None:
                continue

            base_source, revision_source = operation_field_sources(operation_item, "operationId")

            base_op, revision_op = operation_item.base, operation_item.revision
            if base_op is None or revision_op is None:
                continue
            op = base_op
            change_id = API_OPERATION_ID_REMOVED_ID
            args: list[Any] = [base_op.operation_id, revision_op.operation_id]
            if operation_id_diff.from_ is None or operation_id_diff.from_ == "":
                change_id = API_OPERATION_ID_ADD_ID
                op = revision_op
                args = [revision_op.operation_id]
                base_source = None
            else:
                revision_source = None

            result.append(
                new_api_change(change_id, config, args, "", op, operation, path).with_sources(
                    base_source, revision_source
                )
            )
    return result
