"""Strings added to and removed from a list, order ignored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(slots=True)
class StringsDiff:
    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        return not self.added and not self.deleted

    def reverse(self) -> StringsDiff:
        """The same change seen from the other side."""
        return StringsDiff(added=self.deleted, deleted=self.added)


def new_strings_diff() -> StringsDiff:
    return StringsDiff()


def _minus(strings1: Iterable[str], strings2: Iterable[str]) -> list[str]:
    other = set(strings2)
    return list(dict.fromkeys(s for s in strings1 if s not in other))


def get_strings_diff(strings1: Iterable[str] | None, strings2: Iterable[str] | None) -> StringsDiff | None:
    if not strings1 and not strings2:
        return None
    diff = get_strings_diff_internal(strings1, strings2)
    return None if diff.empty() else diff


def get_strings_diff_internal(strings1: Iterable[str] | None, strings2: Iterable[str] | None) -> StringsDiff:
    list1 = list(strings1 or ())
    list2 = list(strings2 or ())
    return StringsDiff(added=_minus(list2, list1), deleted=_minus(list1, list2))
