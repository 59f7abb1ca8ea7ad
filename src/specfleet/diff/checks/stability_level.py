"""The minimum ``x-stability-level`` an operation needs for its changes to be checked."""

from __future__ import annotations

from enum import IntEnum

STABILITY_DRAFT = "draft"
STABILITY_ALPHA = "alpha"
STABILITY_BETA = "beta"
STABILITY_STABLE = "stable"


class StabilityLevel(IntEnum):
    """A threshold: a label is included when its level is at least the threshold."""

    DRAFT = 1
    ALPHA = 2
    BETA = 3
    STABLE = 4

    def is_included(self, stability: str) -> bool:
        """Whether an operation labelled ``stability`` ("" = stable) meets this threshold."""
        return parse_stability_level(stability) >= self


STABILITY_LEVEL_DRAFT = StabilityLevel.DRAFT
STABILITY_LEVEL_ALPHA = StabilityLevel.ALPHA
STABILITY_LEVEL_BETA = StabilityLevel.BETA
STABILITY_LEVEL_STABLE = StabilityLevel.STABLE

# The documented default: beta and stable operations are checked.
DEFAULT_STABILITY_LEVEL = StabilityLevel.BETA

_BY_LABEL = {
    STABILITY_DRAFT: StabilityLevel.DRAFT,
    STABILITY_ALPHA: StabilityLevel.ALPHA,
    STABILITY_BETA: StabilityLevel.BETA,
    STABILITY_STABLE: StabilityLevel.STABLE,
}


def parse_stability_level(s: str) -> StabilityLevel:
    """The level of a label; an empty or unknown label counts as stable."""
    return _BY_LABEL.get(s, StabilityLevel.STABLE)


def get_supported_stability_levels() -> list[str]:
    """The labels ``x-stability-level`` may take, least stable first."""
    return [STABILITY_DRAFT, STABILITY_ALPHA, STABILITY_BETA, STABILITY_STABLE]
