"""Request body / property prefixItems entries added or removed."""

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

REQUEST_BODY_PREFIX_ITEMS_ADDED_ID = "request-body-prefix-items-added"
REQUEST_BODY_PREFIX_ITEMS_REMOVED_ID = "request-body-prefix-items-removed"
REQUEST_PROPERTY_PREFIX_ITEMS_ADDED_ID = "request-property-prefix-items-added"
REQUEST_PROPERTY_PREFIX_ITEMS_REMOVED_ID = "request-property-prefix-items-removed"


def request_property_prefix_items_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """New positional item schemas constrain the leading elements of request arrays."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        prefix_diff = info.schema_diff.prefix_items_diff
        if prefix_diff is not None:
            base, rev = schema_field_sources(info.operation_item, info.schema_diff, "prefixItems")
            if prefix_diff.added:
                result.append(
                    info.new_change(
                        REQUEST_BODY_PREFIX_ITEMS_ADDED_ID, [str(prefix_diff.added)], ""
                    ).with_sources(None, rev)
                )
            if prefix_diff.deleted:
                result.append(
                    info.new_change(
                        REQUEST_BODY_PREFIX_ITEMS_REMOVED_ID, [str(prefix_diff.deleted)], ""
                    ).with_sources(base, None)
                )

        def process_property(p: PropertyInfo) -> None:
            prop_prefix = p.property_diff.prefix_items_diff
            if prop_prefix is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            base, rev = schema_field_sources(info.operation_item, p.property_diff, "prefixItems")
            if prop_prefix.added:
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_PREFIX_ITEMS_ADDED_ID, [str(prop_prefix.added), prop_name], ""
                    ).with_sources(None, rev)
                )
            if prop_prefix.deleted:
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_PREFIX_ITEMS_REMOVED_ID, [str(prop_prefix.deleted), prop_name], ""
                    ).with_sources(base, None)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
