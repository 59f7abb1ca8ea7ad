"""The versioning policy: a breaking change needs a major version increase of ``info.version``.

It judges what the checks found, so it runs after them (and after claimed changes are
dropped) but before the level filter.  It only speaks when both versions are semantic
versions; a spec versioned by date or by a bare "v1" is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.info_change import InfoChange
from specfleet.diff.checks.level import ERR

if TYPE_CHECKING:
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff

API_VERSION_NOT_BUMPED_ID = "api-version-not-bumped"
API_VERSION_DECREASED_ID = "api-version-decreased"
API_MAJOR_VERSION_NOT_BUMPED_ID = "api-major-version-not-bumped"

# semver.org's grammar, anchored, with an optional leading "v"; nothing looser.
SEMVER_PATTERN = re.compile(
    r"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$",
    re.ASCII,
)


@dataclass(frozen=True, slots=True)
class Semver:
    """The numeric fields of a version; prerelease and build metadata are ignored."""

    major: int
    minor: int
    patch: int


def parse_semver(version: str) -> Semver | None:
    """The version's numbers, or None when it is not a semantic version."""
    match = SEMVER_PATTERN.fullmatch(version)
    if match is None:
        return None
    return Semver(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def apply_versioning_policy(config: Config, diff_report: Diff, result: list[Change]) -> list[Change]:
    """Append the policy violation, if any breaking change shipped without the needed bump."""
    if diff_report.base_info is None or diff_report.revision_info is None:
        return result
    base_version = diff_report.base_info.version or ""
    revision_version = diff_report.revision_info.version or ""
    base = parse_semver(base_version)
    revision = parse_semver(revision_version)
    if base is None or revision is None or not has_breaking_change(config, result):
        return result
    rule_id, args = versioning_violation(base_version, revision_version, base, revision)
    if not rule_id:
        return result
    return [*result, InfoChange(id=rule_id, level=config.get_log_level(rule_id), args=args)]


def versioning_violation(
    base_version: str, revision_version: str, base: Semver, revision: Semver
) -> tuple[str, list[Any]]:
    """Which way the version pair fails to carry a breaking change ("" when it carries it)."""
    if base_version == revision_version:
        return API_VERSION_NOT_BUMPED_ID, [revision_version]
    if not increased(base, revision):
        return API_VERSION_DECREASED_ID, [base_version, revision_version]
    if not major_bumped(base, revision):
        return API_MAJOR_VERSION_NOT_BUMPED_ID, [base_version, revision_version]
    return "", []


def increased(base: Semver, revision: Semver) -> bool:
    """Revision comes after base in precedence (numbers only)."""
    return (revision.major, revision.minor, revision.patch) > (base.major, base.minor, base.patch)


def major_bumped(base: Semver, revision: Semver) -> bool:
    """The major grew; below 1.0.0 the minor plays the major's role."""
    if base.major == 0 and revision.major == 0:
        return revision.minor > base.minor
    return revision.major > base.major


def has_breaking_change(config: Config, result: Sequence[Change]) -> bool:
    """Any change at ERR under the configured levels."""
    return any(config.get_log_level(change.get_id()) >= ERR for change in result)
