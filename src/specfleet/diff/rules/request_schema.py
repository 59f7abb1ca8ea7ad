"""Request body schemas: what callers send, so narrowing breaks and widening is safe."""

from __future__ import annotations

from collections.abc import Iterator

from specfleet.diff.model import Finding
from specfleet.diff.rules.base import SchemaPair, quoted, schema_rule
from specfleet.diff.rules.schemas import (
    added_properties,
    common_properties,
    enum_values_added,
    enum_values_removed,
    removed_properties,
    type_changed,
)


@schema_rule("request-body-type-changed", "ERR", "changed", "request")
def request_body_type_changed(pair: SchemaPair) -> Iterator[Finding]:
    """A body of another type: existing calls send the wrong thing."""
    if pair.at_root:
        yield from type_changed(pair)


@schema_rule("request-property-type-changed", "ERR", "changed", "request")
def request_property_type_changed(pair: SchemaPair) -> Iterator[Finding]:
    """Values of the old type are refused, and the model attribute's annotation changes."""
    if not pair.at_root:
        yield from type_changed(pair)


@schema_rule("new-required-request-property", "ERR", "added", "request")
def new_required_request_property(pair: SchemaPair) -> Iterator[Finding]:
    """Existing calls do not send it, so the server refuses them; the model gains a required argument."""
    for name, view in added_properties(pair, "request"):
        if name in pair.revision.required:
            yield Finding("was added as required", revision=view.pointer, subject=(name,))


@schema_rule("new-optional-request-property", "INFO", "added", "request")
def new_optional_request_property(pair: SchemaPair) -> Iterator[Finding]:
    """A new optional model attribute: existing calls keep working."""
    for name, view in added_properties(pair, "request"):
        if name not in pair.revision.required:
            yield Finding("was added as optional", revision=view.pointer, subject=(name,))


@schema_rule("request-property-removed", "WARN", "removed", "request")
def request_property_removed(pair: SchemaPair) -> Iterator[Finding]:
    """The model loses an attribute callers may set; the server may also refuse it."""
    for name, _ in removed_properties(pair, "request"):
        yield Finding("was removed", revision=pair.revision.pointer, subject=(name,))


@schema_rule("request-property-became-required", "ERR", "changed", "request")
def request_property_became_required(pair: SchemaPair) -> Iterator[Finding]:
    """Calls that leave it out are now refused."""
    for name, _, view in common_properties(pair, "request"):
        if name in pair.revision.required and name not in pair.base.required:
            yield Finding("became required", revision=view.pointer, subject=(name,))


@schema_rule("request-property-became-optional", "INFO", "changed", "request")
def request_property_became_optional(pair: SchemaPair) -> Iterator[Finding]:
    """Calls may now leave it out."""
    for name, _, view in common_properties(pair, "request"):
        if name in pair.base.required and name not in pair.revision.required:
            yield Finding("became optional", revision=view.pointer, subject=(name,))


@schema_rule("request-property-enum-value-added", "INFO", "added", "request")
def request_property_enum_value_added(pair: SchemaPair) -> Iterator[Finding]:
    """One more accepted value: widening a request is safe."""
    if not pair.at_root:
        yield from enum_values_added(pair, "accepts the new value")


@schema_rule("request-property-enum-value-removed", "ERR", "removed", "request")
def request_property_enum_value_removed(pair: SchemaPair) -> Iterator[Finding]:
    """Calls sending the removed value are refused, and the client's Enum loses a member."""
    if not pair.at_root:
        yield from enum_values_removed(pair, "no longer accepts the value")


@schema_rule("request-property-became-enum", "ERR", "changed", "request")
def request_property_became_enum(pair: SchemaPair) -> Iterator[Finding]:
    """Any value went; now only a list does."""
    if not pair.at_root and pair.base.enum is None and pair.revision.enum is not None:
        values = ", ".join(quoted(value) for value in pair.revision.enum.values())
        yield Finding(f"was restricted to the values {values}", revision=pair.revision.pointer)


@schema_rule("request-property-became-nullable", "INFO", "changed", "request")
def request_property_became_nullable(pair: SchemaPair) -> Iterator[Finding]:
    """Callers may now send null."""
    if not pair.at_root and pair.revision.nullable and not pair.base.nullable:
        yield Finding("became nullable", revision=pair.revision.pointer)


@schema_rule("request-property-became-not-nullable", "ERR", "changed", "request")
def request_property_became_not_nullable(pair: SchemaPair) -> Iterator[Finding]:
    """Calls sending null are now refused."""
    if not pair.at_root and pair.base.nullable and not pair.revision.nullable:
        yield Finding("is no longer nullable", revision=pair.revision.pointer)
