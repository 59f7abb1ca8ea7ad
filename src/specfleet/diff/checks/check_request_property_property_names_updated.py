"""Request body / property propertyNames schema added or removed."""

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

REQUEST_BODY_PROPERTY_NAMES_ADDED_ID = "request-body-property-names-added"
REQUEST_BODY_PROPERTY_NAMES_REMOVED_ID = "request-body-property-names-removed"
REQUEST_PROPERTY_PROPERTY_NAMES_ADDED_ID = "request-property-property-names-added"
REQUEST_PROPERTY_PROPERTY_NAMES_REMOVED_ID = "request-property-property-names-removed"


def request_property_property_names_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """A propertyNames schema restricts which keys a request object may use."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        names_diff = info.schema_diff.property_names_diff
        if names_diff is not None:
            base, rev = schema_field_sources(info.operation_item, info.schema_diff, "propertyNames")
            if names_diff.schema_added:
                result.append(
                    info.new_change(REQUEST_BODY_PROPERTY_NAMES_ADDED_ID, [], "").with_sources(None, rev)
                )
            if names_diff.schema_deleted:
                result.append(
                    info.new_change(REQUEST_BODY_PROPERTY_NAMES_REMOVED_ID, [], "").with_sources(base, None)
                )

        def process_property(p: PropertyInfo) -> None:
            prop_names = p.property_diff.property_names_diff
            if prop_names is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            base, rev = schema_field_sources(info.operation_item, p.property_diff, "propertyNames")
            if prop_names.schema_added:
                result.append(
                    p.new_change(REQUEST_PROPERTY_PROPERTY_NAMES_ADDED_ID, [prop_name], "").with_sources(
                        None, rev
                    )
                )
            if prop_names.schema_deleted:
                result.append(
                    p.new_change(REQUEST_PROPERTY_PROPERTY_NAMES_REMOVED_ID, [prop_name], "").with_sources(
                        base, None
                    )
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
