"""Diff of the top-level tags list, matched by tag name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.summary import SummaryDetails
from specfleet.diff.delta.tag_diff import TagDiff, get_tag_diff

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import Tag


class ModifiedTags(dict[str, TagDiff]):
    """Tag name -> its changes."""


@dataclass(slots=True)
class TagsDiff:
    """Tags added, deleted and modified."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedTags = field(default_factory=ModifiedTags)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))


def new_tags_diff() -> TagsDiff:
    return TagsDiff()


def _get_tag(tags: Sequence[Tag] | None, name: str) -> Tag | None:
    """The first tag with ``name`` (kin's ``Tags.Get``)."""
    for tag in tags or ():
        if tag.name == name:
            return tag
    return None


def get_tags_diff(
    config: Config, tags1: Sequence[Tag] | None, tags2: Sequence[Tag] | None
) -> TagsDiff | None:
    diff = get_tags_diff_internal(config, tags1, tags2)
    if diff.empty():
        return None
    return diff


def get_tags_diff_internal(
    config: Config, tags1: Sequence[Tag] | None, tags2: Sequence[Tag] | None
) -> TagsDiff:
    result = new_tags_diff()
    for tag1 in tags1 or ():
        tag2 = _get_tag(tags2, tag1.name)
        if tag2 is not None:
            diff = get_tag_diff(config, tag1, tag2)
            if diff is not None:
                result.modified[tag1.name] = diff
        else:
            result.deleted.append(tag1.name)
    for tag2 in tags2 or ():
        if _get_tag(tags1, tag2.name) is None:
            result.added.append(tag2.name)
    return result
