"""Diff of two media type names paired as a rename (e.g. ``application/json`` -> ``application/problem+json``)."""

from __future__ import annotations

from dataclasses import dataclass

from specfleet.diff.delta.diff import DiffError
from specfleet.diff.delta.media_type_name import (
    MediaTypeNameError,
    is_media_type_name_contained,
    parse_media_type_name,
)
from specfleet.diff.delta.string_map_diff import StringMapDiff, get_string_map_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff


@dataclass(slots=True)
class MediaTypeNameDiff:
    """Which parts of the name changed; ``contained`` says the new name refines the old one."""

    name_diff: ValueDiff | None = None
    type_diff: ValueDiff | None = None
    subtype_diff: ValueDiff | None = None
    suffix_diff: ValueDiff | None = None
    parameters_diff: StringMapDiff | None = None
    contained: bool = False

    def empty(self) -> bool:
        return (
            self.name_diff is None
            and self.type_diff is None
            and self.subtype_diff is None
            and self.suffix_diff is None
            and self.parameters_diff is None
            and not self.contained
        )

    def is_contained(self) -> bool:
        return self.contained


def get_media_type_name_diff(name1: str, name2: str) -> MediaTypeNameDiff | None:
    diff = get_media_type_name_diff_internal(name1, name2)
    if diff is None or diff.empty():
        return None
    return diff


def get_media_type_name_diff_internal(name1: str, name2: str) -> MediaTypeNameDiff | None:
    if name1 == name2:
        return None
    try:
        media_type_name1 = parse_media_type_name(name1)
        media_type_name2 = parse_media_type_name(name2)
    except MediaTypeNameError as error:
        raise DiffError(str(error)) from error
    return MediaTypeNameDiff(
        name_diff=get_value_diff(name1, name2),
        type_diff=get_value_diff(media_type_name1.type, media_type_name2.type),
        subtype_diff=get_value_diff(media_type_name1.subtype, media_type_name2.subtype),
        suffix_diff=get_value_diff(media_type_name1.suffix, media_type_name2.suffix),
        parameters_diff=get_string_map_diff(media_type_name1.parameters, media_type_name2.parameters),
        contained=is_media_type_name_contained(name1, name2),
    )
