"""Request parameters: each one is a keyword argument of the generated function."""

from __future__ import annotations

from collections.abc import Iterator

from specfleet.diff.model import Finding
from specfleet.diff.operations import Parameter
from specfleet.diff.resolve import SchemaView
from specfleet.diff.rules.base import OperationPair, ParameterPair, operation_rule, parameter_rule, quoted


def _added(pair: OperationPair) -> Iterator[Parameter]:
    for key, parameter in pair.revision.parameters.items():
        if key not in pair.base.parameters:
            yield parameter


def _removed(pair: OperationPair) -> Iterator[Parameter]:
    for key, parameter in pair.base.parameters.items():
        if key not in pair.revision.parameters:
            yield parameter


@operation_rule("new-required-request-parameter", "ERR", "added")
def new_required_request_parameter(pair: OperationPair) -> Iterator[Finding]:
    """Existing calls do not send it, so the server refuses them."""
    for parameter in _added(pair):
        if parameter.required:
            yield Finding(f"new required {parameter.label}", revision=parameter.pointer)


@operation_rule("new-optional-request-parameter", "INFO", "added")
def new_optional_request_parameter(pair: OperationPair) -> Iterator[Finding]:
    """A new optional keyword argument: existing calls keep working."""
    for parameter in _added(pair):
        if not parameter.required:
            yield Finding(f"new optional {parameter.label}", revision=parameter.pointer)


@operation_rule("request-parameter-removed", "WARN", "removed")
def request_parameter_removed(pair: OperationPair) -> Iterator[Finding]:
    """The keyword argument leaves the generated signature; callers passing it break."""
    for parameter in _removed(pair):
        if not parameter.deprecated:
            yield Finding(
                f"{parameter.label} was removed", revision=pair.revision.pointer, base=parameter.pointer
            )


@operation_rule("request-parameter-removed-with-deprecation", "INFO", "removed")
def request_parameter_removed_with_deprecation(pair: OperationPair) -> Iterator[Finding]:
    """Deprecated first, yet the keyword argument still leaves the signature (see POLICY)."""
    for parameter in _removed(pair):
        if parameter.deprecated:
            yield Finding(
                f"{parameter.label} was removed after being deprecated",
                revision=pair.revision.pointer,
                base=parameter.pointer,
            )


@parameter_rule("request-parameter-became-required", "ERR", "changed")
def request_parameter_became_required(pair: ParameterPair) -> Iterator[Finding]:
    """Calls that leave it out are now refused."""
    if pair.revision.required and not pair.base.required:
        yield Finding("became required", revision=(*pair.revision.pointer, "required"))


@parameter_rule("request-parameter-became-optional", "INFO", "changed")
def request_parameter_became_optional(pair: ParameterPair) -> Iterator[Finding]:
    """Calls may now leave it out."""
    if pair.base.required and not pair.revision.required:
        yield Finding("became optional", revision=(*pair.revision.pointer, "required"))


@parameter_rule("request-parameter-deprecated", "INFO", "deprecated")
def request_parameter_deprecated(pair: ParameterPair) -> Iterator[Finding]:
    """A deprecation is announced in a minor release."""
    if pair.revision.deprecated and not pair.base.deprecated:
        yield Finding("was deprecated", revision=(*pair.revision.pointer, "deprecated"))


@parameter_rule("request-parameter-reactivated", "INFO", "changed")
def request_parameter_reactivated(pair: ParameterPair) -> Iterator[Finding]:
    """A deprecation withdrawn."""
    if pair.base.deprecated and not pair.revision.deprecated:
        yield Finding("is no longer deprecated", revision=pair.revision.pointer)


def _schemas(pair: ParameterPair) -> tuple[SchemaView, SchemaView] | None:
    if pair.base.schema is None or pair.revision.schema is None:
        return None
    return pair.base.schema, pair.revision.schema


@parameter_rule("request-parameter-type-changed", "ERR", "changed")
def request_parameter_type_changed(pair: ParameterPair) -> Iterator[Finding]:
    """Values of the old type are refused, and the argument's annotation changes."""
    schemas = _schemas(pair)
    if schemas and schemas[0].types and schemas[1].types and schemas[0].type_label != schemas[1].type_label:
        yield Finding(
            f"changed type from {schemas[0].type_label} to {schemas[1].type_label}",
            revision=schemas[1].pointer,
        )


@parameter_rule("request-parameter-enum-value-removed", "ERR", "removed")
def request_parameter_enum_value_removed(pair: ParameterPair) -> Iterator[Finding]:
    """Calls sending the removed value are refused, and the client's Enum loses a member."""
    schemas = _schemas(pair)
    if schemas and schemas[0].enum is not None and schemas[1].enum is not None:
        for key, value in schemas[0].enum.items():
            if key not in schemas[1].enum:
                yield Finding(f"no longer accepts the value {quoted(value)}", revision=schemas[1].pointer)


@parameter_rule("request-parameter-enum-value-added", "INFO", "added")
def request_parameter_enum_value_added(pair: ParameterPair) -> Iterator[Finding]:
    """One more accepted value: widening a request is safe."""
    schemas = _schemas(pair)
    if schemas and schemas[0].enum is not None and schemas[1].enum is not None:
        for key, value in schemas[1].enum.items():
            if key not in schemas[0].enum:
                yield Finding(f"accepts the new value {quoted(value)}", revision=schemas[1].pointer)


@parameter_rule("request-parameter-became-enum", "ERR", "changed")
def request_parameter_became_enum(pair: ParameterPair) -> Iterator[Finding]:
    """Any value went; now only a list does."""
    schemas = _schemas(pair)
    if schemas and schemas[0].enum is None and schemas[1].enum is not None:
        values = ", ".join(quoted(value) for value in schemas[1].enum.values())
        yield Finding(f"was restricted to the values {values}", revision=schemas[1].pointer)
