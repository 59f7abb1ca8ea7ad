"""Diff of a security requirements list (an OR of alternatives, each an AND of schemes with scopes).

Alternatives have no identity of their own (scheme names repeat across alternatives to express
"scope read OR scope write"), so they are matched as whole units first and are reported by index.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from specfleet.diff.delta.security_scopes_diff import (
    SecurityRequirement,
    SecurityScopesDiff,
    get_security_scopes_diff,
)
from specfleet.diff.delta.summary import SummaryDetails

SecurityRequirements = Sequence[SecurityRequirement]


@dataclass(slots=True)
class SecurityAlternative:
    """One security requirement object in a list: its position and scheme -> scopes."""

    index: int = 0
    schemes: dict[str, list[str]] = field(default_factory=dict)

    def __str__(self) -> str:
        """Schemes and scopes, sorted; a bare name for a scheme without scopes, ``{}`` for no auth."""
        if not self.schemes:
            return "{}"
        parts: list[str] = []
        for scheme in sorted(self.schemes):
            scopes = sorted(self.schemes[scheme])
            parts.append(f"{scheme}: [{', '.join(scopes)}]" if scopes else scheme)
        return " AND ".join(parts)

    def string(self) -> str:
        return str(self)

    def scheme_names(self) -> str:
        """The sorted scheme names joined with AND (labels a scope change reported separately)."""
        return " AND ".join(sorted(self.schemes))


class SecurityAlternatives(list[SecurityAlternative]):
    """A list of security alternatives."""


@dataclass(slots=True)
class ModifiedSecurityRequirement:
    """An alternative whose scopes changed: where it is on each side and the per-scheme scope diff."""

    base: SecurityAlternative
    revision: SecurityAlternative
    scopes: SecurityScopesDiff


class ModifiedSecurityRequirements(list[ModifiedSecurityRequirement]):
    """Alternatives whose scopes changed."""


@dataclass(slots=True)
class SecurityRequirementsDiff:
    """Alternatives added, deleted, or with changed scopes.

    ``base_origin``/``revision_origin`` are set only on the document-level diff: the pointers of the
    two documents, so checks can locate a change to the root ``security`` field.
    """

    added: SecurityAlternatives = field(default_factory=SecurityAlternatives)
    deleted: SecurityAlternatives = field(default_factory=SecurityAlternatives)
    modified: ModifiedSecurityRequirements = field(default_factory=ModifiedSecurityRequirements)
    base_origin: tuple[Any, ...] | None = None
    revision_origin: tuple[Any, ...] | None = None

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))


def new_security_alternative(index: int, security_requirement: SecurityRequirement) -> SecurityAlternative:
    return SecurityAlternative(
        index=index, schemes={name: list(scopes) for name, scopes in security_requirement.items()}
    )


def new_security_requirements_diff() -> SecurityRequirementsDiff:
    return SecurityRequirementsDiff()


def get_security_requirements_diff(
    security_requirements1: SecurityRequirements | None, security_requirements2: SecurityRequirements | None
) -> SecurityRequirementsDiff | None:
    diff = get_security_requirements_diff_internal(security_requirements1, security_requirements2)
    if diff.empty():
        return None
    return diff


def get_security_requirements_diff_internal(
    security_requirements1: SecurityRequirements | None, security_requirements2: SecurityRequirements | None
) -> SecurityRequirementsDiff:
    result = new_security_requirements_diff()
    reqs1 = deref_security_requirements(security_requirements1)
    reqs2 = deref_security_requirements(security_requirements2)
    matched1 = [False] * len(reqs1)
    matched2 = [False] * len(reqs2)

    # Identical alternatives (same schemes, same scopes) cancel out first.
    for i, req1 in enumerate(reqs1):
        j = find_security_requirement(req1, reqs2, matched2, True)
        if j >= 0:
            matched1[i] = matched2[j] = True

    # A leftover counts as a scope change only when its scheme set is unambiguous on both sides.
    for i, req1 in enumerate(reqs1):
        if matched1[i] or not unique_unmatched_by_schemes(reqs1, matched1, get_security_schemes(req1)):
            continue
        j = find_security_requirement(req1, reqs2, matched2, False)
        if j < 0 or not unique_unmatched_by_schemes(reqs2, matched2, get_security_schemes(reqs2[j])):
            continue
        matched1[i] = matched2[j] = True
        scopes_diff = get_security_scopes_diff(req1, reqs2[j])
        if not scopes_diff.empty():
            result.modified.append(
                ModifiedSecurityRequirement(
                    base=new_security_alternative(i, req1),
                    revision=new_security_alternative(j, reqs2[j]),
                    scopes=scopes_diff,
                )
            )

    for i, req1 in enumerate(reqs1):
        if not matched1[i]:
            result.deleted.append(new_security_alternative(i, req1))
    for j, req2 in enumerate(reqs2):
        if not matched2[j]:
            result.added.append(new_security_alternative(j, req2))
    return result


def deref_security_requirements(security_requirements: SecurityRequirements | None) -> SecurityRequirements:
    return () if security_requirements is None else security_requirements


def find_security_requirement(
    security_requirement: SecurityRequirement,
    candidates: SecurityRequirements,
    matched: list[bool],
    exact: bool,
) -> int:
    """Index of the first unmatched candidate with the same scheme names (and scopes when exact), or -1."""
    schemes = get_security_schemes(security_requirement)
    for j, candidate in enumerate(candidates):
        if matched[j] or schemes != get_security_schemes(candidate):
            continue
        if exact and not get_security_scopes_diff(security_requirement, candidate).empty():
            continue
        return j
    return -1


def unique_unmatched_by_schemes(reqs: SecurityRequirements, matched: list[bool], schemes: set[str]) -> bool:
    """Whether exactly one unmatched alternative in ``reqs`` has this set of scheme names."""
    count = 0
    for i, req in enumerate(reqs):
        if matched[i]:
            continue
        if schemes == get_security_schemes(req):
            count += 1
            if count > 1:
                return False
    return count == 1


def get_security_schemes(security_requirement: Mapping[str, Any]) -> set[str]:
    return set(security_requirement)
