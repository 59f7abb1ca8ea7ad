"""patternProperties entries added to or removed from response schemas."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_map_item_source
from specfleet.diff.delta.diff import Diff

RESPONSE_BODY_PATTERN_PROPERTY_ADDED_ID = "response-body-pattern-property-added"
RESPONSE_BODY_PATTERN_PROPERTY_REMOVED_ID = "response-body-pattern-property-removed"
RESPONSE_PROPERTY_PATTERN_PROPERTY_ADDED_ID = "response-property-pattern-property-added"
RESPONSE_PROPERTY_PATTERN_PROPERTY_REMOVED_ID = "response-property-pattern-property-removed"


def response_property_pattern_properties_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report each pattern properties key that appeared or disappeared."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        map_diff = info.schema_diff.pattern_properties_diff
        if map_diff is not None:
            for pattern in map_diff.added:
                revision_source = schema_map_item_source(
                    info.operation_item.revision, map_diff.revision, pattern
                )
                result.append(
                    info.new_change(
                        RESPONSE_BODY_PATTERN_PROPERTY_ADDED_ID, [pattern, info.response_status], ""
                    ).with_sources(None, revision_source)
                )
            for pattern in map_diff.deleted:
                base_source = schema_map_item_source(info.operation_item.base, map_diff.base, pattern)
                result.append(
                    info.new_change(
                        RESPONSE_BODY_PATTERN_PROPERTY_REMOVED_ID, [pattern, info.response_status], ""
                    ).with_sources(base_source, None)
                )

        def on_property(p: PropertyInfo) -> None:
            prop_map = p.property_diff.pattern_properties_diff
            if prop_map is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            for pattern in prop_map.added:
                revision_source = schema_map_item_source(
                    info.operation_item.revision, prop_map.revision, pattern
                )
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_PATTERN_PROPERTY_ADDED_ID,
                        [pattern, prop_name, info.response_status],
                        "",
                    ).with_sources(None, revision_source)
                )
            for pattern in prop_map.deleted:
                base_source = schema_map_item_source(info.operation_item.base, prop_map.base, pattern)
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_PATTERN_PROPERTY_REMOVED_ID,
                        [pattern, prop_name, info.response_status],
                        "",
                    ).with_sources(base_source, None)
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
