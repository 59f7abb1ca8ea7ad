"""Schemas removed from ``components/schemas``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from specfleet.diff.checks.component_change import ComponentChange

if TYPE_CHECKING:
    from specfleet.diff.checks.change import Change, Source
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff

API_SCHEMAS_REMOVED_ID = "api-schema-removed"
COMPONENT_SCHEMAS = "schemas"


def api_components_schema_removed_check(diff_report: Diff, config: Config) -> list[Change]:
    result: list[Change] = []
    components_diff = diff_report.components_diff
    if components_diff is None or components_diff.schemas_diff is None:
        return result
    schemas_diff = components_diff.schemas_diff

    for deleted_schema in schemas_diff.deleted:
        base_source: Source | None = None
        ref = schemas_diff.base.get(deleted_schema)
        if ref is not None and ref.value is not None:
            base_source = ref.value.pointer
        result.append(
            ComponentChange(
                id=API_SCHEMAS_REMOVED_ID,
                level=config.get_log_level(API_SCHEMAS_REMOVED_ID),
                args=[deleted_schema],
                component=COMPONENT_SCHEMAS,
            ).with_sources(base_source, None)
        )
    return result
