"""Required response properties that were added or removed, and bodies wrapped into a oneOf."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import (
    check_added_properties_diff,
    check_deleted_properties_diff,
    property_full_name,
)
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import MediaTypeInfo, walk_modified_response_schemas
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.schema_diff import SchemaDiff
from specfleet.diff.openapi3 import Schema

RESPONSE_REQUIRED_PROPERTY_REMOVED_ID = "response-required-property-removed"
RESPONSE_REQUIRED_WRITE_ONLY_PROPERTY_REMOVED_ID = "response-required-write-only-property-removed"
RESPONSE_REQUIRED_PROPERTY_ADDED_ID = "response-required-property-added"
RESPONSE_REQUIRED_WRITE_ONLY_PROPERTY_ADDED_ID = "response-required-write-only-property-added"
RESPONSE_BODY_WRAPPED_IN_ONE_OF_ID = "response-body-wrapped-in-one-of"


def response_required_property_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report required properties dropped from or added to response schemas."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        # Wrapping an object body into a oneOf means a guaranteed field may now be
        # absent: one finding per body, not per moved property.
        wrapping = info.schema_diff.one_of_wrapping_diff
        if wrapping is not None and not wrapping.empty():
            result.append(
                info.new_change(RESPONSE_BODY_WRAPPED_IN_ONE_OF_ID, [], "").with_sources(None, None)
            )

        def on_deleted(
            property_path: str, property_name: str, property_item: Schema, parent: SchemaDiff
        ) -> None:
            rule_id = (
                RESPONSE_REQUIRED_WRITE_ONLY_PROPERTY_REMOVED_ID
                if property_item.write_only
                else RESPONSE_REQUIRED_PROPERTY_REMOVED_ID
            )
            if parent.base is None or property_name not in parent.base.required:
                return  # reported as response-optional-property-removed
            moved = parent.one_of_wrapping_diff
            if moved is not None and property_name in moved.moved_properties:
                return
            result.append(
                info.new_change(
                    rule_id, [property_full_name(property_path, property_name), info.response_status], ""
                )
                .with_schema(parent)
                .with_sources(property_item.pointer, None)
            )

        def on_added(
            property_path: str, property_name: str, property_item: Schema, parent: SchemaDiff
        ) -> None:
            rule_id = (
                RESPONSE_REQUIRED_WRITE_ONLY_PROPERTY_ADDED_ID
                if property_item.write_only
                else RESPONSE_REQUIRED_PROPERTY_ADDED_ID
            )
            if parent.revision is None or property_name not in parent.revision.required:
                return  # reported as response-optional-property-added
            result.append(
                info.new_change(
                    rule_id, [property_full_name(property_path, property_name), info.response_status], ""
                )
                .with_schema(parent)
                .with_sources(None, property_item.pointer)
            )

        check_deleted_properties_diff(info.schema_diff, on_deleted)
        check_added_properties_diff(info.schema_diff, on_added)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
