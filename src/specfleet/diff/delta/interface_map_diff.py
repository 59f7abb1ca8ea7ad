"""Keys added to, removed from and changed in a map of free-form values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from specfleet.diff.delta.json_diff import compare_json
from specfleet.diff.delta.modified_interfaces import ModifiedInterfaces

InterfaceMap = Mapping[str, Any]


@dataclass(slots=True)
class InterfaceMapDiff:
    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedInterfaces = field(default_factory=ModifiedInterfaces)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified


def new_interface_map_diff() -> InterfaceMapDiff:
    return InterfaceMapDiff()


def get_interface_map_diff(map1: InterfaceMap | None, map2: InterfaceMap | None) -> InterfaceMapDiff | None:
    diff = get_interface_map_diff_internal(map1 or {}, map2 or {})
    return None if diff.empty() else diff


def get_interface_map_diff_internal(map1: InterfaceMap, map2: InterfaceMap) -> InterfaceMapDiff:
    result = InterfaceMapDiff()
    _fill(result, map1, map2)
    return result


def _fill(result: InterfaceMapDiff, map1: InterfaceMap, map2: InterfaceMap) -> None:
    for name1, value1 in map1.items():
        if name1 in map2:
            patch = compare_json(value1, map2[name1])
            if not patch.empty():
                result.modified[name1] = patch
        else:
            result.deleted.append(name1)
    result.added.extend(name2 for name2 in map2 if name2 not in map1)
