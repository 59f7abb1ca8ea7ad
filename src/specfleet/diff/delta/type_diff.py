"""Changes to a schema's ``type`` (one name in 3.0, a list in 3.1), order ignored."""

from __future__ import annotations

from typing import TYPE_CHECKING

from specfleet.diff.delta.string_list_diff import StringsDiff, get_strings_diff

if TYPE_CHECKING:
    from specfleet.diff.openapi3 import Types


def get_type_diff(types1: Types | None, types2: Types | None) -> StringsDiff | None:
    return get_strings_diff(types1 or [], types2 or [])
