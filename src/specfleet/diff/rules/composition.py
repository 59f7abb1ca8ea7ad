"""Alternatives of a ``oneOf`` or ``anyOf``, matched member by member.

Members are paired by component name, title, equal content, then in order (see
:func:`match_alternatives`); paired members are compared like any other schema by the
engine, and what is left over is reported here.  The generated client types a union as a
``Union[...]``: a request accepting one more alternative is safe, a response that may
return one more is not.  oasdiff splits these ids into ``-body-`` and ``-property-``
variants; we report both places under the ``-property-`` id and say "body" in the message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Literal

from specfleet.diff.model import Finding, Level
from specfleet.diff.resolve import match_alternatives
from specfleet.diff.rules.base import Direction, SchemaPair, schema_rule

Action = Literal["added", "removed"]

#: (direction, action) -> level: widening a request or narrowing a response is safe.
LEVELS: dict[tuple[Direction, Action], Level] = {
    ("request", "added"): "INFO",
    ("request", "removed"): "ERR",
    ("response", "added"): "ERR",
    ("response", "removed"): "INFO",
}


def _check(keyword: str, action: Action, why: str) -> Callable[[SchemaPair], Iterator[Finding]]:
    def check(pair: SchemaPair) -> Iterator[Finding]:
        base, revision = pair.base.alternatives(keyword), pair.revision.alternatives(keyword)
        if not base and not revision:
            return
        _, removed, added = match_alternatives(base, revision)
        members, side = (added, revision) if action == "added" else (removed, base)
        for member in members:
            label = member.label(side.index(member))
            where = member.pointer if action == "added" else pair.revision.pointer
            verb = "gained" if action == "added" else "lost"
            yield Finding(f"{verb} the {keyword} alternative {label}", revision=where)

    check.__doc__ = why
    return check


for (_direction, _action), _level in LEVELS.items():
    for _keyword, _id_name in (("oneOf", "one-of"), ("anyOf", "any-of")):
        _why = f"A {_direction} {_keyword} {'gained' if _action == 'added' else 'lost'} an alternative: " + (
            "nothing that worked stops working."
            if _level == "INFO"
            else "the client's Union type no longer fits."
        )
        schema_rule(f"{_direction}-property-{_id_name}-{_action}", _level, _action, _direction)(
            _check(_keyword, _action, _why)
        )
