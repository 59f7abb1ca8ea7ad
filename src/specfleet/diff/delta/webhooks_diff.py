"""Diff of the top-level webhooks (OpenAPI 3.1), matched by name; each webhook is a path item."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.path_diff import PathDiff, get_path_diff
from specfleet.diff.delta.path_items_diff import PathItemPair
from specfleet.diff.delta.path_params_map import PathParamsMap
from specfleet.diff.delta.summary import SummaryDetails

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import PathItem


class ModifiedWebhooks(dict[str, PathDiff]):
    """Webhook name -> the changes to its path item."""


@dataclass(slots=True)
class WebhooksDiff:
    """Webhooks added, deleted and modified; ``base``/``revision`` are the two webhook maps."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedWebhooks = field(default_factory=ModifiedWebhooks)
    base: Mapping[str, PathItem] = field(default_factory=dict)
    revision: Mapping[str, PathItem] = field(default_factory=dict)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))


def new_webhooks_diff() -> WebhooksDiff:
    return WebhooksDiff()


def get_webhooks_diff(
    config: Config,
    state: State,
    webhooks1: Mapping[str, PathItem] | None,
    webhooks2: Mapping[str, PathItem] | None,
) -> WebhooksDiff | None:
    if not webhooks1 and not webhooks2:
        return None
    diff = get_webhooks_diff_internal(config, state, webhooks1 or {}, webhooks2 or {})
    if diff.empty():
        return None
    return diff


def get_webhooks_diff_internal(
    config: Config, state: State, webhooks1: Mapping[str, PathItem], webhooks2: Mapping[str, PathItem]
) -> WebhooksDiff:
    result = new_webhooks_diff()
    for name in webhooks1:
        if name not in webhooks2:
            result.deleted.append(name)
    for name in webhooks2:
        if name not in webhooks1:
            result.added.append(name)
    for name, path_item1 in webhooks1.items():
        if name in webhooks2:
            # Webhooks have no path template, so there are no path params to rename.
            pair = PathItemPair(path_item1, webhooks2[name], PathParamsMap())
            path_diff = get_path_diff(config, state, pair)
            if path_diff is not None and not path_diff.empty():
                result.modified[name] = path_diff
    result.base = webhooks1
    result.revision = webhooks2
    return result
