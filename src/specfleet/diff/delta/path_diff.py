"""Diff of one path item: its own fields, its operations, servers and path-level parameters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.operations_diff import OperationsDiff, get_operations_diff
from specfleet.diff.delta.parameters_diff_by_location import (
    ParametersDiffByLocation,
    get_parameters_diff_by_location,
)
from specfleet.diff.delta.servers_diff import ServersDiff, get_servers_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff, get_value_diff_conditional

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.path_items_diff import PathItemPair
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import PathItem


@dataclass(slots=True)
class PathDiff:
    """Changes between two matched path items; ``base``/``revision`` are the items themselves."""

    extensions_diff: ExtensionsDiff | None = None
    ref_diff: ValueDiff | None = None
    summary_diff: ValueDiff | None = None
    description_diff: ValueDiff | None = None
    operations_diff: OperationsDiff | None = None
    servers_diff: ServersDiff | None = None
    parameters_diff: ParametersDiffByLocation | None = None
    base: PathItem | None = None
    revision: PathItem | None = None

    def empty(self) -> bool:
        return (
            self.extensions_diff is None
            and self.ref_diff is None
            and self.summary_diff is None
            and self.description_diff is None
            and self.operations_diff is None
            and self.servers_diff is None
            and self.parameters_diff is None
        )


def new_path_diff() -> PathDiff:
    return PathDiff()


def get_path_diff(config: Config, state: State, path_item_pair: PathItemPair) -> PathDiff | None:
    diff = get_path_diff_internal(config, state, path_item_pair)
    if diff.empty():
        return None
    return diff


def get_path_diff_internal(config: Config, state: State, path_item_pair: PathItemPair) -> PathDiff:
    path_item1 = path_item_pair.path_item1
    path_item2 = path_item_pair.path_item2
    if path_item1 is None or path_item2 is None:
        raise DiffError("path item is nil")
    result = new_path_diff()
    result.extensions_diff = get_extensions_diff(config, path_item1.extensions, path_item2.extensions)
    result.ref_diff = get_value_diff(path_item1.ref, path_item2.ref)
    result.summary_diff = get_value_diff_conditional(
        config.is_exclude_summary(), path_item1.summary, path_item2.summary
    )
    result.description_diff = get_value_diff_conditional(
        config.is_exclude_description(), path_item1.description, path_item2.description
    )
    result.operations_diff = get_operations_diff(config, state, path_item_pair)
    result.servers_diff = get_servers_diff(config, path_item1.servers, path_item2.servers)
    result.parameters_diff = get_parameters_diff_by_location(
        config, state, path_item1.parameters, path_item2.parameters, path_item_pair.path_params_map
    )
    result.base = path_item1
    result.revision = path_item2
    return result
