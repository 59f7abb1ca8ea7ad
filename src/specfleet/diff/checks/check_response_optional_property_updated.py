"""Optional response properties that were added or removed."""

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

RESPONSE_OPTIONAL_PROPERTY_REMOVED_ID = "response-optional-property-removed"
RESPONSE_OPTIONAL_WRITE_ONLY_PROPERTY_REMOVED_ID = "response-optional-write-only-property-removed"
RESPONSE_OPTIONAL_PROPERTY_ADDED_ID = "response-optional-property-added"
RESPONSE_OPTIONAL_WRITE_ONLY_PROPERTY_ADDED_ID = "response-optional-write-only-property-added"


def response_optional_property_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report optional properties dropped from or introduced into response schemas."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        def on_deleted(
            property_path: str, property_name: str, property_item: Schema, parent: SchemaDiff
        ) -> None:
            if parent.base is None or property_name in parent.base.required:
                return  # reported as response-required-property-removed
            # A property moved into a oneOf wrapping is still in the contract.
            wrapping = parent.one_of_wrapping_diff
            if wrapping is not None and property_name in wrapping.moved_properties:
                return
            rule_id = (
                RESPONSE_OPTIONAL_WRITE_ONLY_PROPERTY_REMOVED_ID
                if property_item.write_only
                else RESPONSE_OPTIONAL_PROPERTY_REMOVED_ID
            )
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
            if parent.revision is None or property_name in parent.revision.required:
                return  # reported as response-required-property-added
            rule_id = (
                RESPONSE_OPTIONAL_WRITE_ONLY_PROPERTY_ADDED_ID
                if property_item.write_only
                else RESPONSE_OPTIONAL_PROPERTY_ADDED_ID
            )
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
