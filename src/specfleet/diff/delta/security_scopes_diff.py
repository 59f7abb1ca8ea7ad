"""Scope changes per security scheme within one matched security requirement."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from specfleet.diff.delta.string_list_diff import StringsDiff, get_strings_diff

SecurityRequirement = Mapping[str, Sequence[str]]


class SecurityScopesDiff(dict[str, StringsDiff]):
    """Scheme name -> scopes added/deleted."""

    def empty(self) -> bool:
        return len(self) == 0


def get_security_scopes_diff(
    security_requirement1: SecurityRequirement, security_requirements2: SecurityRequirement
) -> SecurityScopesDiff:
    result = SecurityScopesDiff()
    for scheme1, scopes1 in security_requirement1.items():
        scopes2 = security_requirements2.get(scheme1)
        if scopes2 is None:
            continue
        scope_diff = get_strings_diff(list(scopes1), list(scopes2))
        if scope_diff is not None and not scope_diff.empty():
            result[scheme1] = scope_diff
    return result
