"""Tags added to or removed from an operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from specfleet.diff.checks.api_change import new_api_change
from specfleet.diff.checks.source import operation_field_sources, sequence_item_source

if TYPE_CHECKING:
    from specfleet.diff.checks.change import Change
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff

API_TAG_REMOVED_ID = "api-tag-removed"
API_TAG_ADDED_ID = "api-tag-added"


def api_tag_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result

    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            tags_diff = operation_item.tags_diff
            if tags_diff is None:
                continue

            base_op = operation_item.base
            revision_op = operation_item.revision
            if base_op is None:
                continue
            field_base, field_revision = operation_field_sources(operation_item, "tags")

            for tag in tags_diff.deleted:
                result.append(
                    new_api_change(
                        API_TAG_REMOVED_ID, config, [tag], "", base_op, operation, path
                    ).with_sources(sequence_item_source(base_op, "tags", tag, field_base), None)
                )
            for tag in tags_diff.added:
                result.append(
                    new_api_change(
                        API_TAG_ADDED_ID, config, [tag], "", base_op, operation, path
                    ).with_sources(None, sequence_item_source(revision_op, "tags", tag, field_revision))
                )
    return result
