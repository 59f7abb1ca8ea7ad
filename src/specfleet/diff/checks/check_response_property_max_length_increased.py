"""Raised maxLength on response strings: clients may receive longer values."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import is_increased_value, property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_BODY_MAX_LENGTH_INCREASED_ID = "response-body-max-length-increased"
RESPONSE_PROPERTY_MAX_LENGTH_INCREASED_ID = "response-property-max-length-increased"


def response_property_max_length_increased_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report maxLength bounds that got increased (both sides set); write-only properties are skipped."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        value_diff = info.schema_diff.max_length_diff
        if (
            value_diff is not None
            and value_diff.from_ is not None
            and value_diff.to is not None
            and is_increased_value(value_diff)
        ):
            base_source, revision_source = schema_field_sources(
                info.operation_item, info.schema_diff, "maxLength"
            )
            result.append(
                info.new_change(
                    RESPONSE_BODY_MAX_LENGTH_INCREASED_ID, [value_diff.from_, value_diff.to], ""
                ).with_sources(base_source, revision_source)
            )

        def on_property(p: PropertyInfo) -> None:
            prop_value = p.property_diff.max_length_diff
            if prop_value is None or prop_value.to is None or prop_value.from_ is None:
                return
            if not is_increased_value(prop_value):
                return
            if p.property_diff.revision is None or p.property_diff.revision.write_only:
                return
            base_source, revision_source = schema_field_sources(
                info.operation_item, p.property_diff, "maxLength"
            )
            result.append(
                p.new_change(
                    RESPONSE_PROPERTY_MAX_LENGTH_INCREASED_ID,
                    [
                        property_full_name(p.property_path, p.property_name),
                        prop_value.from_,
                        prop_value.to,
                        info.response_status,
                    ],
                    "",
                ).with_sources(base_source, revision_source)
            )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
