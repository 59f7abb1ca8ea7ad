"""dependentSchemas entries added to or removed from response schemas (JSON Schema 2020-12)."""

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

RESPONSE_BODY_DEPENDENT_SCHEMA_ADDED_ID = "response-body-dependent-schema-added"
RESPONSE_BODY_DEPENDENT_SCHEMA_REMOVED_ID = "response-body-dependent-schema-removed"
RESPONSE_PROPERTY_DEPENDENT_SCHEMA_ADDED_ID = "response-property-dependent-schema-added"
RESPONSE_PROPERTY_DEPENDENT_SCHEMA_REMOVED_ID = "response-property-dependent-schema-removed"


def response_property_dependent_schemas_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report each dependent schemas key that appeared or disappeared."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        map_diff = info.schema_diff.dependent_schemas_diff
        if map_diff is not None:
            for name in map_diff.added:
                revision_source = schema_map_item_source(
                    info.operation_item.revision, map_diff.revision, name
                )
                result.append(
                    info.new_change(
                        RESPONSE_BODY_DEPENDENT_SCHEMA_ADDED_ID, [name, info.response_status], ""
                    ).with_sources(None, revision_source)
                )
            for name in map_diff.deleted:
                base_source = schema_map_item_source(info.operation_item.base, map_diff.base, name)
                result.append(
                    info.new_change(
                        RESPONSE_BODY_DEPENDENT_SCHEMA_REMOVED_ID, [name, info.response_status], ""
                    ).with_sources(base_source, None)
                )

        def on_property(p: PropertyInfo) -> None:
            prop_map = p.property_diff.dependent_schemas_diff
            if prop_map is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            for name in prop_map.added:
                revision_source = schema_map_item_source(
                    info.operation_item.revision, prop_map.revision, name
                )
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_DEPENDENT_SCHEMA_ADDED_ID,
                        [name, prop_name, info.response_status],
                        "",
                    ).with_sources(None, revision_source)
                )
            for name in prop_map.deleted:
                base_source = schema_map_item_source(info.operation_item.base, prop_map.base, name)
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_DEPENDENT_SCHEMA_REMOVED_ID,
                        [name, prop_name, info.response_status],
                        "",
                    ).with_sources(base_source, None)
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
