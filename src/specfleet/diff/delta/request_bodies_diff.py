"""Diff of ``components.requestBodies`` (name -> request body)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.request_body_diff import RequestBodyDiff, get_request_body_diff
from specfleet.diff.delta.summary import SummaryDetails

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import RequestBodyRef


class ModifiedRequestBodies(dict[str, RequestBodyDiff]):
    """Request body name -> its changes."""


@dataclass(slots=True)
class RequestBodiesDiff:
    """Request bodies added, deleted and modified (by name)."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedRequestBodies = field(default_factory=ModifiedRequestBodies)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))


def new_request_bodies_diff() -> RequestBodiesDiff:
    return RequestBodiesDiff()


def get_request_bodies_diff(
    config: Config,
    state: State,
    request_bodies1: Mapping[str, RequestBodyRef],
    request_bodies2: Mapping[str, RequestBodyRef],
) -> RequestBodiesDiff | None:
    diff = get_request_bodies_diff_internal(config, state, request_bodies1, request_bodies2)
    if diff.empty():
        return None
    return diff


def get_request_bodies_diff_internal(
    config: Config,
    state: State,
    request_bodies1: Mapping[str, RequestBodyRef],
    request_bodies2: Mapping[str, RequestBodyRef],
) -> RequestBodiesDiff:
    result = new_request_bodies_diff()
    for name1, ref1 in request_bodies1.items():
        ref2 = request_bodies2.get(name1)
        if ref2 is not None:
            diff = get_request_body_diff(config, state, ref1, ref2)
            if diff is not None and not diff.empty():
                result.modified[name1] = diff
        else:
            result.deleted.append(name1)
    for name2 in request_bodies2:
        if name2 not in request_bodies1:
            result.added.append(name2)
    return result
