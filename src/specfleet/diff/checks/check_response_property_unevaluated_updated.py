"""unevaluatedItems / unevaluatedProperties subschemas added to or removed from response schemas."""

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

RESPONSE_BODY_UNEVALUATED_ITEMS_ADDED_ID = "response-body-unevaluated-items-added"
RESPONSE_BODY_UNEVALUATED_ITEMS_REMOVED_ID = "response-body-unevaluated-items-removed"
RESPONSE_BODY_UNEVALUATED_PROPERTIES_ADDED_ID = "response-body-unevaluated-properties-added"
RESPONSE_BODY_UNEVALUATED_PROPERTIES_REMOVED_ID = "response-body-unevaluated-properties-removed"
RESPONSE_PROPERTY_UNEVALUATED_ITEMS_ADDED_ID = "response-property-unevaluated-items-added"
RESPONSE_PROPERTY_UNEVALUATED_ITEMS_REMOVED_ID = "response-property-unevaluated-items-removed"
RESPONSE_PROPERTY_UNEVALUATED_PROPERTIES_ADDED_ID = "response-property-unevaluated-properties-added"
RESPONSE_PROPERTY_UNEVALUATED_PROPERTIES_REMOVED_ID = "response-property-unevaluated-properties-removed"


def response_property_unevaluated_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report unevaluated* subschemas that appeared or disappeared."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        schema_diff = info.schema_diff
        for sub_diff, added_id, removed_id, field in (
            (
                schema_diff.unevaluated_items_diff,
                RESPONSE_BODY_UNEVALUATED_ITEMS_ADDED_ID,
                RESPONSE_BODY_UNEVALUATED_ITEMS_REMOVED_ID,
                "unevaluatedItems",
            ),
            (
                schema_diff.unevaluated_properties_diff,
                RESPONSE_BODY_UNEVALUATED_PROPERTIES_ADDED_ID,
                RESPONSE_BODY_UNEVALUATED_PROPERTIES_REMOVED_ID,
                "unevaluatedProperties",
            ),
        ):
            if sub_diff is None:
                continue
            base_source, revision_source = schema_field_sources(info.operation_item, schema_diff, field)
            if sub_diff.schema_added:
                result.append(
                    info.new_change(added_id, [info.response_status], "").with_sources(None, revision_source)
                )
            if sub_diff.schema_deleted:
                result.append(
                    info.new_change(removed_id, [info.response_status], "").with_sources(base_source, None)
                )

        def on_property(p: PropertyInfo) -> None:
            prop_diff = p.property_diff
            prop_name = property_full_name(p.property_path, p.property_name)
            for sub_diff, added_id, removed_id, field in (
                (
                    prop_diff.unevaluated_items_diff,
                    RESPONSE_PROPERTY_UNEVALUATED_ITEMS_ADDED_ID,
                    RESPONSE_PROPERTY_UNEVALUATED_ITEMS_REMOVED_ID,
                    "unevaluatedItems",
                ),
                (
                    prop_diff.unevaluated_properties_diff,
                    RESPONSE_PROPERTY_UNEVALUATED_PROPERTIES_ADDED_ID,
                    RESPONSE_PROPERTY_UNEVALUATED_PROPERTIES_REMOVED_ID,
                    "unevaluatedProperties",
                ),
            ):
                if sub_diff is None:
                    continue
                base_source, revision_source = schema_field_sources(info.operation_item, prop_diff, field)
                if sub_diff.schema_added:
                    result.append(
                        p.new_change(added_id, [prop_name, info.response_status], "").with_sources(
                            None, revision_source
                        )
                    )
                if sub_diff.schema_deleted:
                    result.append(
                        p.new_change(removed_id, [prop_name, info.response_status], "").with_sources(
                            base_source, None
                        )
                    )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
