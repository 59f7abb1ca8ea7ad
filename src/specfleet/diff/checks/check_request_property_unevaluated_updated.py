"""Request body / property unevaluatedItems and unevaluatedProperties added or removed."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_UNEVALUATED_ITEMS_ADDED_ID = "request-body-unevaluated-items-added"
REQUEST_BODY_UNEVALUATED_ITEMS_REMOVED_ID = "request-body-unevaluated-items-removed"
REQUEST_BODY_UNEVALUATED_PROPERTIES_ADDED_ID = "request-body-unevaluated-properties-added"
REQUEST_BODY_UNEVALUATED_PROPERTIES_REMOVED_ID = "request-body-unevaluated-properties-removed"

REQUEST_PROPERTY_UNEVALUATED_ITEMS_ADDED_ID = "request-property-unevaluated-items-added"
REQUEST_PROPERTY_UNEVALUATED_ITEMS_REMOVED_ID = "request-property-unevaluated-items-removed"
REQUEST_PROPERTY_UNEVALUATED_PROPERTIES_ADDED_ID = "request-property-unevaluated-properties-added"
REQUEST_PROPERTY_UNEVALUATED_PROPERTIES_REMOVED_ID = "request-property-unevaluated-properties-removed"


def request_property_unevaluated_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """An unevaluated* schema constrains whatever the other keywords left unchecked in a request."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        sd = info.schema_diff
        for sub_diff, field, added_id, removed_id in (
            (
                sd.unevaluated_items_diff,
                "unevaluatedItems",
                REQUEST_BODY_UNEVALUATED_ITEMS_ADDED_ID,
                REQUEST_BODY_UNEVALUATED_ITEMS_REMOVED_ID,
            ),
            (
                sd.unevaluated_properties_diff,
                "unevaluatedProperties",
                REQUEST_BODY_UNEVALUATED_PROPERTIES_ADDED_ID,
                REQUEST_BODY_UNEVALUATED_PROPERTIES_REMOVED_ID,
            ),
        ):
            if sub_diff is None:
                continue
            base, rev = schema_field_sources(info.operation_item, sd, field)
            if sub_diff.schema_added:
                result.append(info.new_change(added_id, [], "").with_sources(None, rev))
            if sub_diff.schema_deleted:
                result.append(info.new_change(removed_id, [], "").with_sources(base, None))

        def process_property(p: PropertyInfo) -> None:
            pd = p.property_diff
            prop_name = property_full_name(p.property_path, p.property_name)
            for sub_diff, field, added_id, removed_id in (
                (
                    pd.unevaluated_items_diff,
                    "unevaluatedItems",
                    REQUEST_PROPERTY_UNEVALUATED_ITEMS_ADDED_ID,
                    REQUEST_PROPERTY_UNEVALUATED_ITEMS_REMOVED_ID,
                ),
                (
                    pd.unevaluated_properties_diff,
                    "unevaluatedProperties",
                    REQUEST_PROPERTY_UNEVALUATED_PROPERTIES_ADDED_ID,
                    REQUEST_PROPERTY_UNEVALUATED_PROPERTIES_REMOVED_ID,
                ),
            ):
                if sub_diff is None:
                    continue
                base, rev = schema_field_sources(info.operation_item, pd, field)
                if sub_diff.schema_added:
                    result.append(p.new_change(added_id, [prop_name], "").with_sources(None, rev))
                if sub_diff.schema_deleted:
                    result.append(p.new_change(removed_id, [prop_name], "").with_sources(base, None))

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
