"""Diff of one tag object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff, get_value_diff_conditional

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import Tag


@dataclass(slots=True)
class TagDiff:
    """Changes between two tags with the same name."""

    name_diff: ValueDiff | None = None
    description_diff: ValueDiff | None = None

    def empty(self) -> bool:
        return self.name_diff is None and self.description_diff is None


def get_tag_diff(config: Config, tag1: Tag, tag2: Tag) -> TagDiff | None:
    diff = get_tag_diff_internal(config, tag1, tag2)
    if diff.empty():
        return None
    return diff


def get_tag_diff_internal(config: Config, tag1: Tag, tag2: Tag) -> TagDiff:
    return TagDiff(
        name_diff=get_value_diff(tag1.name, tag2.name),
        description_diff=get_value_diff_conditional(
            config.is_exclude_description(), tag1.description, tag2.description
        ),
    )
