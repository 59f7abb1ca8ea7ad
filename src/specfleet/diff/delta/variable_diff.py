"""Diff of one server variable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.string_list_diff import StringsDiff, get_strings_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff, get_value_diff_conditional

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import ServerVariable


@dataclass(slots=True)
class VariableDiff:
    """Changes between two server variables with the same name."""

    extensions_diff: ExtensionsDiff | None = None
    enum_diff: StringsDiff | None = None
    default_diff: ValueDiff | None = None
    description_diff: ValueDiff | None = None

    def empty(self) -> bool:
        return self == VariableDiff()


def get_variable_diff(config: Config, var1: ServerVariable, var2: ServerVariable) -> VariableDiff | None:
    diff = get_variable_diff_internal(config, var1, var2)
    if diff.empty():
        return None
    return diff


def get_variable_diff_internal(config: Config, var1: ServerVariable, var2: ServerVariable) -> VariableDiff:
    return VariableDiff(
        extensions_diff=get_extensions_diff(config, var1.extensions, var2.extensions),
        enum_diff=get_strings_diff(var1.enum, var2.enum),
        default_diff=get_value_diff(var1.default, var2.default),
        description_diff=get_value_diff_conditional(
            config.is_exclude_description(), var1.description, var2.description
        ),
    )
