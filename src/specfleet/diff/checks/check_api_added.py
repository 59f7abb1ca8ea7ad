"""New endpoints: operations on a new path, or new methods on an existing path."""

from __future__ import annotations

from typing import TYPE_CHECKING

from specfleet.diff.checks.api_change import new_api_change

if TYPE_CHECKING:
    from specfleet.diff.checks.change import Change
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff
    from specfleet.diff.openapi3 import Operation

ENDPOINT_ADDED_ID = "endpoint-added"


def api_added_check(diff_report: Diff, config: Config) -> list[Change]:
    result: list[Change] = []
    paths_diff = diff_report.paths_diff
    if paths_diff is None:
        return result

    def append_change(path: str, method: str, operation: Operation) -> None:
        result.append(
            new_api_change(ENDPOINT_ADDED_ID, config, [], "", operation, method, path).with_sources(
                None, operation.pointer
            )
        )

    for path in paths_diff.added:
        path_item = paths_diff.revision.value(path) if paths_diff.revision is not None else None
        if path_item is None:
            continue
        for method, op in path_item.operations().items():
            append_change(path, method, op)

    for path, path_diff in paths_diff.modified.items():
        if path_diff.revision is None:
            continue
        for method, op in path_diff.revision.operations().items():
            if path_diff.base is not None and path_diff.base.get_operation(method) is not None:
                continue
            append_change(path, method, op)

    return result
