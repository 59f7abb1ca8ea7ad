"""Diff of one parameter object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.content_diff import ContentDiff, get_content_diff
from specfleet.diff.delta.examples_diff import ExamplesDiff, get_examples_diff
from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.schema_diff import SchemaDiff, get_schema_diff
from specfleet.diff.delta.value_diff import (
    ValueDiff,
    get_bool_ref_diff,
    get_value_diff,
    get_value_diff_conditional,
)

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import Parameter


@dataclass(slots=True)
class ParameterDiff:
    """Changes between two matched parameters; ``base``/``revision`` are the compared parameters."""

    name_diff: ValueDiff | None = None
    in_diff: ValueDiff | None = None
    extensions_diff: ExtensionsDiff | None = None
    description_diff: ValueDiff | None = None
    style_diff: ValueDiff | None = None
    explode_diff: ValueDiff | None = None
    allow_empty_value_diff: ValueDiff | None = None
    allow_reserved_diff: ValueDiff | None = None
    deprecated_diff: ValueDiff | None = None
    required_diff: ValueDiff | None = None
    schema_diff: SchemaDiff | None = None
    example_diff: ValueDiff | None = None
    examples_diff: ExamplesDiff | None = None
    content_diff: ContentDiff | None = None
    base: Parameter | None = None
    revision: Parameter | None = None

    def empty(self) -> bool:
        return (
            self.name_diff is None
            and self.in_diff is None
            and self.extensions_diff is None
            and self.description_diff is None
            and self.style_diff is None
            and self.explode_diff is None
            and self.allow_empty_value_diff is None
            and self.allow_reserved_diff is None
            and self.deprecated_diff is None
            and self.required_diff is None
            and self.schema_diff is None
            and self.example_diff is None
            and self.examples_diff is None
            and self.content_diff is None
        )


def get_parameter_diff(
    config: Config, state: State, param1: Parameter, param2: Parameter
) -> ParameterDiff | None:
    diff = get_parameter_diff_internal(config, state, param1, param2)
    if diff.empty():
        return None
    return diff


def get_parameter_diff_internal(
    config: Config, state: State, param1: Parameter, param2: Parameter
) -> ParameterDiff:
    result = ParameterDiff()
    result.name_diff = get_value_diff(param1.name, param2.name)
    result.in_diff = get_value_diff(param1.in_, param2.in_)
    result.extensions_diff = get_extensions_diff(config, param1.extensions, param2.extensions)
    result.description_diff = get_value_diff_conditional(
        config.is_exclude_description(), param1.description, param2.description
    )
    result.style_diff = get_value_diff(param1.style, param2.style)
    result.explode_diff = get_bool_ref_diff(param1.explode, param2.explode)
    result.allow_empty_value_diff = get_value_diff(param1.allow_empty_value, param2.allow_empty_value)
    result.allow_reserved_diff = get_value_diff(param1.allow_reserved, param2.allow_reserved)
    result.deprecated_diff = get_value_diff(param1.deprecated, param2.deprecated)
    result.required_diff = get_value_diff(param1.required, param2.required)
    result.schema_diff = get_schema_diff(config, state, param1.schema, param2.schema)
    result.example_diff = get_value_diff_conditional(
        config.is_exclude_examples(), param1.example, param2.example
    )
    result.examples_diff = get_examples_diff(config, param1.examples, param2.examples)
    result.content_diff = get_content_diff(config, state, param1.content, param2.content)
    result.base = param1
    result.revision = param2
    return result
