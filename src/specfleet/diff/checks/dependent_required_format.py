"""Describe how a ``dependentRequired`` entry's list of names changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from specfleet.diff.delta.string_list_diff import StringsDiff


def format_dependent_required_modification(strings_diff: StringsDiff) -> str:
    """ "a, b added, c removed" (either part omitted when empty)."""
    parts: list[str] = []
    if strings_diff.added:
        parts.append(", ".join(strings_diff.added) + " added")
    if strings_diff.deleted:
        parts.append(", ".join(strings_diff.deleted) + " removed")
    return ", ".join(parts)
