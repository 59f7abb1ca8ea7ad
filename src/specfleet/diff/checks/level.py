"""How serious a reported change is; ordered so a threshold is a plain comparison."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from pathlib import Path


class Level(IntEnum):
    """A change's severity: ERR and WARN break clients, INFO is for the changelog."""

    INVALID = -1
    NONE = 0
    INFO = 1
    WARN = 2
    ERR = 3

    def string(self) -> str:
        """The word used in text reports."""
        return _WORDS.get(self, "issue")

    def __str__(self) -> str:
        return self.string()

    def is_breaking(self) -> bool:
        """ERR and WARN changes make the diff breaking."""
        return self in (Level.ERR, Level.WARN)


_WORDS = {Level.ERR: "error", Level.WARN: "warning", Level.INFO: "info"}

ERR = Level.ERR
WARN = Level.WARN
INFO = Level.INFO
NONE = Level.NONE
INVALID = Level.INVALID


class LevelError(ValueError):
    """A severity name or a severity-levels line that cannot be read."""


def new_level(level: str) -> Level:
    """Parse ``ERR``/``WARN``/``INFO``/``NONE`` (either case)."""
    found = {"ERR": ERR, "WARN": WARN, "INFO": INFO, "NONE": NONE}.get(level.upper())
    if found is None or level not in (level.upper(), level.lower()):
        raise LevelError(f"invalid level {level}")
    return found


def get_severity_levels(lines: Iterable[str], valid_ids: Iterable[str] | None = None) -> dict[str, Level]:
    """Read ``rule-id LEVEL`` lines that override the default level of some rules."""
    if valid_ids is None:
        from specfleet.diff.checks.rules import get_all_rule_ids

        valid_ids = get_all_rule_ids()
    valid = set(valid_ids)
    result: dict[str, Level] = {}
    for number, line in enumerate(lines, start=1):
        fields = line.split()
        if len(fields) != 2:
            raise LevelError(f"invalid line #{number}: {line.rstrip()}")
        rule_id, name = fields
        if rule_id not in valid:
            raise LevelError(f"invalid rule id {rule_id!r} on line {number}")
        try:
            result[rule_id] = new_level(name)
        except LevelError:
            raise LevelError(f"invalid level {name!r} on line {number}") from None
    return result


def process_severity_levels(file: Path | str) -> dict[str, Level]:
    """Read severity overrides from a file (see :func:`get_severity_levels`)."""
    with open(file, encoding="utf-8") as handle:
        return get_severity_levels(handle.read().splitlines())
