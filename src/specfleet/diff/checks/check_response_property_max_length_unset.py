"""maxLength dropped from response strings: clients may receive values of any length."""

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

RESPONSE_BODY_MAX_LENGTH_UNSET_ID = "response-body-max-length-unset"
RESPONSE_PROPERTY_MAX_LENGTH_UNSET_ID = "response-property-max-length-unset"


def response_property_max_length_unset_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report maxLength removed (set in the base, absent in the revision); write-only properties are skipped."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        value_diff = info.schema_diff.max_length_diff
        if value_diff is not None and value_diff.from_ is not None and value_diff.to is None:
            base_source, _ = schema_field_sources(info.operation_item, info.schema_diff, "maxLength")
            result.append(
                info.new_change(RESPONSE_BODY_MAX_LENGTH_UNSET_ID, [value_diff.from_], "").with_sources(
                    base_source, None
                )
            )

        def on_property(p: PropertyInfo) -> None:
            prop_value = p.property_diff.max_length_diff
            if prop_value is None or prop_value.to is not None or prop_value.from_ is None:
                return
            if p.property_diff.revision is None or p.property_diff.revision.write_only:
                return
            base_source, _ = schema_field_sources(info.operation_item, p.property_diff, "maxLength")
            result.append(
                p.new_change(
                    RESPONSE_PROPERTY_MAX_LENGTH_UNSET_ID,
                    [
                        property_full_name(p.property_path, p.property_name),
                        prop_value.from_,
                        info.response_status,
                    ],
                    "",
                ).with_sources(base_source, None)
            )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
