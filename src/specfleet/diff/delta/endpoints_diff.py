"""A flattened view of the paths diff: endpoints (method + path) added, deleted and modified."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.endpoints import Endpoints
from specfleet.diff.delta.modified_endpoints import ModifiedEndpoints
from specfleet.diff.delta.path_diff import get_path_diff
from specfleet.diff.delta.path_items_diff import PathMap, get_path_items_diff, new_paths, rewrite_prefix
from specfleet.diff.delta.paths_diff import filter_paths
from specfleet.diff.delta.summary import SummaryDetails

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.path_items_diff import PathItemPair
    from specfleet.diff.delta.state import State


@dataclass(slots=True, frozen=True)
class Endpoint:
    """An HTTP method (upper case) on a path."""

    method: str = ""
    path: str = ""


@dataclass(slots=True)
class EndpointsDiff:
    """Endpoints added, deleted and modified (a new path counts each of its methods as added)."""

    added: Endpoints = field(default_factory=Endpoints)
    deleted: Endpoints = field(default_factory=Endpoints)
    modified: ModifiedEndpoints = field(default_factory=ModifiedEndpoints)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))

    def add_added_path(self, path: str, method: str) -> None:
        self.added.append(Endpoint(method=method, path=path))

    def add_deleted_path(self, path: str, method: str) -> None:
        self.deleted.append(Endpoint(method=method, path=path))

    def add_modified_paths(
        self, config: Config, state: State, path: str, path_item_pair: PathItemPair
    ) -> None:
        path_diff = get_path_diff(config, state, path_item_pair)
        if path_diff is None or path_diff.empty():
            return
        operations_diff = path_diff.operations_diff
        if operations_diff is None or operations_diff.empty():
            return
        for method in operations_diff.added:
            self.add_added_path(path, method)
        for method in operations_diff.deleted:
            self.add_deleted_path(path, method)
        for method, method_diff in operations_diff.modified.items():
            self.modified[Endpoint(method=method, path=path)] = method_diff


def new_endpoints_diff() -> EndpointsDiff:
    return EndpointsDiff()


def get_endpoints_diff(
    config: Config, state: State, paths1: PathMap | None, paths2: PathMap | None
) -> EndpointsDiff | None:
    if config.is_exclude_endpoints():
        return None
    paths1 = new_paths() if paths1 is None else paths1
    paths2 = new_paths() if paths2 is None else paths2
    filter_paths(config.match_path, config.unmatch_path, config.filter_extension, paths1, paths2)
    diff = get_endpoints_diff_internal(config, state, paths1, paths2)
    if diff.empty():
        return None
    return diff


def get_endpoints_diff_internal(
    config: Config, state: State, paths1: PathMap, paths2: PathMap
) -> EndpointsDiff:
    result = new_endpoints_diff()
    paths1_mod = rewrite_prefix(paths1.map(), config.path_strip_prefix_base, config.path_prefix_base, paths1)
    paths2_mod = rewrite_prefix(
        paths2.map(), config.path_strip_prefix_revision, config.path_prefix_revision, paths2
    )
    added_paths, deleted_paths, other_paths = get_path_items_diff(config, paths1_mod, paths2_mod)
    for path, path_item in added_paths.map().items():
        for method in path_item.operations():
            result.add_added_path(path, method)
    for path, path_item in deleted_paths.map().items():
        for method in path_item.operations():
            result.add_deleted_path(path, method)
    for path, path_item_pair in other_paths.items():
        result.add_modified_paths(config, state, path, path_item_pair)
    return result
