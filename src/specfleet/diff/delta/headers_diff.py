"""Diff of a map of named headers (responses, encodings, components)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.header_diff import HeaderDiff, get_header_diff
from specfleet.diff.delta.summary import SummaryDetails

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import Header, HeaderRef


class ModifiedHeaders(dict[str, HeaderDiff]):
    """Header name -> its changes."""


@dataclass(slots=True)
class HeadersDiff:
    """Headers added, deleted and modified (by name)."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedHeaders = field(default_factory=ModifiedHeaders)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))


def new_headers_diff() -> HeadersDiff:
    return HeadersDiff()


def get_headers_diff(
    config: Config, state: State, headers1: Mapping[str, HeaderRef], headers2: Mapping[str, HeaderRef]
) -> HeadersDiff | None:
    diff = get_headers_diff_internal(config, state, headers1, headers2)
    if diff.empty():
        return None
    return diff


def get_headers_diff_internal(
    config: Config, state: State, headers1: Mapping[str, HeaderRef], headers2: Mapping[str, HeaderRef]
) -> HeadersDiff:
    result = new_headers_diff()
    for name1, header_ref1 in headers1.items():
        header_ref2 = headers2.get(name1)
        if header_ref2 is not None:
            diff = get_header_diff(config, state, deref_header(header_ref1), deref_header(header_ref2))
            if diff is not None and not diff.empty():
                result.modified[name1] = diff
        else:
            result.deleted.append(name1)
    for name2 in headers2:
        if name2 not in headers1:
            result.added.append(name2)
    return result


def deref_header(ref: HeaderRef | None) -> Header:
    if ref is None:
        raise DiffError("header reference is nil")
    return ref.value
