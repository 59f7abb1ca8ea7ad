"""Changes to a schema's ``discriminator``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.string_map_diff import StringMapDiff, get_string_map_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import Discriminator, MappingRef


@dataclass(slots=True)
class DiscriminatorDiff:
    added: bool = False
    deleted: bool = False
    extensions_diff: ExtensionsDiff | None = None
    property_name_diff: ValueDiff | None = None
    mapping_diff: StringMapDiff | None = None

    def empty(self) -> bool:
        return not (
            self.added
            or self.deleted
            or self.extensions_diff is not None
            or self.property_name_diff is not None
            or self.mapping_diff is not None
        )


def new_discriminator_diff() -> DiscriminatorDiff:
    return DiscriminatorDiff()


def get_discriminator_diff(
    config: Config, discriminator1: Discriminator | None, discriminator2: Discriminator | None
) -> DiscriminatorDiff | None:
    diff = get_discriminator_diff_internal(config, discriminator1, discriminator2)
    return None if diff.empty() else diff


def get_discriminator_diff_internal(
    config: Config, discriminator1: Discriminator | None, discriminator2: Discriminator | None
) -> DiscriminatorDiff:
    result = DiscriminatorDiff()
    if discriminator1 is None and discriminator2 is None:
        return result
    if discriminator1 is None:
        result.added = True
        return result
    if discriminator2 is None:
        result.deleted = True
        return result
    result.extensions_diff = get_extensions_diff(config, discriminator1.extensions, discriminator2.extensions)
    result.property_name_diff = get_value_diff(discriminator1.property_name, discriminator2.property_name)
    result.mapping_diff = get_string_map_diff(
        mapping_to_string_map(discriminator1.mapping), mapping_to_string_map(discriminator2.mapping)
    )
    return result


def mapping_to_string_map(mapping: Mapping[str, MappingRef]) -> dict[str, str]:
    return {key: value.ref for key, value in mapping.items()}
