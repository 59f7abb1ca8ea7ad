"""Property names added to and removed from a schema's ``required``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.string_list_diff import StringsDiff, get_strings_diff

if TYPE_CHECKING:
    from specfleet.diff.openapi3 import Schema


@dataclass(slots=True)
class RequiredPropertiesDiff(StringsDiff):
    pass


def get_required_properties_diff(schema1: Schema, schema2: Schema) -> RequiredPropertiesDiff | None:
    return get_required_properties_diff_internal(schema1.required, schema2.required)


def get_required_properties_diff_internal(
    strings1: list[str], strings2: list[str]
) -> RequiredPropertiesDiff | None:
    strings_diff = get_strings_diff(strings1, strings2)
    if strings_diff is None:
        return None
    return RequiredPropertiesDiff(added=strings_diff.added, deleted=strings_diff.deleted)
