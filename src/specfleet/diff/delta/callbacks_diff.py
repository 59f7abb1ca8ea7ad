"""Diff of callbacks (name -> expression -> path item); each callback is compared like a paths object."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.path_items_diff import new_paths, paths_set
from specfleet.diff.delta.paths_diff import PathsDiff, get_paths_diff
from specfleet.diff.delta.summary import SummaryDetails

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import Callback, CallbackRef, Paths


class ModifiedCallbacks(dict[str, PathsDiff]):
    """Callback name -> the diff of its expressions as paths."""


@dataclass(slots=True)
class CallbacksDiff:
    """Callbacks added, deleted and modified (by name)."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedCallbacks = field(default_factory=ModifiedCallbacks)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))


def new_callbacks_diff() -> CallbacksDiff:
    return CallbacksDiff()


def get_callbacks_diff(
    config: Config, state: State, callbacks1: Mapping[str, CallbackRef], callbacks2: Mapping[str, CallbackRef]
) -> CallbacksDiff | None:
    diff = get_callbacks_diff_internal(config, state, callbacks1, callbacks2)
    if diff.empty():
        return None
    return diff


def get_callbacks_diff_internal(
    config: Config, state: State, callbacks1: Mapping[str, CallbackRef], callbacks2: Mapping[str, CallbackRef]
) -> CallbacksDiff:
    result = new_callbacks_diff()
    for name1, callback_ref1 in callbacks1.items():
        callback_ref2 = callbacks2.get(name1)
        if callback_ref2 is not None:
            diff = get_callback_diff(
                config, state, deref_callback(callback_ref1), deref_callback(callback_ref2)
            )
            if diff is not None and not diff.empty():
                result.modified[name1] = diff
        else:
            result.deleted.append(name1)
    for name2 in callbacks2:
        if name2 not in callbacks1:
            result.added.append(name2)
    return result


def deref_callback(ref: CallbackRef | None) -> Callback:
    if ref is None:
        raise DiffError("callback reference is nil")
    return ref.value


def get_callback_diff(
    config: Config, state: State, callback1: Callback, callback2: Callback
) -> PathsDiff | None:
    return get_paths_diff(config, state, call_back_to_paths(callback1), call_back_to_paths(callback2))


def call_back_to_paths(callback: Callback) -> Paths:
    """A fresh paths object holding the callback's expressions (filters may delete from it)."""
    result = new_paths(callback.pointer)
    for expression, path_item in callback.map().items():
        paths_set(result, expression, path_item)
    return result
