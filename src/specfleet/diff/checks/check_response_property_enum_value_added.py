"""Enum values added to response properties: clients with exhaustive matches may not expect them."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import comment_id, property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_added_item_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_PROPERTY_ENUM_VALUE_ADDED_ID = "response-property-enum-value-added"
RESPONSE_WRITE_ONLY_PROPERTY_ENUM_VALUE_ADDED_ID = "response-write-only-property-enum-value-added"


def response_property_enum_value_added_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report each enum value added to a response property (write-only ones separately)."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        def on_property(p: PropertyInfo) -> None:
            enum_diff = p.property_diff.enum_diff
            if enum_diff is None or not enum_diff.added:
                return
            rule_id = RESPONSE_PROPERTY_ENUM_VALUE_ADDED_ID
            comment = comment_id(RESPONSE_PROPERTY_ENUM_VALUE_ADDED_ID)
            if p.property_diff.revision is not None and p.property_diff.revision.write_only:
                rule_id = RESPONSE_WRITE_ONLY_PROPERTY_ENUM_VALUE_ADDED_ID
                comment = ""
            prop_name = property_full_name(p.property_path, p.property_name)
            for enum_val in enum_diff.added:
                base_source, revision_source = schema_added_item_sources(
                    info.operation_item, p.property_diff, "enum", str(enum_val)
                )
                result.append(
                    p.new_change(rule_id, [enum_val, prop_name, info.response_status], comment).with_sources(
                        base_source, revision_source
                    )
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
