"""Webhooks added or removed (changes inside a kept webhook go through the path checks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from specfleet.diff.checks.component_change import ComponentChange

if TYPE_CHECKING:
    from specfleet.diff.checks.change import Change, Source
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff

WEBHOOK_ADDED_ID = "webhook-added"
WEBHOOK_REMOVED_ID = "webhook-removed"
COMPONENT_WEBHOOKS = "webhooks"


def webhook_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    result: list[Change] = []
    webhooks_diff = diff_report.webhooks_diff
    if webhooks_diff is None:
        return result

    for added_webhook in webhooks_diff.added:
        revision_source: Source | None = None
        path_item = webhooks_diff.revision.get(added_webhook)
        if path_item is not None:
            revision_source = path_item.pointer
        result.append(
            ComponentChange(
                id=WEBHOOK_ADDED_ID,
                level=config.get_log_level(WEBHOOK_ADDED_ID),
                args=[added_webhook],
                component=COMPONENT_WEBHOOKS,
            ).with_sources(None, revision_source)
        )

    for deleted_webhook in webhooks_diff.deleted:
        base_source: Source | None = None
        path_item = webhooks_diff.base.get(deleted_webhook)
        if path_item is not None:
            base_source = path_item.pointer
        result.append(
            ComponentChange(
                id=WEBHOOK_REMOVED_ID,
                level=config.get_log_level(WEBHOOK_REMOVED_ID),
                args=[deleted_webhook],
                component=COMPONENT_WEBHOOKS,
            ).with_sources(base_source, None)
        )
    return result
