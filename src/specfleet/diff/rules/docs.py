"""Documentation edits: they change docstrings in the client, nothing else (a patch release).

oasdiff's ``breaking`` and ``changelog`` ignore these; its ``diff`` shows them.  The ids
are ours, in oasdiff's style.
"""

from __future__ import annotations

from collections.abc import Iterator

from specfleet.diff.model import Finding
from specfleet.diff.rules.base import (
    OperationPair,
    ParameterPair,
    SchemaPair,
    operation_rule,
    parameter_rule,
    schema_rule,
)


def _short(text: str | None) -> str:
    if not text:
        return "nothing"
    return repr(text if len(text) <= 60 else text[:57] + "...")


@operation_rule("api-summary-changed", "INFO", "docs", ours=True)
def api_summary_changed(pair: OperationPair) -> Iterator[Finding]:
    """The summary is the first line of the generated function's docstring."""
    if pair.base.summary != pair.revision.summary:
        yield Finding(
            f"summary changed from {_short(pair.base.summary)} to {_short(pair.revision.summary)}",
            revision=(*pair.revision.pointer, "summary"),
        )


@operation_rule("api-description-changed", "INFO", "docs", ours=True)
def api_description_changed(pair: OperationPair) -> Iterator[Finding]:
    """The description is the body of the generated function's docstring."""
    if pair.base.description != pair.revision.description:
        yield Finding("description changed", revision=(*pair.revision.pointer, "description"))


@parameter_rule("request-parameter-description-changed", "INFO", "docs", ours=True)
def request_parameter_description_changed(pair: ParameterPair) -> Iterator[Finding]:
    """Documents a keyword argument in the docstring."""
    if pair.base.description != pair.revision.description:
        yield Finding("description changed", revision=pair.revision.pointer)


@operation_rule("response-description-changed", "INFO", "docs", ours=True)
def response_description_changed(pair: OperationPair) -> Iterator[Finding]:
    """Documents what the function returns."""
    for status, revision in pair.revision.responses.items():
        base = pair.base.responses.get(status)
        if base is not None and base.description != revision.description:
            yield Finding(f"response {status} description changed", revision=revision.pointer)


@schema_rule("request-property-description-changed", "INFO", "docs", "request", ours=True)
def request_property_description_changed(pair: SchemaPair) -> Iterator[Finding]:
    """Documents a model attribute."""
    if pair.base.description != pair.revision.description:
        yield Finding("description changed", revision=pair.revision.pointer)


@schema_rule("response-property-description-changed", "INFO", "docs", "response", ours=True)
def response_property_description_changed(pair: SchemaPair) -> Iterator[Finding]:
    """Documents a model attribute."""
    if pair.base.description != pair.revision.description:
        yield Finding("description changed", revision=pair.revision.pointer)
