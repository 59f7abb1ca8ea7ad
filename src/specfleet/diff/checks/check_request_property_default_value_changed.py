"""Request body / property default value added, removed or changed."""

from __future__ import annotations

from typing import Any

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_DEFAULT_VALUE_ADDED_ID = "request-body-default-value-added"
REQUEST_BODY_DEFAULT_VALUE_REMOVED_ID = "request-body-default-value-removed"
REQUEST_BODY_DEFAULT_VALUE_CHANGED_ID = "request-body-default-value-changed"
REQUEST_PROPERTY_DEFAULT_VALUE_ADDED_ID = "request-property-default-value-added"
REQUEST_PROPERTY_DEFAULT_VALUE_REMOVED_ID = "request-property-default-value-removed"
REQUEST_PROPERTY_DEFAULT_VALUE_CHANGED_ID = "request-property-default-value-changed"


def request_property_default_value_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """A changed default silently changes what the server assumes when a client omits the value."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        default_diff = info.schema_diff.default_diff
        if default_diff is not None:
            base, rev = schema_field_sources(info.operation_item, info.schema_diff, "default")
            args: list[Any]
            if default_diff.from_ is None:
                rule, args = REQUEST_BODY_DEFAULT_VALUE_ADDED_ID, [info.media_type, default_diff.to]
            elif default_diff.to is None:
                rule, args = REQUEST_BODY_DEFAULT_VALUE_REMOVED_ID, [info.media_type, default_diff.from_]
            else:
                rule = REQUEST_BODY_DEFAULT_VALUE_CHANGED_ID
                args = [info.media_type, default_diff.from_, default_diff.to]
            result.append(info.new_change(rule, args, "").with_sources(base, rev))

        def process_property(p: PropertyInfo) -> None:
            prop_default = p.property_diff.default_diff
            if prop_default is None:
                return
            base, rev = schema_field_sources(info.operation_item, p.property_diff, "default")
            args: list[Any]
            if prop_default.from_ is None:
                rule, args = REQUEST_PROPERTY_DEFAULT_VALUE_ADDED_ID, [p.property_name, prop_default.to]
            elif prop_default.to is None:
                rule, args = REQUEST_PROPERTY_DEFAULT_VALUE_REMOVED_ID, [p.property_name, prop_default.from_]
            else:
                rule = REQUEST_PROPERTY_DEFAULT_VALUE_CHANGED_ID
                args = [p.property_name, prop_default.from_, prop_default.to]
            result.append(p.new_change(rule, args, "").with_sources(base, rev))

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
