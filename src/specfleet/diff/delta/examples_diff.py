"""Diff of a map of named example objects (parameters, headers, media types, components)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.example_diff import ExampleDiff, get_example_diff
from specfleet.diff.delta.summary import SummaryDetails

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import Example, ExampleRef


class ModifiedExamples(dict[str, ExampleDiff]):
    """Example name -> its changes."""


@dataclass(slots=True)
class ExamplesDiff:
    """Examples added, deleted and modified (by name)."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedExamples = field(default_factory=ModifiedExamples)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))


def new_examples_diff() -> ExamplesDiff:
    return ExamplesDiff()


def get_examples_diff(
    config: Config, examples1: Mapping[str, ExampleRef], examples2: Mapping[str, ExampleRef]
) -> ExamplesDiff | None:
    diff = get_examples_diff_internal(config, examples1, examples2)
    if diff is None or diff.empty():
        return None
    return diff


def get_examples_diff_internal(
    config: Config, examples1: Mapping[str, ExampleRef], examples2: Mapping[str, ExampleRef]
) -> ExamplesDiff | None:
    if config.is_exclude_examples():
        return None
    result = new_examples_diff()
    for name1, example_ref1 in examples1.items():
        example_ref2 = examples2.get(name1)
        if example_ref2 is not None:
            diff = get_example_diff(config, deref_example(example_ref1), deref_example(example_ref2))
            if diff is not None and not diff.empty():
                result.modified[name1] = diff
        else:
            result.deleted.append(name1)
    for name2 in examples2:
        if name2 not in examples1:
            result.added.append(name2)
    return result


def deref_example(ref: ExampleRef | None) -> Example:
    if ref is None:
        raise DiffError("example reference is nil")
    return ref.value
