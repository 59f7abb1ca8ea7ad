"""A diff judged for CI: which changes fail, and whether the version already covers them.

A provider passes when no unaccepted change reaches the ``--fail-on`` level, or when the
version recorded at the revision is already at least the one the changes require (the
author bumped the major in ``client.toml`` along with the breaking change).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from specfleet.config import ClientSettings
from specfleet.diff.engine import DiffResult
from specfleet.diff.ignore import IgnoreEntry
from specfleet.diff.model import FAIL_LEVELS as FAIL_LEVELS
from specfleet.diff.model import Change, FailOn
from specfleet.diff.semver import at_least, next_version
from specfleet.diff.surface import SurfaceChange
from specfleet.spec.document import Document


@dataclass(frozen=True)
class Review:
    """One provider's (or one file pair's) diff, with the versions it is judged against."""

    name: str
    file: str  # the revision spec, as text output names it (specs/x/openapi.yaml)
    result: DiffResult
    base_version: str | None  # the version the bump starts from
    recorded_version: str | None  # the version already recorded at the revision
    fail_on: FailOn = "warn"
    note: str | None = None  # why there is nothing to compare, when there is not
    unused: tuple[IgnoreEntry, ...] = field(default=())
    #: the generated package's public Python API changes (from opc's model), when computed
    surface: tuple[SurfaceChange, ...] = field(default=())
    surface_note: str | None = None  # why the surface was not computed
    #: the two documents compared, so later stages (the surface diff) need not load them again
    documents: tuple[Document, Document] | None = field(default=None, repr=False, compare=False)
    settings: ClientSettings | None = field(default=None, repr=False, compare=False)

    @property
    def next_version(self) -> str | None:
        """The version the changes lead to, when the base version is semver."""
        if self.base_version is None:
            return None
        try:
            return next_version(self.base_version, self.result.bump)
        except ValueError:
            return None

    @property
    def bump_recorded(self) -> bool:
        """Whether the revision already records the version the changes need (and a change)."""
        needed, recorded = self.next_version, self.recorded_version
        if needed is None or recorded is None or self.result.bump == "none":
            return False
        try:
            return at_least(recorded, needed)
        except ValueError:
            return False

    @property
    def failing(self) -> list[Change]:
        return self.result.failing(FAIL_LEVELS[self.fail_on])

    @property
    def ok(self) -> bool:
        return not self.failing or self.bump_recorded
