"""Values added to and removed from an ``enum``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from specfleet.diff.delta.value_diff import deep_equal, json_key

EnumValues = list[Any]


@dataclass(slots=True)
class EnumDiff:
    enum_added: bool = False
    enum_deleted: bool = False
    added: EnumValues = field(default_factory=list)
    deleted: EnumValues = field(default_factory=list)

    def empty(self) -> bool:
        return not self.added and not self.deleted


def new_enum_diff() -> EnumDiff:
    return EnumDiff()


def get_enum_diff(enum1: Sequence[Any] | None, enum2: Sequence[Any] | None) -> EnumDiff | None:
    """``None`` stands for no ``enum`` at all (Go's nil slice), ``[]`` for an empty one."""
    diff = get_enum_diff_internal(enum1, enum2)
    return None if diff.empty() else diff


def get_enum_diff_internal(enum1: Sequence[Any] | None, enum2: Sequence[Any] | None) -> EnumDiff:
    diff = EnumDiff()
    if enum1 is None and enum2 is not None:
        diff.enum_added = True
    if enum1 is not None and enum2 is None:
        diff.enum_deleted = True
    keys1 = {json_key(value) for value in enum1 or ()}
    keys2 = {json_key(value) for value in enum2 or ()}
    diff.deleted = [value for value in enum1 or () if json_key(value) not in keys2]
    diff.added = [value for value in enum2 or () if json_key(value) not in keys1]
    return diff


def find_value(value: Any, enum: Sequence[Any]) -> bool:
    return any(deep_equal(value, other) for other in enum)
