"""Diff of a media type's ``encoding`` map (property name -> encoding object)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.encoding_diff import EncodingDiff, get_encoding_diff

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import Encoding


class ModifiedEncodings(dict[str, EncodingDiff]):
    """Encoding (property) name -> its changes."""


@dataclass(slots=True)
class EncodingsDiff:
    """Encodings added, deleted and modified (by property name)."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedEncodings = field(default_factory=ModifiedEncodings)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified


def new_encodings_diff() -> EncodingsDiff:
    return EncodingsDiff()


def get_encodings_diff(
    config: Config, state: State, encodings1: Mapping[str, Encoding], encodings2: Mapping[str, Encoding]
) -> EncodingsDiff | None:
    diff = get_encodings_diff_internal(config, state, encodings1, encodings2)
    if diff.empty():
        return None
    return diff


def get_encodings_diff_internal(
    config: Config, state: State, encodings1: Mapping[str, Encoding], encodings2: Mapping[str, Encoding]
) -> EncodingsDiff:
    result = new_encodings_diff()
    for name1, encoding1 in encodings1.items():
        encoding2 = encodings2.get(name1)
        if encoding2 is not None:
            diff = get_encoding_diff(config, state, encoding1, encoding2)
            if diff is not None and not diff.empty():
                result.modified[name1] = diff
        else:
            result.deleted.append(name1)
    for name2 in encodings2:
        if name2 not in encodings1:
            result.added.append(name2)
    return result
