"""Diff of the operations of one matched path item, by HTTP method."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.method_diff import MethodDiff, get_method_diff

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.path_items_diff import PathItemPair
    from specfleet.diff.delta.path_params_map import PathParamsMap
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import Operation, PathItem

# The methods compared, in oasdiff's order.
OPERATIONS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE"]


class ModifiedOperations(dict[str, MethodDiff]):
    """HTTP method (upper case) -> the changes to that operation."""


@dataclass(slots=True)
class OperationsDiff:
    """Methods added, deleted and modified on one path."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedOperations = field(default_factory=ModifiedOperations)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def diff_operation(
        self,
        config: Config,
        state: State,
        operation1: Operation | None,
        operation2: Operation | None,
        method: str,
        path_params_map: PathParamsMap,
    ) -> None:
        if operation1 is None and operation2 is None:
            return
        if operation1 is None:
            self.added.append(method)
            return
        if operation2 is None:
            self.deleted.append(method)
            return
        diff = get_method_diff(config, state, operation1, operation2, path_params_map)
        if diff is not None and not diff.empty():
            self.modified[method] = diff


def new_operations_diff() -> OperationsDiff:
    return OperationsDiff()


def get_operations_diff(config: Config, state: State, path_item_pair: PathItemPair) -> OperationsDiff | None:
    filter_operations(config.filter_extension, path_item_pair)
    diff = get_operations_diff_internal(config, state, path_item_pair)
    if diff.empty():
        return None
    return diff


def _operation(path_item: PathItem | None, method: str) -> Operation | None:
    return None if path_item is None else path_item.get_operation(method)


def get_operations_diff_internal(
    config: Config, state: State, path_item_pair: PathItemPair
) -> OperationsDiff:
    result = new_operations_diff()
    for op in OPERATIONS:
        result.diff_operation(
            config,
            state,
            _operation(path_item_pair.path_item1, op),
            _operation(path_item_pair.path_item2, op),
            op,
            path_item_pair.path_params_map,
        )
    return result


def filter_operations(filter_extension: str, path_item_pair: PathItemPair) -> None:
    filter_operations_by_extensions(filter_extension, path_item_pair)


def filter_operations_by_extensions(filter_extension: str, path_item_pair: PathItemPair) -> None:
    if filter_extension == "":
        return
    try:
        pattern = re.compile(filter_extension)
    except re.error as err:
        raise DiffError(f"failed to compile extension filter regex {filter_extension!r}: {err}") from err
    filter_operations_by_extension_internal(path_item_pair.path_item1, pattern)
    filter_operations_by_extension_internal(path_item_pair.path_item2, pattern)


def filter_operations_by_extension_internal(path_item: PathItem | None, pattern: re.Pattern[str]) -> None:
    """Drop (in place, as oasdiff does) operations carrying an extension whose name matches."""
    if path_item is None:
        return
    for method, operation in list(path_item.operations().items()):
        if any(pattern.search(name) for name in operation.extensions):
            # kin's SetOperation(method, nil): shadow the view's cached operation, not the document.
            setattr(path_item, method.lower(), None)
