"""Changed free-form values (extensions and the like) keyed by name, each as a JSON patch."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from specfleet.diff.delta.json_diff import JsonPatch


class ModifiedInterfaces(dict[str, "JsonPatch"]):
    """Name -> JSON patch between the base and revision values."""

    def empty(self) -> bool:
        return len(self) == 0
