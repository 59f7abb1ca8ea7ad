"""Default values added, removed or changed on response bodies and properties."""

from __future__ import annotations

from typing import Any

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_BODY_DEFAULT_VALUE_ADDED_ID = "response-body-default-value-added"
RESPONSE_BODY_DEFAULT_VALUE_REMOVED_ID = "response-body-default-value-removed"
RESPONSE_BODY_DEFAULT_VALUE_CHANGED_ID = "response-body-default-value-changed"
RESPONSE_PROPERTY_DEFAULT_VALUE_ADDED_ID = "response-property-default-value-added"
RESPONSE_PROPERTY_DEFAULT_VALUE_REMOVED_ID = "response-property-default-value-removed"
RESPONSE_PROPERTY_DEFAULT_VALUE_CHANGED_ID = "response-property-default-value-changed"


def response_property_default_value_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report default-value changes; the body level names the media type, the property level the property."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        default_diff = info.schema_diff.default_diff
        if default_diff is not None:
            base_source, revision_source = schema_field_sources(
                info.operation_item, info.schema_diff, "default"
            )
            rule_id = RESPONSE_BODY_DEFAULT_VALUE_CHANGED_ID
            args: list[Any] = [info.media_type, default_diff.from_, default_diff.to, info.response_status]
            if default_diff.from_ is None:
                rule_id = RESPONSE_BODY_DEFAULT_VALUE_ADDED_ID
                args = [info.media_type, default_diff.to, info.response_status]
            elif default_diff.to is None:
                rule_id = RESPONSE_BODY_DEFAULT_VALUE_REMOVED_ID
                args = [info.media_type, default_diff.from_, info.response_status]
            result.append(info.new_change(rule_id, args, "").with_sources(base_source, revision_source))

        def on_property(p: PropertyInfo) -> None:
            prop_default = p.property_diff.default_diff
            if p.property_diff.revision is None or prop_default is None:
                return
            base_source, revision_source = schema_field_sources(
                info.operation_item, p.property_diff, "default"
            )
            rule_id = RESPONSE_PROPERTY_DEFAULT_VALUE_CHANGED_ID
            args: list[Any] = [p.property_name, prop_default.from_, prop_default.to, info.response_status]
            if prop_default.from_ is None:
                rule_id = RESPONSE_PROPERTY_DEFAULT_VALUE_ADDED_ID
                args = [p.property_name, prop_default.to, info.response_status]
            elif prop_default.to is None:
                rule_id = RESPONSE_PROPERTY_DEFAULT_VALUE_REMOVED_ID
                args = [p.property_name, prop_default.from_, info.response_status]
            result.append(p.new_change(rule_id, args, "").with_sources(base_source, revision_source))

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
