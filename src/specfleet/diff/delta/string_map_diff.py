"""Keys added to, removed from and changed in a string -> string map."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff


class ModifiedKeys(dict[str, ValueDiff]):
    """Key -> how its value changed."""


@dataclass(slots=True)
class StringMapDiff:
    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedKeys = field(default_factory=ModifiedKeys)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified


def new_string_map_diff_diff() -> StringMapDiff:
    return StringMapDiff()


def get_string_map_diff(
    strings1: Mapping[str, str] | None, strings2: Mapping[str, str] | None
) -> StringMapDiff | None:
    diff = get_string_map_diff_internal(strings1 or {}, strings2 or {})
    return None if diff.empty() else diff


def get_string_map_diff_internal(strings1: Mapping[str, str], strings2: Mapping[str, str]) -> StringMapDiff:
    result = StringMapDiff()
    for key1, value1 in strings1.items():
        if key1 in strings2:
            value2 = strings2[key1]
            if value1 != value2:
                changed = get_value_diff(value1, value2)
                if changed is not None:
                    result.modified[key1] = changed
        else:
            result.deleted.append(key1)
    result.added.extend(key2 for key2 in strings2 if key2 not in strings1)
    return result
