"""Counts of added/deleted/modified items per part of the spec (oasdiff's ``--format summary``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(slots=True)
class SummaryDetails:
    """How many items of one kind were added, deleted and modified."""

    added: int = 0
    deleted: int = 0
    modified: int = 0


class DetailWithSummary(Protocol):
    """A diff node that can count its own changes."""

    def get_summary(self) -> SummaryDetails: ...


DetailName = str

PATHS_DETAIL: DetailName = "paths"
WEBHOOKS_DETAIL: DetailName = "webhooks"
SECURITY_DETAIL: DetailName = "security"
SERVERS_DETAIL: DetailName = "servers"
TAGS_DETAIL: DetailName = "tags"
EXTERNAL_DOCS_DETAIL: DetailName = "externalDocs"

SCHEMAS_DETAIL: DetailName = "schemas"
PARAMETERS_DETAIL: DetailName = "parameters"
HEADERS_DETAIL: DetailName = "headers"
REQUEST_BODIES_DETAIL: DetailName = "requestBodies"
RESPONSES_DETAIL: DetailName = "responses"
SECURITY_SCHEMES_DETAIL: DetailName = "securitySchemes"
EXAMPLES_DETAIL: DetailName = "examples"
LINKS_DETAIL: DetailName = "links"
CALLBACKS_DETAIL: DetailName = "callbacks"

ENDPOINTS_DETAIL: DetailName = "endpoints"


@dataclass(slots=True)
class Summary:
    """Whether the specs differ at all, and the counts per part."""

    diff: bool = False
    details: dict[DetailName, SummaryDetails] = field(default_factory=dict)

    def get_summary_details(self, name: DetailName) -> SummaryDetails:
        details = self.details.get(name)
        return SummaryDetails() if details is None else details

    def add(self, detail: DetailWithSummary | None, detail_name: DetailName) -> None:
        if detail is not None:
            self.details[detail_name] = detail.get_summary()


def new_summary() -> Summary:
    return Summary()
