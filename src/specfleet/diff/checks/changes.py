"""Operations on a list of changes: level counts and oasdiff's report order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import interface_to_string
from specfleet.diff.checks.level import Level

Changes = list[Change]


def has_level_or_higher(changes: Sequence[Change], level: Level) -> bool:
    """Whether any change reaches ``level``."""
    return any(change.get_level() >= level for change in changes)


def get_level_count(changes: Sequence[Change]) -> dict[Level, int]:
    """How many changes there are of each level."""
    counts: dict[Level, int] = {}
    for change in changes:
        counts[change.get_level()] = counts.get(change.get_level(), 0) + 1
    return counts


def _cmp(a: Any, b: Any) -> int:
    return int(a > b) - int(a < b)


def compare_changes(a: Change, b: Change) -> int:
    """Most severe first, then by path, method, rule id and message arguments."""
    if c := -_cmp(a.get_level(), b.get_level()):
        return c
    if c := _cmp(a.get_path(), b.get_path()):
        return c
    if c := _cmp(a.get_operation(), b.get_operation()):
        return c
    if c := _cmp(a.get_id(), b.get_id()):
        return c
    a_args, b_args = a.get_args(), b.get_args()
    if c := _cmp(len(a_args), len(b_args)):
        return c
    for a_arg, b_arg in zip(a_args, b_args, strict=True):
        if c := _cmp(interface_to_string(a_arg), interface_to_string(b_arg)):
            return c
    return 0


def _order(change: Change) -> tuple[Any, ...]:
    """compare_changes as a sort key: severity (descending), path, method, id, arguments."""
    args = change.get_args()
    return (
        -int(change.get_level()),
        change.get_path(),
        change.get_operation(),
        change.get_id(),
        len(args),
        tuple(interface_to_string(arg) for arg in args),
    )


def sort_changes(changes: list[Change]) -> None:
    """Sort in place in the report order (stable, like oasdiff's).

    Keyed, not compared pairwise: a big diff sorts a hundred thousand changes.
    """
    changes.sort(key=_order)
