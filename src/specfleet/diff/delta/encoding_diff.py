"""Diff of one encoding object of a multipart or form media type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.headers_diff import HeadersDiff, get_headers_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_bool_ref_diff, get_value_diff

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import Encoding


@dataclass(slots=True)
class EncodingDiff:
    """Changes between two encodings of the same property."""

    extensions_diff: ExtensionsDiff | None = None
    content_type_diff: ValueDiff | None = None
    headers_diff: HeadersDiff | None = None
    style_diff: ValueDiff | None = None
    explode_diff: ValueDiff | None = None
    allow_reserved_diff: ValueDiff | None = None

    def empty(self) -> bool:
        return (
            self.extensions_diff is None
            and self.content_type_diff is None
            and self.headers_diff is None
            and self.style_diff is None
            and self.explode_diff is None
            and self.allow_reserved_diff is None
        )


def get_encoding_diff(
    config: Config, state: State, value1: Encoding | None, value2: Encoding | None
) -> EncodingDiff | None:
    diff = get_encoding_diff_internal(config, state, value1, value2)
    if diff.empty():
        return None
    return diff


def get_encoding_diff_internal(
    config: Config, state: State, value1: Encoding | None, value2: Encoding | None
) -> EncodingDiff:
    if value1 is None or value2 is None:
        raise DiffError("encoding is nil")
    return EncodingDiff(
        extensions_diff=get_extensions_diff(config, value1.extensions, value2.extensions),
        content_type_diff=get_value_diff(value1.content_type, value2.content_type),
        headers_diff=get_headers_diff(config, state, value1.headers, value2.headers),
        style_diff=get_value_diff(value1.style, value2.style),
        explode_diff=get_bool_ref_diff(value1.explode, value2.explode),
        allow_reserved_diff=get_value_diff(value1.allow_reserved, value2.allow_reserved),
    )
