"""The rule registry, shaped like oasdiff's checker: one small check function per rule id.

A check receives the base and revision side of one thing -- the whole spec, an operation
present in both, a parameter present in both, or a schema met in a request or a response
-- and yields :class:`Finding`s.  The engine turns each into a :class:`Change` carrying
the rule's level (oasdiff's default, unless :data:`POLICY` raises it) and kind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal, TypeVar

from specfleet.diff.model import Finding, Kind, Level
from specfleet.diff.operations import Operation, Parameter, SpecView
from specfleet.diff.resolve import SchemaView
from specfleet.diff.rules.policy import POLICY

Direction = Literal["request", "response"]


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level  # what we report: oasdiff's level, or POLICY's where we are stricter
    kind: Kind
    #: oasdiff's default level; None for rules oasdiff does not have (documentation edits)
    oasdiff_level: Level | None
    why: str  # the check's docstring


@dataclass(frozen=True)
class SpecPair:
    base: SpecView
    revision: SpecView


@dataclass(frozen=True)
class OperationPair:
    base: Operation
    revision: Operation


@dataclass(frozen=True)
class ParameterPair:
    operation: OperationPair
    base: Parameter
    revision: Parameter


@dataclass(frozen=True)
class SchemaPair:
    """Two schemas at the same place; ``at_root`` when they are a whole body, not a property."""

    base: SchemaView
    revision: SchemaView
    at_root: bool


C = TypeVar("C")
Check = Callable[[C], Iterator[Finding]]

RULES: dict[str, Rule] = {}
SPEC_CHECKS: list[tuple[Rule, Check[SpecPair]]] = []
OPERATION_CHECKS: list[tuple[Rule, Check[OperationPair]]] = []
PARAMETER_CHECKS: list[tuple[Rule, Check[ParameterPair]]] = []
SCHEMA_CHECKS: dict[Direction, list[tuple[Rule, Check[SchemaPair]]]] = {"request": [], "response": []}


def register(
    rule_id: str, level: Level, kind: Kind, check: Callable[..., object], *, ours: bool = False
) -> Rule:
    """Add a rule; ``level`` is oasdiff's default unless ``ours`` (oasdiff has no such rule)."""
    if rule_id in RULES:
        raise ValueError(f"rule {rule_id} registered twice")
    rule = Rule(
        id=rule_id,
        level=POLICY.get(rule_id, level),
        kind=kind,
        oasdiff_level=None if ours else level,
        why=" ".join((check.__doc__ or "").split()),
    )
    RULES[rule_id] = rule
    return rule


def spec_rule(rule_id: str, level: Level, kind: Kind) -> Callable[[Check[SpecPair]], Check[SpecPair]]:
    def decorate(check: Check[SpecPair]) -> Check[SpecPair]:
        SPEC_CHECKS.append((register(rule_id, level, kind, check), check))
        return check

    return decorate


def operation_rule(
    rule_id: str, level: Level, kind: Kind, *, ours: bool = False
) -> Callable[[Check[OperationPair]], Check[OperationPair]]:
    def decorate(check: Check[OperationPair]) -> Check[OperationPair]:
        OPERATION_CHECKS.append((register(rule_id, level, kind, check, ours=ours), check))
        return check

    return decorate


def parameter_rule(
    rule_id: str, level: Level, kind: Kind, *, ours: bool = False
) -> Callable[[Check[ParameterPair]], Check[ParameterPair]]:
    def decorate(check: Check[ParameterPair]) -> Check[ParameterPair]:
        PARAMETER_CHECKS.append((register(rule_id, level, kind, check, ours=ours), check))
        return check

    return decorate


def schema_rule(
    rule_id: str, level: Level, kind: Kind, direction: Direction, *, ours: bool = False
) -> Callable[[Check[SchemaPair]], Check[SchemaPair]]:
    def decorate(check: Check[SchemaPair]) -> Check[SchemaPair]:
        SCHEMA_CHECKS[direction].append((register(rule_id, level, kind, check, ours=ours), check))
        return check

    return decorate


def quoted(value: object) -> str:
    """An enum value or name as a reviewer reads it: 'sold', 3, true."""
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool) or value is None:
        return "true" if value is True else "false" if value is False else "null"
    return str(value)
