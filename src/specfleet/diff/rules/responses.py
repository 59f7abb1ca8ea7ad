"""Responses: which statuses an operation answers with, and in which media types."""

from __future__ import annotations

from collections.abc import Iterator

from specfleet.diff.model import Finding
from specfleet.diff.operations import Response
from specfleet.diff.rules.base import OperationPair, operation_rule


def _statuses(pair: OperationPair, *, added: bool, success: bool) -> Iterator[Response]:
    have, other = (pair.revision, pair.base) if added else (pair.base, pair.revision)
    for status, response in have.responses.items():
        if status not in other.responses and response.success == success:
            yield response


@operation_rule("response-success-status-removed", "ERR", "removed")
def response_success_status_removed(pair: OperationPair) -> Iterator[Finding]:
    """The generated client parses the success responses it knows; a removed one breaks it."""
    for response in _statuses(pair, added=False, success=True):
        yield Finding(
            f"the success response {response.status} was removed",
            revision=(*pair.revision.pointer, "responses"),
            base=response.pointer,
        )


@operation_rule("response-success-status-added", "INFO", "added")
def response_success_status_added(pair: OperationPair) -> Iterator[Finding]:
    """A new success response: the client learns to parse one more."""
    for response in _statuses(pair, added=True, success=True):
        yield Finding(f"the success response {response.status} was added", revision=response.pointer)


@operation_rule("response-non-success-status-removed", "INFO", "removed")
def response_non_success_status_removed(pair: OperationPair) -> Iterator[Finding]:
    """An error response no longer documented."""
    for response in _statuses(pair, added=False, success=False):
        yield Finding(
            f"the non-success response {response.status} was removed",
            revision=(*pair.revision.pointer, "responses"),
            base=response.pointer,
        )


@operation_rule("response-non-success-status-added", "INFO", "added")
def response_non_success_status_added(pair: OperationPair) -> Iterator[Finding]:
    """A newly documented error response."""
    for response in _statuses(pair, added=True, success=False):
        yield Finding(f"the non-success response {response.status} was added", revision=response.pointer)


def _common(pair: OperationPair) -> Iterator[tuple[Response, Response]]:
    for status, revision in pair.revision.responses.items():
        base = pair.base.responses.get(status)
        if base is not None:
            yield base, revision


@operation_rule("response-media-type-removed", "ERR", "removed")
def response_media_type_removed(pair: OperationPair) -> Iterator[Finding]:
    """Clients asking for (or parsing) that media type get nothing they understand."""
    for base, revision in _common(pair):
        for name, media in base.content.items():
            if name not in revision.content:
                yield Finding(
                    f"response {base.status} no longer offers {name}",
                    revision=revision.pointer,
                    base=media.pointer,
                )


@operation_rule("response-media-type-added", "INFO", "added")
def response_media_type_added(pair: OperationPair) -> Iterator[Finding]:
    """One more representation on offer."""
    for base, revision in _common(pair):
        for name, media in revision.content.items():
            if name not in base.content:
                yield Finding(f"response {base.status} now also offers {name}", revision=media.pointer)
