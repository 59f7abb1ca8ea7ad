"""Diff of a ``content`` map (media type name -> media type object).

Media types present on both sides are compared directly; a deleted and an added name that refine
one another (``application/json`` -> ``application/problem+json``) are then paired as a rename.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.media_type_diff import MediaTypeDiff, get_media_type_diff
from specfleet.diff.delta.media_type_name import is_media_type_name_contained

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import MediaType


class ModifiedMediaTypes(dict[str, MediaTypeDiff]):
    """Media type name (the revision's, for a paired rename) -> its changes."""


@dataclass(slots=True)
class ContentDiff:
    """Media types added, deleted and modified."""

    media_type_added: list[str] = field(default_factory=list)
    media_type_deleted: list[str] = field(default_factory=list)
    media_type_modified: ModifiedMediaTypes = field(default_factory=ModifiedMediaTypes)

    def empty(self) -> bool:
        return not self.media_type_added and not self.media_type_deleted and not self.media_type_modified


def new_content_diff() -> ContentDiff:
    return ContentDiff()


def get_content_diff(
    config: Config, state: State, content1: Mapping[str, MediaType], content2: Mapping[str, MediaType]
) -> ContentDiff | None:
    diff = get_content_diff_internal(config, state, content1, content2)
    if diff.empty():
        return None
    return diff


def get_content_diff_internal(
    config: Config, state: State, content1: Mapping[str, MediaType], content2: Mapping[str, MediaType]
) -> ContentDiff:
    initial = new_content_diff()
    for name1, media1 in content1.items():
        media2 = content2.get(name1)
        if media2 is not None:
            diff = get_media_type_diff(config, state, name1, name1, media1, media2)
            if diff is not None and not diff.empty():
                initial.media_type_modified[name1] = diff
        else:
            initial.media_type_deleted.append(name1)
    for name2 in content2:
        if name2 not in content1:
            initial.media_type_added.append(name2)

    processed_deleted: set[str] = set()
    final_added: list[str] = []
    final_modified = initial.media_type_modified
    for added_name in initial.media_type_added:
        found_equivalent = False
        for deleted_name in initial.media_type_deleted:
            if deleted_name in processed_deleted:
                continue
            if is_media_type_names_equivalent(added_name, deleted_name):
                diff = get_media_type_diff(
                    config, state, deleted_name, added_name, content1[deleted_name], content2[added_name]
                )
                if diff is not None:  # never None: the names differ, so the name diff is set
                    final_modified[added_name] = diff
                processed_deleted.add(deleted_name)
                found_equivalent = True
                break
        if not found_equivalent:
            final_added.append(added_name)

    final_deleted = [name for name in initial.media_type_deleted if name not in processed_deleted]
    return ContentDiff(
        media_type_added=final_added,
        media_type_deleted=final_deleted,
        media_type_modified=final_modified,
    )


def is_media_type_names_equivalent(name1: str, name2: str) -> bool:
    """Whether either name refines the other."""
    return is_media_type_name_contained(name1, name2) or is_media_type_name_contained(name2, name1)
