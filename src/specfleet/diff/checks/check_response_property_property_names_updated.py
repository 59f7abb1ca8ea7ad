"""propertyNames subschemas added to or removed from response schemas."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_BODY_PROPERTY_NAMES_ADDED_ID = "response-body-property-names-added"
RESPONSE_BODY_PROPERTY_NAMES_REMOVED_ID = "response-body-property-names-removed"
RESPONSE_PROPERTY_PROPERTY_NAMES_ADDED_ID = "response-property-property-names-added"
RESPONSE_PROPERTY_PROPERTY_NAMES_REMOVED_ID = "response-property-property-names-removed"


def response_property_property_names_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report propertyNames constraints that appeared or disappeared."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        names_diff = info.schema_diff.property_names_diff
        if names_diff is not None:
            base_source, revision_source = schema_field_sources(
                info.operation_item, info.schema_diff, "propertyNames"
            )
            if names_diff.schema_added:
                result.append(
                    info.new_change(
                        RESPONSE_BODY_PROPERTY_NAMES_ADDED_ID, [info.response_status], ""
                    ).with_sources(None, revision_source)
                )
            if names_diff.schema_deleted:
                result.append(
                    info.new_change(
                        RESPONSE_BODY_PROPERTY_NAMES_REMOVED_ID, [info.response_status], ""
                    ).with_sources(base_source, None)
                )

        def on_property(p: PropertyInfo) -> None:
            prop_names = p.property_diff.property_names_diff
            if prop_names is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            base_source, revision_source = schema_field_sources(
                info.operation_item, p.property_diff, "propertyNames"
            )
            if prop_names.schema_added:
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_PROPERTY_NAMES_ADDED_ID, [prop_name, info.response_status], ""
                    ).with_sources(None, revision_source)
                )
            if prop_names.schema_deleted:
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_PROPERTY_NAMES_REMOVED_ID, [prop_name, info.response_status], ""
                    ).with_sources(base_source, None)
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
