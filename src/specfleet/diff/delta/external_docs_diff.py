"""Changes to an ``externalDocs`` object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff, get_value_diff_conditional

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import ExternalDocs


@dataclass(slots=True)
class ExternalDocsDiff:
    added: bool = False
    deleted: bool = False
    extensions_diff: ExtensionsDiff | None = None
    description_diff: ValueDiff | None = None
    url_diff: ValueDiff | None = None

    def empty(self) -> bool:
        return not (
            self.added
            or self.deleted
            or self.extensions_diff is not None
            or self.description_diff is not None
            or self.url_diff is not None
        )


def new_external_docs_diff() -> ExternalDocsDiff:
    return ExternalDocsDiff()


def get_external_docs_diff(
    config: Config, docs1: ExternalDocs | None, docs2: ExternalDocs | None
) -> ExternalDocsDiff | None:
    diff = get_external_docs_diff_internal(config, docs1, docs2)
    return None if diff.empty() else diff


def get_external_docs_diff_internal(
    config: Config, docs1: ExternalDocs | None, docs2: ExternalDocs | None
) -> ExternalDocsDiff:
    result = ExternalDocsDiff()
    if docs1 is None and docs2 is None:
        return result
    if docs1 is None:
        result.added = True
        return result
    if docs2 is None:
        result.deleted = True
        return result
    result.extensions_diff = get_extensions_diff(config, docs1.extensions, docs2.extensions)
    result.description_diff = get_value_diff_conditional(
        config.is_exclude_description(), docs1.description, docs2.description
    )
    result.url_diff = get_value_diff(docs1.url, docs2.url)
    return result
