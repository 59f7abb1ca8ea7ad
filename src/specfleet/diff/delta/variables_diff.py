"""Diff of a server's variables, matched by name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.variable_diff import VariableDiff, get_variable_diff

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import ServerVariable


class ModifiedVariables(dict[str, VariableDiff]):
    """Variable name -> its changes."""


@dataclass(slots=True)
class VariablesDiff:
    """Server variables added, deleted and modified."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedVariables = field(default_factory=ModifiedVariables)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified


def new_variables_diff() -> VariablesDiff:
    return VariablesDiff()


def get_variables_diff(
    config: Config,
    variables1: Mapping[str, ServerVariable] | None,
    variables2: Mapping[str, ServerVariable] | None,
) -> VariablesDiff | None:
    diff = get_variables_diff_internal(config, variables1 or {}, variables2 or {})
    if diff.empty():
        return None
    return diff


def get_variables_diff_internal(
    config: Config, variables1: Mapping[str, ServerVariable], variables2: Mapping[str, ServerVariable]
) -> VariablesDiff:
    result = new_variables_diff()
    for name1, var1 in variables1.items():
        var2 = variables2.get(name1)
        if var2 is None:
            result.deleted.append(name1)
            continue
        diff = get_variable_diff(config, var1, var2)
        if diff is not None:
            result.modified[name1] = diff
    for name2 in variables2:
        if name2 not in variables1:
            result.added.append(name2)
    return result
