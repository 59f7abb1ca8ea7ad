"""Response body schemas: what callers read, so widening breaks and narrowing is safe.

The generated models parse responses strictly: a missing required attribute, a null or an
enum value they were not told about makes parsing fail.
"""

from __future__ import annotations

from collections.abc import Iterator

from specfleet.diff.model import Finding
from specfleet.diff.rules.base import SchemaPair, schema_rule
from specfleet.diff.rules.schemas import (
    added_properties,
    common_properties,
    enum_values_added,
    enum_values_removed,
    removed_properties,
    type_changed,
)


@schema_rule("response-body-type-changed", "ERR", "changed", "response")
def response_body_type_changed(pair: SchemaPair) -> Iterator[Finding]:
    """The client parses the body as the old type."""
    if pair.at_root:
        yield from type_changed(pair)


@schema_rule("response-property-type-changed", "ERR", "changed", "response")
def response_property_type_changed(pair: SchemaPair) -> Iterator[Finding]:
    """The model attribute has the old type; parsing or callers' code fails."""
    if not pair.at_root:
        yield from type_changed(pair)


@schema_rule("response-required-property-removed", "ERR", "removed", "response")
def response_required_property_removed(pair: SchemaPair) -> Iterator[Finding]:
    """Callers read an attribute that is no longer there."""
    for name, _ in removed_properties(pair, "response"):
        if name in pair.base.required:
            yield Finding("was removed (it was required)", revision=pair.revision.pointer, subject=(name,))


@schema_rule("response-optional-property-removed", "WARN", "removed", "response")
def response_optional_property_removed(pair: SchemaPair) -> Iterator[Finding]:
    """The model loses an attribute callers may read."""
    for name, _ in removed_properties(pair, "response"):
        if name not in pair.base.required:
            yield Finding("was removed (it was optional)", revision=pair.revision.pointer, subject=(name,))


@schema_rule("response-required-property-added", "INFO", "added", "response")
def response_required_property_added(pair: SchemaPair) -> Iterator[Finding]:
    """A new attribute that is always present."""
    for name, view in added_properties(pair, "response"):
        if name in pair.revision.required:
            yield Finding("was added (always present)", revision=view.pointer, subject=(name,))


@schema_rule("response-optional-property-added", "INFO", "added", "response")
def response_optional_property_added(pair: SchemaPair) -> Iterator[Finding]:
    """A new attribute that may be present."""
    for name, view in added_properties(pair, "response"):
        if name not in pair.revision.required:
            yield Finding("was added (optional)", revision=view.pointer, subject=(name,))


@schema_rule("response-property-became-optional", "ERR", "changed", "response")
def response_property_became_optional(pair: SchemaPair) -> Iterator[Finding]:
    """Callers relying on the attribute find it unset."""
    for name, _, view in common_properties(pair, "response"):
        if name in pair.base.required and name not in pair.revision.required:
            yield Finding("became optional", revision=view.pointer, subject=(name,))


@schema_rule("response-property-became-required", "INFO", "changed", "response")
def response_property_became_required(pair: SchemaPair) -> Iterator[Finding]:
    """The attribute is now always present."""
    for name, _, view in common_properties(pair, "response"):
        if name not in pair.base.required and name in pair.revision.required:
            yield Finding("became required", revision=view.pointer, subject=(name,))


@schema_rule("response-property-became-nullable", "ERR", "changed", "response")
def response_property_became_nullable(pair: SchemaPair) -> Iterator[Finding]:
    """Callers get None where the model promised a value."""
    if not pair.at_root and pair.revision.nullable and not pair.base.nullable:
        yield Finding("became nullable", revision=pair.revision.pointer)


@schema_rule("response-property-became-not-nullable", "INFO", "changed", "response")
def response_property_became_not_nullable(pair: SchemaPair) -> Iterator[Finding]:
    """The attribute is never null any more."""
    if not pair.at_root and pair.base.nullable and not pair.revision.nullable:
        yield Finding("is no longer nullable", revision=pair.revision.pointer)


@schema_rule("response-property-enum-value-added", "WARN", "added", "response")
def response_property_enum_value_added(pair: SchemaPair) -> Iterator[Finding]:
    """The generated Enum does not know the new value, so parsing the response fails."""
    if not pair.at_root:
        yield from enum_values_added(pair, "may now be")


@schema_rule("response-property-enum-value-removed", "INFO", "removed", "response")
def response_property_enum_value_removed(pair: SchemaPair) -> Iterator[Finding]:
    """Readers never see the value again; the generated Enum changes (a minor release)."""
    if not pair.at_root:
        yield from enum_values_removed(pair, "will no longer be")
