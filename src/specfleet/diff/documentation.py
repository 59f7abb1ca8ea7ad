"""Documentation edits: summaries and descriptions that changed, nothing a caller can trip on.

oasdiff's checker has no rule for these (its ``diff`` command shows them); a release still
wants them in its changelog, and a spec change that only edits prose needs a patch release,
not none.  They read the same structural diff the rules read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
    walk_modified_response_schemas,
)
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.value_diff import ValueDiff
from specfleet.load import Pointer

#: our documentation rule ids, each with what it is about
DOCUMENTATION_RULES: dict[str, str] = {
    "api-summary-changed": "an operation's summary changed",
    "api-description-changed": "an operation's description changed",
    "request-parameter-description-changed": "a parameter's description changed",
    "response-description-changed": "a response's description changed",
    "request-property-description-changed": "a request body property's description changed",
    "response-property-description-changed": "a response body property's description changed",
}


@dataclass(frozen=True)
class DocumentationEdit:
    id: str
    method: str
    path: str
    operation_id: str
    message: str
    pointer: Pointer | None


def _short(value: object) -> str:
    text = " ".join(str(value or "").split())
    return f"'{text[:57]}...'" if len(text) > 60 else f"'{text}'"


def _changed(diff: ValueDiff | None) -> bool:
    return diff is not None and diff.from_ != diff.to


def documentation_edits(report: Diff, config: Config) -> Iterator[DocumentationEdit]:
    """Every summary and description edit of an operation present on both sides."""
    if report.paths_diff is None:
        return
    for path, path_diff in report.paths_diff.modified.items():
        if path_diff.operations_diff is None:
            continue
        for method, operation in path_diff.operations_diff.modified.items():
            revision = operation.revision
            operation_id = (revision.operation_id or "") if revision is not None else ""
            where = revision.pointer if revision is not None else None

            def edit(rule: str, message: str, pointer: Pointer | None = where) -> DocumentationEdit:
                return DocumentationEdit(rule, method, path, operation_id, message, pointer)  # noqa: B023

            if _changed(operation.summary_diff):
                assert operation.summary_diff is not None
                yield edit("api-summary-changed", f"summary changed to {_short(operation.summary_diff.to)}")
            if _changed(operation.description_diff):
                yield edit("api-description-changed", "description changed")
            parameters = operation.parameters_diff
            if parameters is not None:
                for location, modified in parameters.modified.items():
                    for name, parameter in modified.items():
                        if _changed(parameter.description_diff):
                            yield edit(
                                "request-parameter-description-changed",
                                f"{location} parameter '{name}' description changed",
                            )
            if operation.responses_diff is not None:
                for status, response in operation.responses_diff.modified.items():
                    if _changed(response.description_diff):
                        yield edit("response-description-changed", f"response {status} description changed")
    found: list[DocumentationEdit] = []
    for walk, rule in (
        (walk_modified_request_body_schemas, "request-property-description-changed"),
        (walk_modified_response_schemas, "response-property-description-changed"),
    ):

        def body(info: MediaTypeInfo, rule: str = rule) -> None:
            def prop(p: PropertyInfo) -> None:
                if _changed(p.property_diff.description_diff):
                    revision = p.property_diff.revision
                    operation = info.operation_item.revision
                    where = f"response {info.response_status} " if info.response_status else "request body "
                    name = f"{p.property_path}/{p.property_name}" if p.property_path else p.property_name
                    found.append(
                        DocumentationEdit(
                            rule,
                            info.method,
                            info.path,
                            (operation.operation_id or "") if operation is not None else "",
                            f"{where}property '{name}' description changed",
                            getattr(revision, "pointer", None),
                        )
                    )

            info.walk_properties(prop)

        walk(report, config, body)
    yield from found
