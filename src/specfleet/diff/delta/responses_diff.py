"""Diff of an operation's responses (status -> response) or of ``components.responses``.

Schemas below responses are compared in the response direction (the diff cache keeps the two
directions apart, since the same schema pair can mean different things in a request).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.response_diff import ResponseDiff, diff_response_values
from specfleet.diff.delta.state import Direction
from specfleet.diff.delta.summary import SummaryDetails

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import Response, ResponseRef


class ResponsesLike(Protocol):
    """What the diff reads of kin's ``Responses``: an operation's, or components' responses by name."""

    def map(self) -> Mapping[str, ResponseRef]: ...

    def value(self, key: str) -> ResponseRef | None: ...


class ResponseBodies:
    """A name -> response map seen as ``Responses`` (kin's ``responseBodiesToResponses``)."""

    __slots__ = ("_responses",)

    def __init__(self, responses: Mapping[str, ResponseRef]) -> None:
        self._responses = dict(responses)

    def map(self) -> dict[str, ResponseRef]:
        return dict(self._responses)

    def value(self, key: str) -> ResponseRef | None:
        return self._responses.get(key)

    def len(self) -> int:
        return len(self._responses)


class ModifiedResponses(dict[str, ResponseDiff]):
    """Status (or component name) -> its changes."""


@dataclass(slots=True)
class ResponsesDiff:
    """Responses added, deleted and modified (by status as written, or by component name)."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedResponses = field(default_factory=ModifiedResponses)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))


def new_responses_diff() -> ResponsesDiff:
    return ResponsesDiff()


def get_responses_diff(
    config: Config, state: State, responses1: ResponsesLike | None, responses2: ResponsesLike | None
) -> ResponsesDiff | None:
    previous = state.direction
    state.set_direction(Direction.RESPONSE)
    try:
        diff = get_responses_diff_internal(config, state, responses1, responses2)
    finally:
        state.set_direction(previous)
    if diff.empty():
        return None
    return diff


def _map(responses: ResponsesLike | None) -> Mapping[str, ResponseRef]:
    return {} if responses is None else responses.map()


def _value(responses: ResponsesLike | None, key: str) -> ResponseRef | None:
    return None if responses is None else responses.value(key)


def get_responses_diff_internal(
    config: Config, state: State, responses1: ResponsesLike | None, responses2: ResponsesLike | None
) -> ResponsesDiff:
    result = new_responses_diff()
    for status1, response_ref1 in _map(responses1).items():
        response_ref2 = _value(responses2, status1)
        if response_ref2 is not None:
            value1 = deref_response(response_ref1)
            value2 = deref_response(response_ref2)
            diff = diff_response_values(config, state, value1, value2)
            if diff is not None and not diff.empty():
                result.modified[status1] = diff
        else:
            result.deleted.append(status1)
    for status2 in _map(responses2):
        if _value(responses1, status2) is None:
            result.added.append(status2)
    return result


def deref_response(ref: ResponseRef | None) -> Response:
    if ref is None:
        raise DiffError("response reference is nil")
    return ref.value


def response_bodies_to_responses(response_bodies: Mapping[str, ResponseRef]) -> ResponseBodies:
    """Components' named responses in the shape ``get_responses_diff`` reads."""
    return ResponseBodies(response_bodies)
