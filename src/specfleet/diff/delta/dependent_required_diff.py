"""Changes to ``dependentRequired``: property -> the properties its presence makes required."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from specfleet.diff.delta.string_list_diff import StringsDiff, get_strings_diff


@dataclass(slots=True)
class DependentRequiredDiff:
    added: dict[str, list[str]] = field(default_factory=dict)
    deleted: dict[str, list[str]] = field(default_factory=dict)
    modified: dict[str, StringsDiff] = field(default_factory=dict)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified


def get_dependent_required_diff(
    dr1: Mapping[str, list[str]] | None, dr2: Mapping[str, list[str]] | None
) -> DependentRequiredDiff | None:
    dr1 = dr1 or {}
    dr2 = dr2 or {}
    if not dr1 and not dr2:
        return None
    result = DependentRequiredDiff()
    for key, values2 in dr2.items():
        if key not in dr1:
            result.added[key] = values2
            continue
        strings_diff = get_strings_diff(dr1[key], values2)
        if strings_diff is not None:
            result.modified[key] = strings_diff
    for key, values1 in dr1.items():
        if key not in dr2:
            result.deleted[key] = values1
    return None if result.empty() else result
