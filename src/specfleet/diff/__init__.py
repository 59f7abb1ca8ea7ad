"""Review an API change: which rules a spec change breaks, and the semver bump it needs.

``compare(base, revision)`` is the pure entry point (the release step calls it);
``specfleet diff`` (:mod:`specfleet.diff.command`) adds git, ignore files and reports.
"""

from __future__ import annotations

from specfleet.diff.engine import DiffResult, compare
from specfleet.diff.model import Change
from specfleet.diff.report import changelog_entry
from specfleet.diff.semver import next_version

__all__ = ["Change", "DiffResult", "changelog_entry", "compare", "next_version"]
