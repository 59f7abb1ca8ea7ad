"""Diff of a map of named links (responses, components)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.link_diff import LinkDiff, get_link_diff
from specfleet.diff.delta.summary import SummaryDetails

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import Link, LinkRef


class ModifiedLinks(dict[str, LinkDiff]):
    """Link name -> its changes."""


@dataclass(slots=True)
class LinksDiff:
    """Links added, deleted and modified (by name)."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedLinks = field(default_factory=ModifiedLinks)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))


def new_links_diff() -> LinksDiff:
    return LinksDiff()


def get_links_diff(
    config: Config, links1: Mapping[str, LinkRef], links2: Mapping[str, LinkRef]
) -> LinksDiff | None:
    diff = get_links_diffs_internal(config, links1, links2)
    if diff.empty():
        return None
    return diff


def get_links_diffs_internal(
    config: Config, links1: Mapping[str, LinkRef], links2: Mapping[str, LinkRef]
) -> LinksDiff:
    result = new_links_diff()
    for name1, ref1 in links1.items():
        ref2 = links2.get(name1)
        if ref2 is not None:
            diff = get_link_diff(config, deref_link(ref1), deref_link(ref2))
            if diff is not None and not diff.empty():
                result.modified[name1] = diff
        else:
            result.deleted.append(name1)
    for name2 in links2:
        if name2 not in links1:
            result.added.append(name2)
    return result


def deref_link(ref: LinkRef | None) -> Link:
    if ref is None:
        raise DiffError("link reference is nil")
    return ref.value
