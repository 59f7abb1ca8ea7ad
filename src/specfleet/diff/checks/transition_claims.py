"""Schema transitions: one edit that shows up as several raw diffs, reported once.

Making a schema nullable by wrapping it in ``oneOf: [{type: "null"}, X]`` reads, raw, as a
type change, an enum removal and an added oneOf.  A transition lists which kinds of raw
finding it explains (``claims``); changes of those kinds computed at the node are dropped,
except the transition's own reporters (``reported_by``).  Kinds outside ``claims`` are
independent edits and keep reporting, so an unknown rule fails towards over-reporting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from specfleet.diff.checks.nullable_type_utils import is_null_type_change
from specfleet.diff.checks.rules import Kind, get_all_rules

if TYPE_CHECKING:
    from specfleet.diff.delta.schema_diff import SchemaDiff


def _empty(value: object) -> bool:
    return value is None or bool(value.empty())  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Transition:
    """How to see a transition at a node, what raw findings it explains, and who reports it."""

    present: Callable[[SchemaDiff], bool]
    claims: frozenset[Kind]
    reported_by: frozenset[str]


_BECAME_NULLABLE_REPORTERS = frozenset(
    {
        "request-body-became-nullable",
        "request-property-became-nullable",
        "request-body-became-not-nullable",
        "request-property-became-not-nullable",
        "response-body-became-nullable",
        "response-property-became-nullable",
        "response-body-became-not-nullable",
        "response-property-became-not-nullable",
        "request-parameter-became-nullable",
        "request-parameter-became-not-nullable",
        "request-parameter-property-became-nullable",
        "request-parameter-property-became-not-nullable",
    }
)

TRANSITIONS: tuple[Transition, ...] = (
    # X became oneOf: [{type: "null"}, X] (or back): every raw echo of the wrap is claimed.
    Transition(
        present=lambda d: not _empty(d.nullable_wrapping_diff),
        claims=frozenset(
            {Kind.TYPE, Kind.VALUES, Kind.CONSTRAINTS, Kind.STRUCTURE, Kind.EXISTENCE, Kind.REQUIREDNESS}
        ),
        reported_by=_BECAME_NULLABLE_REPORTERS,
    ),
    # An object schema became a oneOf of object alternatives.
    Transition(
        present=lambda d: not _empty(d.one_of_wrapping_diff),
        claims=frozenset({Kind.TYPE, Kind.STRUCTURE}),
        reported_by=frozenset(
            {
                "request-body-wrapped-in-one-of",
                "response-body-wrapped-in-one-of",
                "request-property-one-of-added",
                "response-property-one-of-added",
            }
        ),
    ),
    # A single type became a oneOf/anyOf of scalar types, or back.
    Transition(
        present=lambda d: not _empty(d.list_of_types_diff),
        claims=frozenset({Kind.TYPE, Kind.STRUCTURE}),
        reported_by=frozenset(
            {
                "request-body-list-of-types-widened",
                "request-body-list-of-types-narrowed",
                "request-property-list-of-types-widened",
                "request-property-list-of-types-narrowed",
                "response-body-list-of-types-widened",
                "response-body-list-of-types-narrowed",
                "response-property-list-of-types-widened",
                "response-property-list-of-types-narrowed",
                "request-parameter-list-of-types-widened",
                "request-parameter-list-of-types-narrowed",
                "request-parameter-property-list-of-types-widened",
                "request-parameter-property-list-of-types-narrowed",
            }
        ),
    ),
    # Only "null" joined or left the type list (OpenAPI 3.1 type: [string, "null"]).
    Transition(
        present=lambda d: is_null_type_change(d.type_diff) and _empty(d.format_diff),
        claims=frozenset({Kind.TYPE}),
        reported_by=_BECAME_NULLABLE_REPORTERS,
    ),
)


@cache
def rule_kinds() -> dict[str, Kind]:
    """Each registered rule's kind."""
    return {rule.id: rule.kind for rule in get_all_rules()}


def claimed_by_transition(schema_diff: SchemaDiff | None, rule_id: str) -> bool:
    """Whether a change of ``rule_id`` computed at ``schema_diff`` is an echo of a transition there."""
    if schema_diff is None:
        return False
    claiming = _claiming(rule_id)
    return bool(claiming) and any(transition.present(schema_diff) for transition in claiming)


@cache
def _claiming(rule_id: str) -> tuple[Transition, ...]:
    """The transitions that would claim a change of ``rule_id``: asked once per rule, not per change."""
    kind = rule_kinds().get(rule_id)
    if kind is None:
        return ()
    return tuple(t for t in TRANSITIONS if kind in t.claims and rule_id not in t.reported_by)
