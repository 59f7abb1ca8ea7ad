"""Review an API change: which rules a spec change breaks, and the semver bump it needs.

``compare(base, revision)`` is the pure entry point (the release step calls it);
``specfleet diff`` (:mod:`specfleet.commands.diff`) adds git, ignore files and reports.

The names below are imported on first use: ``specfleet diff`` starts its Python API
readers before it imports the rule engine, so they do not wait for it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specfleet.diff.engine import DiffResult, compare
    from specfleet.diff.model import Change
    from specfleet.diff.report import changelog_entry
    from specfleet.diff.semver import next_version

__all__ = ["Change", "DiffResult", "changelog_entry", "compare", "next_version"]

_HOMES = {
    "Change": "specfleet.diff.model",
    "DiffResult": "specfleet.diff.engine",
    "changelog_entry": "specfleet.diff.report",
    "compare": "specfleet.diff.engine",
    "next_version": "specfleet.diff.semver",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'specfleet.diff' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
