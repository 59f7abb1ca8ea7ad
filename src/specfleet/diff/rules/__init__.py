"""Every diff rule, registered on import: ``RULES`` maps rule id -> :class:`Rule` (level, kind, why)."""

from __future__ import annotations

from specfleet.diff.rules import (  # noqa: F401  (importing a module registers its rules)
    bounds,
    composition,
    docs,
    endpoints,
    parameters,
    request_body,
    request_schema,
    response_schema,
    responses,
    security,
)
from specfleet.diff.rules.base import (
    OPERATION_CHECKS,
    PARAMETER_CHECKS,
    RULES,
    SCHEMA_CHECKS,
    SPEC_CHECKS,
    Direction,
    OperationPair,
    ParameterPair,
    Rule,
    SchemaPair,
    SpecPair,
)
from specfleet.diff.rules.policy import POLICY

__all__ = [
    "OPERATION_CHECKS",
    "PARAMETER_CHECKS",
    "POLICY",
    "RULES",
    "SCHEMA_CHECKS",
    "SPEC_CHECKS",
    "Direction",
    "OperationPair",
    "ParameterPair",
    "Rule",
    "SchemaPair",
    "SpecPair",
]
