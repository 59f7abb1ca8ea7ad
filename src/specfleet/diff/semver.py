"""The version a change needs: SemVer 2.0.0, with the 0.x convention.

Breaking -> major; additions, deprecations and other safe changes -> minor (SemVer item
7: deprecating is a minor release); documentation only -> patch; nothing -> none.  Below
1.0.0 the public API is not stable, so a breaking change bumps the minor and everything
else the patch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from specfleet.diff.model import Bump, Change

_VERSION = re.compile(r"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:[-+].*)?$")
ORDER: dict[Bump, int] = {"none": 0, "patch": 1, "minor": 2, "major": 3}


def required_bump(changes: Iterable[Change]) -> Bump:
    """The smallest bump that honestly describes ``changes`` (accepted ones included)."""
    bump: Bump = "none"
    for change in changes:
        needed: Bump = "major" if change.breaking else "patch" if change.kind == "docs" else "minor"
        if ORDER[needed] > ORDER[bump]:
            bump = needed
    return bump


def parse_version(version: str) -> tuple[int, int, int]:
    """``1.2.3`` (a leading ``v`` and a pre-release or build suffix allowed) -> ``(1, 2, 3)``."""
    match = _VERSION.match(version.strip())
    if match is None:
        raise ValueError(f"{version!r} is not a semantic version like 1.2.3")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def next_version(version: str, bump: Bump) -> str:
    """The version after ``version`` once ``bump`` is applied; ``ValueError`` if it is not semver."""
    major, minor, patch = parse_version(version)
    if bump == "none":
        return f"{major}.{minor}.{patch}"
    if major == 0:  # 0.x: breaking bumps the minor, everything else the patch
        return f"0.{minor + 1}.0" if bump == "major" else f"0.{minor}.{patch + 1}"
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def at_least(version: str, required: str) -> bool:
    """Whether ``version`` is ``required`` or later."""
    return parse_version(version) >= parse_version(required)
