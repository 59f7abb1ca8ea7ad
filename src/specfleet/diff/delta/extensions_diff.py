"""Changes to specification extensions (``x-*``) and other keys an object does not define."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from specfleet.diff.delta.interface_map_diff import InterfaceMapDiff, _fill

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config


@dataclass(slots=True)
class ExtensionsDiff(InterfaceMapDiff):
    pass


def get_extensions_diff(
    config: Config, extensions1: Mapping[str, Any] | None, extensions2: Mapping[str, Any] | None
) -> ExtensionsDiff | None:
    """None when extensions are excluded or nothing changed."""
    if config.is_exclude_extensions():
        return None
    diff = get_extensions_diff_internal(
        filter_extensions(extensions1 or {}, config), filter_extensions(extensions2 or {}, config)
    )
    return None if diff.empty() else diff


def get_extensions_diff_internal(
    extensions1: Mapping[str, Any], extensions2: Mapping[str, Any]
) -> ExtensionsDiff:
    result = ExtensionsDiff()
    _fill(result, extensions1, extensions2)
    return result


def filter_extensions(extensions: Mapping[str, Any], config: Config) -> Mapping[str, Any]:
    """``extensions`` without the names the config leaves out."""
    if not config.exclude_extensions:
        return extensions
    return {name: value for name, value in extensions.items() if not config.is_excluded_extension(name)}
