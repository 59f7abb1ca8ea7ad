"""A JSON patch between two free-form values (extension values), like the jsondiff library oasdiff uses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from specfleet.diff.delta.value_diff import deep_equal


@dataclass(slots=True)
class JsonOperation:
    """One RFC 6902 operation; ``type`` is ``add``, ``remove`` or ``replace``."""

    old_value: Any
    value: Any
    type: str
    from_: str
    path: str

    def string(self) -> str:
        if self.type == "add":
            return f"Added {self.path} with value: '{_text(self.value)}'"
        if self.type == "remove":
            return f"Removed {self.path} with value: '{_text(self.old_value)}'"
        if self.type == "replace":
            return f"Modified {self.path or 'value'} from '{_text(self.old_value)}' to '{_text(self.value)}'"
        return f"{self.type} {self.path}"

    def __str__(self) -> str:
        return self.string()


def _text(value: Any) -> str:
    """Go's ``%v`` for a JSON value, near enough for messages."""
    if value is None:
        return "<nil>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return "[" + " ".join(_text(item) for item in value) + "]"
    if isinstance(value, dict):
        return "map[" + " ".join(f"{key}:{_text(value[key])}" for key in sorted(value)) + "]"
    return str(value)


class JsonPatch(list[JsonOperation]):
    def empty(self) -> bool:
        return len(self) == 0


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _compare(source: Any, target: Any, path: str, patch: JsonPatch) -> None:
    if deep_equal(source, target):
        return
    if isinstance(source, dict) and isinstance(target, dict):
        for key in sorted(source):
            if key not in target:
                patch.append(JsonOperation(source[key], None, "remove", "", f"{path}/{_escape(key)}"))
        for key in sorted(target):
            here = f"{path}/{_escape(key)}"
            if key not in source:
                patch.append(JsonOperation(None, target[key], "add", "", here))
            else:
                _compare(source[key], target[key], here, patch)
        return
    if isinstance(source, list) and isinstance(target, list):
        common = min(len(source), len(target))
        for index in range(common):
            _compare(source[index], target[index], f"{path}/{index}", patch)
        for index in range(len(source) - 1, common - 1, -1):
            patch.append(JsonOperation(source[index], None, "remove", "", f"{path}/{index}"))
        for index in range(common, len(target)):
            patch.append(JsonOperation(None, target[index], "add", "", f"{path}/-"))
        return
    patch.append(JsonOperation(source, target, "replace", "", path))


def compare_json(source: Any, target: Any) -> JsonPatch:
    """The operations that turn ``source`` into ``target``; empty when they are equal."""
    patch = JsonPatch()
    _compare(source, target, "", patch)
    return patch
