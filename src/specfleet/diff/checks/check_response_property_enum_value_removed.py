"""Enum values removed from response properties (informational: the server sends fewer values)."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_deleted_item_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_PROPERTY_ENUM_VALUE_REMOVED_ID = "response-property-enum-value-removed"


def response_parameter_enum_value_removed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report each enum value removed from a response property."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        def on_property(p: PropertyInfo) -> None:
            enum_diff = p.property_diff.enum_diff
            if enum_diff is None or not enum_diff.deleted:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            for enum_val in enum_diff.deleted:
                base_source, revision_source = schema_deleted_item_sources(
                    info.operation_item, p.property_diff, "enum", str(enum_val)
                )
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_ENUM_VALUE_REMOVED_ID,
                        [enum_val, prop_name, info.response_status],
                        "",
                    ).with_sources(base_source, revision_source)
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
