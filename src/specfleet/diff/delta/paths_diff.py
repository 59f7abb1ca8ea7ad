"""Diff of the paths object: paths added, deleted and modified (after filters and prefix rewrites)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.modified_paths import ModifiedPaths
from specfleet.diff.delta.path_items_diff import (
    PathMap,
    get_path_items_diff,
    new_paths,
    paths_delete,
    rewrite_prefix,
)
from specfleet.diff.delta.summary import SummaryDetails

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.path_items_diff import PathItemPair
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import Paths


@dataclass(slots=True)
class PathsDiff:
    """Paths added, deleted and modified; ``base``/``revision`` are the (prefix-rewritten) paths."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedPaths = field(default_factory=ModifiedPaths)
    base: Paths | None = None
    revision: Paths | None = None

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))

    def add_added_path(self, path: str) -> None:
        self.added.append(path)

    def add_deleted_path(self, path: str) -> None:
        self.deleted.append(path)

    def add_modified_path(
        self, config: Config, state: State, path1: str, path_item_pair: PathItemPair
    ) -> None:
        self.modified.add_path_diff(config, state, path1, path_item_pair)


def new_paths_diff() -> PathsDiff:
    return PathsDiff()


def get_paths_diff(
    config: Config, state: State, paths1: PathMap | None, paths2: PathMap | None
) -> PathsDiff | None:
    """The paths diff, None when nothing changed. A missing paths object compares as an empty one."""
    paths1 = new_paths() if paths1 is None else paths1
    paths2 = new_paths() if paths2 is None else paths2
    filter_paths(config.match_path, config.unmatch_path, config.filter_extension, paths1, paths2)
    diff = get_paths_diff_internal(config, state, paths1, paths2)
    if diff.empty():
        return None
    return diff


def get_paths_diff_internal(config: Config, state: State, paths1: PathMap, paths2: PathMap) -> PathsDiff:
    result = new_paths_diff()
    paths1_mod = rewrite_prefix(paths1.map(), config.path_strip_prefix_base, config.path_prefix_base, paths1)
    paths2_mod = rewrite_prefix(
        paths2.map(), config.path_strip_prefix_revision, config.path_prefix_revision, paths2
    )
    added_paths, deleted_paths, other_paths = get_path_items_diff(config, paths1_mod, paths2_mod)
    for endpoint in added_paths.map():
        result.add_added_path(endpoint)
    for endpoint in deleted_paths.map():
        result.add_deleted_path(endpoint)
    for endpoint, path_item_pair in other_paths.items():
        result.add_modified_path(config, state, endpoint, path_item_pair)
    result.base = paths1_mod
    result.revision = paths2_mod
    return result


def compile_filter(pattern: str, what: str) -> re.Pattern[str]:
    """Compile a user-given regex (Go RE2 syntax is close enough to Python's for these filters)."""
    try:
        return re.compile(pattern)
    except re.error as err:
        raise DiffError(f"failed to compile {what} regex {pattern!r}: {err}") from err


def filter_paths(
    match_path: str, unmatch_path: str, filter_extension: str, paths1: PathMap, paths2: PathMap
) -> None:
    """Drop paths the user asked to leave out (in place, as oasdiff does)."""
    filter_paths_by_name(match_path, True, paths1, paths2)
    filter_paths_by_name(unmatch_path, False, paths1, paths2)
    filter_paths_by_extensions(filter_extension, paths1, paths2)


def filter_paths_by_name(filter_: str, negate: bool, paths1: PathMap, paths2: PathMap) -> None:
    """``negate``: keep only matching paths (match-path); otherwise drop matching ones (unmatch-path)."""
    if filter_ == "":
        return
    pattern = compile_filter(filter_, "filter")
    filter_paths_internal(paths1, pattern, negate)
    filter_paths_internal(paths2, pattern, negate)


def filter_paths_internal(paths: PathMap, pattern: re.Pattern[str], negate: bool) -> None:
    for path in list(paths.map()):
        match = pattern.search(path) is not None
        if negate:
            match = not match
        if match:
            paths_delete(paths, path)


def filter_paths_by_extensions(filter_extension: str, paths1: PathMap, paths2: PathMap) -> None:
    if filter_extension == "":
        return
    pattern = compile_filter(filter_extension, "extension filter")
    filter_paths_by_extension_internal(paths1, pattern)
    filter_paths_by_extension_internal(paths2, pattern)


def filter_paths_by_extension_internal(paths: PathMap, pattern: re.Pattern[str]) -> None:
    """Drop paths whose path item carries an extension whose name matches."""
    for path, path_item in list(paths.map().items()):
        if any(pattern.search(name) for name in path_item.extensions):
            paths_delete(paths, path)
