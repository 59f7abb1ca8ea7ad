"""Diff of ``components.parameters`` (name -> parameter)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.parameter_diff import get_parameter_diff
from specfleet.diff.delta.parameters_diff_by_location import ParamDiffs, deref_param
from specfleet.diff.delta.summary import SummaryDetails

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import ParameterRef


@dataclass(slots=True)
class ParametersDiff:
    """Component parameters added, deleted and modified (by component name)."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ParamDiffs = field(default_factory=ParamDiffs)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))


def new_parameters_diff() -> ParametersDiff:
    return ParametersDiff()


def get_parameters_diff(
    config: Config, state: State, params1: Mapping[str, ParameterRef], params2: Mapping[str, ParameterRef]
) -> ParametersDiff | None:
    diff = get_parameters_diff_internal(config, state, params1, params2)
    if diff.empty():
        return None
    return diff


def get_parameters_diff_internal(
    config: Config, state: State, params1: Mapping[str, ParameterRef], params2: Mapping[str, ParameterRef]
) -> ParametersDiff:
    result = new_parameters_diff()
    for name1, param_ref1 in params1.items():
        param_ref2 = params2.get(name1)
        if param_ref2 is not None:
            diff = get_parameter_diff(config, state, deref_param(param_ref1), deref_param(param_ref2))
            if diff is not None and not diff.empty():
                result.modified[name1] = diff
        else:
            result.deleted.append(name1)
    for name2 in params2:
        if name2 not in params1:
            result.added.append(name2)
    return result
