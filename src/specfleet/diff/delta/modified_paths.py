"""Paths present on both sides whose path items changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from specfleet.diff.delta.path_diff import PathDiff, get_path_diff

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.path_items_diff import PathItemPair
    from specfleet.diff.delta.state import State


class ModifiedPaths(dict[str, PathDiff]):
    """Base path -> the changes to its path item."""

    def add_path_diff(self, config: Config, state: State, path1: str, path_item_pair: PathItemPair) -> None:
        diff = get_path_diff(config, state, path_item_pair)
        if diff is not None and not diff.empty():
            self[path1] = diff
