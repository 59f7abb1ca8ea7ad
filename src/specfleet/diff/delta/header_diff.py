"""Diff of one header object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.examples_diff import ExamplesDiff, get_examples_diff
from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.schema_diff import SchemaDiff, get_schema_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff, get_value_diff_conditional

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.content_diff import ContentDiff
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import Header


@dataclass(slots=True)
class HeaderDiff:
    """Changes between two headers with the same name."""

    extensions_diff: ExtensionsDiff | None = None
    description_diff: ValueDiff | None = None
    deprecated_diff: ValueDiff | None = None
    required_diff: ValueDiff | None = None
    example_diff: ValueDiff | None = None
    examples_diff: ExamplesDiff | None = None
    schema_diff: SchemaDiff | None = None
    content_diff: ContentDiff | None = None

    def empty(self) -> bool:
        return (
            self.extensions_diff is None
            and self.description_diff is None
            and self.deprecated_diff is None
            and self.required_diff is None
            and self.example_diff is None
            and self.examples_diff is None
            and self.schema_diff is None
            and self.content_diff is None
        )


def get_header_diff(config: Config, state: State, header1: Header, header2: Header) -> HeaderDiff | None:
    diff = get_header_diff_internal(config, state, header1, header2)
    if diff.empty():
        return None
    return diff


def get_header_diff_internal(config: Config, state: State, header1: Header, header2: Header) -> HeaderDiff:
    # headers hold content, whose media types hold encodings, which hold headers: import late
    from specfleet.diff.delta.content_diff import get_content_diff

    result = HeaderDiff()
    result.extensions_diff = get_extensions_diff(config, header1.extensions, header2.extensions)
    result.description_diff = get_value_diff_conditional(
        config.is_exclude_description(), header1.description, header2.description
    )
    result.deprecated_diff = get_value_diff(header1.deprecated, header2.deprecated)
    result.required_diff = get_value_diff(header1.required, header2.required)
    result.examples_diff = get_examples_diff(config, header1.examples, header2.examples)
    result.schema_diff = get_schema_diff(config, state, header1.schema, header2.schema)
    result.example_diff = get_value_diff_conditional(
        config.is_exclude_examples(), header1.example, header2.example
    )
    result.content_diff = get_content_diff(config, state, header1.content, header2.content)
    return result
