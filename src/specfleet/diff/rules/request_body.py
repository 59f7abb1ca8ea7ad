"""The request body: whether there is one, whether it is required, its media types."""

from __future__ import annotations

from collections.abc import Iterator

from specfleet.diff.model import Finding
from specfleet.diff.rules.base import OperationPair, operation_rule


@operation_rule("request-body-added-required", "ERR", "added")
def request_body_added_required(pair: OperationPair) -> Iterator[Finding]:
    """Existing calls send no body, so the server refuses them."""
    body = pair.revision.request_body
    if pair.base.request_body is None and body is not None and body.required:
        yield Finding("a required request body was added", revision=body.pointer)


@operation_rule("request-body-added-optional", "INFO", "added")
def request_body_added_optional(pair: OperationPair) -> Iterator[Finding]:
    """A new optional body argument: existing calls keep working."""
    body = pair.revision.request_body
    if pair.base.request_body is None and body is not None and not body.required:
        yield Finding("an optional request body was added", revision=body.pointer)


@operation_rule("request-body-removed", "ERR", "removed")
def request_body_removed(pair: OperationPair) -> Iterator[Finding]:
    """The body argument leaves the generated signature."""
    if pair.base.request_body is not None and pair.revision.request_body is None:
        yield Finding(
            "the request body was removed",
            revision=pair.revision.pointer,
            base=pair.base.request_body.pointer,
        )


@operation_rule("request-body-became-required", "ERR", "changed")
def request_body_became_required(pair: OperationPair) -> Iterator[Finding]:
    """Calls without a body are now refused."""
    base, revision = pair.base.request_body, pair.revision.request_body
    if base is not None and revision is not None and revision.required and not base.required:
        yield Finding("the request body became required", revision=(*revision.pointer, "required"))


@operation_rule("request-body-became-optional", "INFO", "changed")
def request_body_became_optional(pair: OperationPair) -> Iterator[Finding]:
    """Calls may now leave the body out."""
    base, revision = pair.base.request_body, pair.revision.request_body
    if base is not None and revision is not None and base.required and not revision.required:
        yield Finding("the request body became optional", revision=(*revision.pointer, "required"))


@operation_rule("request-body-media-type-added", "INFO", "added")
def request_body_media_type_added(pair: OperationPair) -> Iterator[Finding]:
    """One more way to send the body."""
    base, revision = pair.base.request_body, pair.revision.request_body
    if base is not None and revision is not None:
        for name, media in revision.content.items():
            if name not in base.content:
                yield Finding(f"the request body may now be sent as {name}", revision=media.pointer)


@operation_rule("request-body-media-type-removed", "ERR", "removed")
def request_body_media_type_removed(pair: OperationPair) -> Iterator[Finding]:
    """Calls sending the body in that media type are refused."""
    base, revision = pair.base.request_body, pair.revision.request_body
    if base is not None and revision is not None:
        for name, media in base.content.items():
            if name not in revision.content:
                yield Finding(
                    f"the request body can no longer be sent as {name}",
                    revision=revision.pointer,
                    base=media.pointer,
                )
