"""Checker settings: which checks run, rule levels, deprecation windows, stability threshold."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.checks.level import Level
from specfleet.diff.checks.rules import get_check_levels
from specfleet.diff.checks.stability_level import (
    DEFAULT_STABILITY_LEVEL,
    StabilityLevel,
    parse_stability_level,
)
from specfleet.errors import SpecfleetError

if TYPE_CHECKING:
    from specfleet.diff.checks.checks import BackwardCompatibilityCheck

DEFAULT_BETA_DEPRECATION_DAYS = 0
DEFAULT_STABLE_DEPRECATION_DAYS = 0


class UnknownRuleError(SpecfleetError):
    """A rule id that the registry does not define (a programming or configuration slip)."""


@dataclass(slots=True)
class Config:
    """Settings shared by every check of one run."""

    checks: list[BackwardCompatibilityCheck] = field(default_factory=list)
    min_sunset_beta_days: int = DEFAULT_BETA_DEPRECATION_DAYS
    min_sunset_stable_days: int = DEFAULT_STABLE_DEPRECATION_DAYS
    log_levels: dict[str, Level] = field(default_factory=get_check_levels)
    attributes: list[str] = field(default_factory=list)
    stability_level: StabilityLevel = DEFAULT_STABILITY_LEVEL

    def get_log_level(self, check_id: str) -> Level:
        """The level changes of this rule are reported at."""
        level = self.log_levels.get(check_id)
        if level is None:
            raise UnknownRuleError(f"failed to get log level with invalid check id: {check_id}")
        return level

    def set_log_level(self, check_id: str, level: Level) -> None:
        """Override the level of a known rule."""
        if check_id not in self.log_levels:
            raise UnknownRuleError(f"failed to set log level with invalid check id: {check_id}")
        self.log_levels[check_id] = level


Option = Callable[[Config], None]


def new_config(checks: Sequence[BackwardCompatibilityCheck] | None = None, *opts: Option) -> Config:
    """Defaults (every rule at its registry level, beta threshold), then the options in order.

    ``checks=None`` means every check of the registry.
    """
    if checks is None:
        from specfleet.diff.checks.checks import get_all_checks

        checks = get_all_checks()
    config = Config(checks=list(checks))
    for opt in opts:
        opt(config)
    return config


def with_severity_levels(severity_levels: Mapping[str, Level]) -> Option:
    """Override rule levels (ids must exist)."""

    def apply(config: Config) -> None:
        for rule_id, level in severity_levels.items():
            config.set_log_level(rule_id, level)

    return apply


def with_deprecation(deprecation_days_beta: int, deprecation_days_stable: int) -> Option:
    """Minimum days between deprecation and sunset, for beta and for stable operations."""

    def apply(config: Config) -> None:
        config.min_sunset_beta_days = deprecation_days_beta
        config.min_sunset_stable_days = deprecation_days_stable

    return apply


def with_checks(checks: Sequence[BackwardCompatibilityCheck]) -> Option:
    """Run only these checks."""

    def apply(config: Config) -> None:
        config.checks = list(checks)

    return apply


def with_single_check(check: BackwardCompatibilityCheck) -> Option:
    """Run only this check."""
    return with_checks([check])


def with_attributes(attributes: Sequence[str]) -> Option:
    """Operation extensions (``x-...``) copied onto every change of the operation."""

    def apply(config: Config) -> None:
        config.attributes = list(attributes)

    return apply


def with_stability_level(level: str) -> Option:
    """The least stable ``x-stability-level`` still checked; "" keeps the default."""

    def apply(config: Config) -> None:
        if level:
            config.stability_level = parse_stability_level(level)

    return apply
