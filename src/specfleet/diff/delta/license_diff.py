"""Diff of the info.license object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import License


@dataclass(slots=True)
class LicenseDiff:
    """Changes between two license objects (or that one side has none)."""

    added: bool = False
    deleted: bool = False
    extensions_diff: ExtensionsDiff | None = None
    name_diff: ValueDiff | None = None
    url_diff: ValueDiff | None = None
    identifier_diff: ValueDiff | None = None

    def empty(self) -> bool:
        return self == LicenseDiff()


def get_license_diff(
    config: Config, license1: License | None, license2: License | None
) -> LicenseDiff | None:
    diff = get_license_diff_internal(config, license1, license2)
    if diff.empty():
        return None
    return diff


def get_license_diff_internal(
    config: Config, license1: License | None, license2: License | None
) -> LicenseDiff:
    result = LicenseDiff()
    if license1 is None and license2 is None:
        return result
    if license1 is None:
        result.added = True
        return result
    if license2 is None:
        result.deleted = True
        return result
    result.extensions_diff = get_extensions_diff(config, license1.extensions, license2.extensions)
    result.name_diff = get_value_diff(license1.name, license2.name)
    result.url_diff = get_value_diff(license1.url, license2.url)
    result.identifier_diff = get_value_diff(license1.identifier, license2.identifier)
    return result
