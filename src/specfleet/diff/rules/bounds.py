"""Length and range limits of what a request may send.

Like oasdiff's generated bound rules, these come from a table: each (place, limit, action)
is one small registered check.  A request limit that tightens refuses calls that worked
(ERR); one that loosens refuses nothing (INFO).  Response limits are left out: generated
models do not validate them, so they change nothing for the client.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from specfleet.diff.model import Finding, Level
from specfleet.diff.resolve import SchemaView
from specfleet.diff.rules.base import ParameterPair, SchemaPair, parameter_rule, schema_rule

Action = Literal["decreased", "increased", "set", "unset"]


@dataclass(frozen=True)
class Bound:
    id_name: str  # as in the rule id: "max-length"
    keyword: str  # as in the schema: "maxLength"
    upper: bool  # an upper limit tightens when it goes down


BOUNDS = (
    Bound("max-length", "maxLength", True),
    Bound("max", "maximum", True),
    Bound("min", "minimum", False),
)
ACTIONS: tuple[Action, ...] = ("decreased", "increased", "set", "unset")


def _tightens(bound: Bound, action: Action) -> bool:
    if action in ("set", "unset"):
        return action == "set"
    return (action == "decreased") == bound.upper


def _moved(bound: Bound, action: Action, base: SchemaView, revision: SchemaView) -> str | None:
    """The words for this bound's move between the two schemas, if it made exactly this move."""
    old, new = base.bounds.get(bound.keyword), revision.bounds.get(bound.keyword)
    if action == "set":
        return f"{bound.keyword} was set to {new}" if old is None and new is not None else None
    if action == "unset":
        return f"{bound.keyword} {old} was removed" if old is not None and new is None else None
    if old is None or new is None or old == new or (new < old) != (action == "decreased"):
        return None
    return f"{bound.keyword} {action} from {old} to {new}"


def _parameter_check(bound: Bound, action: Action, why: str) -> Callable[[ParameterPair], Iterator[Finding]]:
    def check(pair: ParameterPair) -> Iterator[Finding]:
        if pair.base.schema is not None and pair.revision.schema is not None:
            words = _moved(bound, action, pair.base.schema, pair.revision.schema)
            if words:
                yield Finding(words, revision=pair.revision.schema.pointer)

    check.__doc__ = why
    return check


def _property_check(bound: Bound, action: Action, why: str) -> Callable[[SchemaPair], Iterator[Finding]]:
    def check(pair: SchemaPair) -> Iterator[Finding]:
        if not pair.at_root:
            words = _moved(bound, action, pair.base, pair.revision)
            if words:
                yield Finding(words, revision=pair.revision.pointer)

    check.__doc__ = why
    return check


for _bound in BOUNDS:
    for _action in ACTIONS:
        _level: Level = "ERR" if _tightens(_bound, _action) else "INFO"
        _why = f"{_bound.keyword} {_action}: " + (
            "refuses requests that were accepted."
            if _level == "ERR"
            else "refuses nothing that was accepted."
        )
        parameter_rule(f"request-parameter-{_bound.id_name}-{_action}", _level, "changed")(
            _parameter_check(_bound, _action, _why)
        )
        schema_rule(f"request-property-{_bound.id_name}-{_action}", _level, "changed", "request")(
            _property_check(_bound, _action, _why)
        )
