"""Diff of an operation's (or a component's) request body."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.content_diff import ContentDiff, get_content_diff
from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff, get_value_diff_conditional

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import RequestBody, RequestBodyRef


@dataclass(slots=True)
class RequestBodyDiff:
    """The body was added or deleted, or these parts of it changed."""

    added: bool = False
    deleted: bool = False
    extensions_diff: ExtensionsDiff | None = None
    description_diff: ValueDiff | None = None
    required_diff: ValueDiff | None = None
    content_diff: ContentDiff | None = None

    def empty(self) -> bool:
        return (
            not self.added
            and not self.deleted
            and self.extensions_diff is None
            and self.description_diff is None
            and self.required_diff is None
            and self.content_diff is None
        )


def new_request_body_diff() -> RequestBodyDiff:
    return RequestBodyDiff()


def get_request_body_diff(
    config: Config,
    state: State,
    request_body_ref1: RequestBodyRef | None,
    request_body_ref2: RequestBodyRef | None,
) -> RequestBodyDiff | None:
    diff = get_request_body_diff_internal(config, state, request_body_ref1, request_body_ref2)
    if diff is None or diff.empty():
        return None
    return diff


def get_request_body_diff_internal(
    config: Config,
    state: State,
    request_body_ref1: RequestBodyRef | None,
    request_body_ref2: RequestBodyRef | None,
) -> RequestBodyDiff | None:
    if request_body_ref1 is None and request_body_ref2 is None:
        return None
    result = new_request_body_diff()
    if request_body_ref1 is None:
        result.added = True
        return result
    if request_body_ref2 is None:
        result.deleted = True
        return result
    request_body1 = deref_request_body(request_body_ref1)
    request_body2 = deref_request_body(request_body_ref2)
    result.extensions_diff = get_extensions_diff(config, request_body1.extensions, request_body2.extensions)
    result.description_diff = get_value_diff_conditional(
        config.is_exclude_description(), request_body1.description, request_body2.description
    )
    result.required_diff = get_value_diff(request_body1.required, request_body2.required)
    result.content_diff = get_content_diff(config, state, request_body1.content, request_body2.content)
    return result


def deref_request_body(ref: RequestBodyRef | None) -> RequestBody:
    if ref is None:
        raise DiffError("request body reference is nil")
    return ref.value
