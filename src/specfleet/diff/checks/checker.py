"""The runner: every configured check over one diff, then the pipeline-level policies and filters."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from specfleet.diff.checks.api_change import ApiChange
from specfleet.diff.checks.change import Change
from specfleet.diff.checks.changes import sort_changes
from specfleet.diff.checks.level import WARN, Level
from specfleet.diff.checks.versioning_policy import apply_versioning_policy

if TYPE_CHECKING:
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff

WEBHOOK_PREFIX = "webhook:"


def check_backward_compatibility(config: Config, diff_report: Diff | None) -> list[Change]:
    """The breaking changes (WARN and ERR)."""
    return check_backward_compatibility_until_level(config, diff_report, WARN)


def check_backward_compatibility_until_level(
    config: Config, diff_report: Diff | None, level: Level, *, sort: bool = True
) -> list[Change]:
    """Every change at ``level`` or above, in report order (``sort=False``: in the order the
    checks found them, for a caller that sorts them its own way).

    Stability policy first (it reports stability changes, then drops operations below the
    threshold), modified webhooks join the paths, the checks run, changes a schema
    transition explains are dropped, the versioning policy judges the rest, then the level
    filter and the sort.  The caller's diff is not modified.
    """
    from specfleet.diff.checks.check_api_stability_level import apply_stability_level_policy
    from specfleet.diff.checks.media_type_walker import reset_walks

    if diff_report is None:
        return []
    diff_report = clone_paths_diff_for_check(diff_report)
    result: list[Change] = []
    if diff_report.paths_diff is not None:
        result = apply_stability_level_policy(config, diff_report, result)
    merge_webhook_operations_into_paths_diff(diff_report)
    # Walks are shared by the checks of this run (and whoever reads the same report right
    # after, like the documentation edits); the next run starts afresh.
    reset_walks()
    for check in config.checks:
        if check is not None:
            result.extend(check(diff_report, config))
    result = [change for change in result if not (isinstance(change, ApiChange) and change.claimed)]
    result = apply_versioning_policy(config, diff_report, result)
    filtered = [change for change in result if config.get_log_level(change.get_id()) >= level]
    if sort:
        sort_changes(filtered)
    return filtered


def clone_paths_diff_for_check(d: Diff) -> Diff:
    """A copy of ``d`` whose paths diff (the part the pipeline edits) is separate from the caller's.

    The stability filter deletes paths and operations and the webhook merge adds paths;
    everything else is shared and only read.
    """
    cloned = copy.copy(d)
    paths_diff = d.paths_diff
    if paths_diff is None:
        return cloned
    cloned.paths_diff = copy.copy(paths_diff)
    cloned.paths_diff.deleted = list(paths_diff.deleted)
    modified = copy.copy(paths_diff.modified)
    modified.clear()
    for path, path_diff in paths_diff.modified.items():
        element = copy.copy(path_diff)
        operations_diff = path_diff.operations_diff
        if operations_diff is not None:
            element.operations_diff = copy.copy(operations_diff)
            element.operations_diff.deleted = list(operations_diff.deleted)
            element.operations_diff.modified = copy.copy(operations_diff.modified)
        modified[path] = element
    cloned.paths_diff.modified = modified
    return cloned


def merge_webhook_operations_into_paths_diff(diff_report: Diff) -> None:
    """Expose modified webhooks as paths named ``webhook:<name>`` so the path checks cover them.

    Added and deleted webhooks are left to the webhook check: a paths diff names added and
    deleted paths but looks them up in the paths objects, which hold no webhooks.
    """
    from specfleet.diff.delta.modified_paths import ModifiedPaths
    from specfleet.diff.delta.paths_diff import PathsDiff

    webhooks_diff = diff_report.webhooks_diff
    if webhooks_diff is None or not webhooks_diff.modified:
        return
    if diff_report.paths_diff is None:
        diff_report.paths_diff = PathsDiff(modified=ModifiedPaths())
    for name, path_diff in webhooks_diff.modified.items():
        diff_report.paths_diff.modified[WEBHOOK_PREFIX + name] = path_diff
