"""The vocabulary of a diff: levels, kinds of change, and the Change a report is made of.

Levels are oasdiff's: ERR breaks callers, WARN probably does, INFO is safe.  The
kind says what sort of safe change it is, which is what the semver bump and the
changelog section depend on.
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from typing import Any, Literal

from specfleet.spec.document import Pointer

Level = Literal["ERR", "WARN", "INFO"]
Kind = Literal["added", "removed", "changed", "deprecated", "docs"]
Bump = Literal["major", "minor", "patch", "none"]

LEVELS: tuple[Level, ...] = ("ERR", "WARN", "INFO")
#: ERR and WARN both break a consumer of the HTTP contract or of the generated client.
BREAKING_LEVELS: frozenset[Level] = frozenset({"ERR", "WARN"})

#: ``--fail-on``: the lowest level that fails a review, and the levels that then fail it.
FailOn = Literal["err", "warn", "never"]
FAIL_LEVELS: dict[FailOn, frozenset[Level]] = {
    "err": frozenset({"ERR"}),
    "warn": BREAKING_LEVELS,  # = breaking by our policy: the default
    "never": frozenset(),
}


@dataclass(frozen=True)
class Finding:
    """What a rule reports: a plain-words message and where to look.

    ``revision`` points into the revision (the nearest surviving parent when
    something was removed); ``subject`` is the property path below the schema a
    schema rule was given, which the engine prefixes as it walks down.
    """

    message: str
    revision: Pointer | None = None
    base: Pointer | None = None
    subject: tuple[str, ...] = ()
    #: the operation, for rules that compare whole specs (added or removed endpoints)
    operation: tuple[str, str] | None = None


@dataclass(frozen=True)
class Change:
    """One reported change, in the stable shape of ``--format json``.

    ``level`` is oasdiff's level for the rule, so the report reads like oasdiff's;
    ``policy_level`` is ours, stricter where the generated client breaks although the wire
    does not (the ``policy=`` column of :mod:`specfleet.diff.rules`): it decides ``breaking``, the bump and
    the exit code.
    """

    id: str
    level: Level
    kind: Kind
    operation: str  # "GET /pets/{petId}"; "" for a change outside any operation
    path: str  # "/pets/{petId}"
    message: str  # "query parameter 'limit' became required"
    location: str = ""  # JSON pointer into the revision (or the base, when nothing is left there)
    line: int | None = None  # revision file line, when the revision came from a file
    column: int | None = None
    #: the file the line is in, when a split spec wrote the node in another file than its root
    file: str | None = None
    accepted: bool = False
    reason: str | None = field(default=None)
    policy_level: Level | None = None  # None: same as ``level``
    operation_id: str | None = None
    #: where the change is written (pointer, file, line): many operations may share one source
    source: str | None = None

    def __post_init__(self) -> None:
        if self.policy_level is None:
            object.__setattr__(self, "policy_level", self.level)

    @property
    def judged(self) -> Level:
        """The level our policy gives the change: what fails a review."""
        return self.policy_level or self.level

    @property
    def breaking(self) -> bool:
        return self.judged in BREAKING_LEVELS

    @property
    def headline(self) -> str:
        """``GET /pets: query parameter 'limit' became required``."""
        return f"{self.operation}: {self.message}" if self.operation else self.message

    def accept(self, reason: str) -> Change:
        return replace(self, accepted=True, reason=reason)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


#: Every field of a Change that has a default, with it.
_CHANGE_DEFAULTS = {item.name: item.default for item in fields(Change) if item.default is not MISSING}
_CHANGE_FIELDS = frozenset(item.name for item in fields(Change))


def new_change(values: dict[str, Any]) -> Change:
    """``Change(**values)``, without the frozen dataclass's field-by-field ``__init__``.

    A Stripe-size diff builds 131k changes; this builds each in half the time.  ``values``
    names every field without a default, and nothing that is not a field.
    """
    if not values.keys() <= _CHANGE_FIELDS:
        raise TypeError(f"not fields of a Change: {sorted(values.keys() - _CHANGE_FIELDS)}")
    change = object.__new__(Change)
    state = {**_CHANGE_DEFAULTS, **values}
    if state["policy_level"] is None:
        state["policy_level"] = state["level"]
    if len(state) != len(_CHANGE_FIELDS):
        raise TypeError(f"a Change needs {sorted(_CHANGE_FIELDS - state.keys())}")
    change.__dict__.update(state)
    return change
