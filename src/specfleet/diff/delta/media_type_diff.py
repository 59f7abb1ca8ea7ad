"""Diff of one media type object (under the same or a refined media type name)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.encodings_diff import EncodingsDiff, get_encodings_diff
from specfleet.diff.delta.examples_diff import ExamplesDiff, get_examples_diff
from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.media_type_name_diff import MediaTypeNameDiff, get_media_type_name_diff
from specfleet.diff.delta.schema_diff import SchemaDiff, get_schema_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff_conditional

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import MediaType


@dataclass(slots=True)
class MediaTypeDiff:
    """Changes to a media type's object, and to its name when a rename was paired."""

    extensions_diff: ExtensionsDiff | None = None
    schema_diff: SchemaDiff | None = None
    example_diff: ValueDiff | None = None
    examples_diff: ExamplesDiff | None = None
    encodings_diff: EncodingsDiff | None = None
    name_diff: MediaTypeNameDiff | None = None

    def empty(self) -> bool:
        return (
            self.extensions_diff is None
            and self.schema_diff is None
            and self.example_diff is None
            and self.examples_diff is None
            and self.encodings_diff is None
            and self.name_diff is None
        )


def get_media_type_diff(
    config: Config,
    state: State,
    name1: str,
    name2: str,
    media_type1: MediaType | None,
    media_type2: MediaType | None,
) -> MediaTypeDiff | None:
    diff = get_media_type_diff_internal(config, state, name1, name2, media_type1, media_type2)
    if diff.empty():
        return None
    return diff


def get_media_type_diff_internal(
    config: Config,
    state: State,
    name1: str,
    name2: str,
    media_type1: MediaType | None,
    media_type2: MediaType | None,
) -> MediaTypeDiff:
    if media_type1 is None or media_type2 is None:
        raise DiffError("media type is nil")
    result = MediaTypeDiff()
    result.name_diff = get_media_type_name_diff(name1, name2)
    result.extensions_diff = get_extensions_diff(config, media_type1.extensions, media_type2.extensions)
    result.schema_diff = get_schema_diff(config, state, media_type1.schema, media_type2.schema)
    result.example_diff = get_value_diff_conditional(
        config.is_exclude_examples(), media_type1.example, media_type2.example
    )
    result.encodings_diff = get_encodings_diff(config, state, media_type1.encoding, media_type2.encoding)
    result.examples_diff = get_examples_diff(config, media_type1.examples, media_type2.examples)
    return result
