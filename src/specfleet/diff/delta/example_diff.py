"""Diff of one example object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff, get_value_diff_conditional

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import Example


@dataclass(slots=True)
class ExampleDiff:
    """Changes between two examples with the same name."""

    extensions_diff: ExtensionsDiff | None = None
    summary_diff: ValueDiff | None = None
    description_diff: ValueDiff | None = None
    value_diff: ValueDiff | None = None
    external_value_diff: ValueDiff | None = None

    def empty(self) -> bool:
        return (
            self.extensions_diff is None
            and self.summary_diff is None
            and self.description_diff is None
            and self.value_diff is None
            and self.external_value_diff is None
        )


def get_example_diff(config: Config, value1: Example, value2: Example) -> ExampleDiff | None:
    diff = get_example_diff_internal(config, value1, value2)
    if diff.empty():
        return None
    return diff


def get_example_diff_internal(config: Config, value1: Example, value2: Example) -> ExampleDiff:
    return ExampleDiff(
        extensions_diff=get_extensions_diff(config, value1.extensions, value2.extensions),
        summary_diff=get_value_diff_conditional(config.is_exclude_summary(), value1.summary, value2.summary),
        description_diff=get_value_diff_conditional(
            config.is_exclude_description(), value1.description, value2.description
        ),
        value_diff=get_value_diff(value1.value, value2.value),
        external_value_diff=get_value_diff(value1.external_value, value2.external_value),
    )
