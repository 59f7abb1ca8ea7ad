"""Diff of components.securitySchemes, matched by scheme name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.security_scheme import SecuritySchemeDiff, get_security_scheme_diff
from specfleet.diff.delta.summary import SummaryDetails

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import SecurityScheme, SecuritySchemeRef

SecuritySchemes = Mapping[str, "SecuritySchemeRef"]


class ModifiedSecuritySchemes(dict[str, SecuritySchemeDiff]):
    """Scheme name -> its changes."""


@dataclass(slots=True)
class SecuritySchemesDiff:
    """Security schemes added, deleted and modified; keeps both maps for the checks."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedSecuritySchemes = field(default_factory=ModifiedSecuritySchemes)
    base: SecuritySchemes = field(default_factory=dict)
    revision: SecuritySchemes = field(default_factory=dict)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))


def new_security_schemes_diff() -> SecuritySchemesDiff:
    return SecuritySchemesDiff()


def get_security_schemes_diff(
    config: Config, security_schemes1: SecuritySchemes | None, security_schemes2: SecuritySchemes | None
) -> SecuritySchemesDiff | None:
    diff = get_security_schemes_diff_internal(config, security_schemes1 or {}, security_schemes2 or {})
    if diff.empty():
        return None
    return diff


def get_security_schemes_diff_internal(
    config: Config, security_schemes1: SecuritySchemes, security_schemes2: SecuritySchemes
) -> SecuritySchemesDiff:
    result = new_security_schemes_diff()
    result.base = security_schemes1
    result.revision = security_schemes2
    for name1, ref1 in security_schemes1.items():
        ref2 = security_schemes2.get(name1)
        if ref2 is None:
            result.deleted.append(name1)
            continue
        diff = get_security_scheme_diff(config, deref_security_scheme(ref1), deref_security_scheme(ref2))
        if diff is not None:
            result.modified[name1] = diff
    for name2 in security_schemes2:
        if name2 not in security_schemes1:
            result.added.append(name2)
    return result


def deref_security_scheme(ref: SecuritySchemeRef | None) -> SecurityScheme:
    if ref is None or ref.value is None:
        raise DiffError("security scheme reference is nil")
    return ref.value
