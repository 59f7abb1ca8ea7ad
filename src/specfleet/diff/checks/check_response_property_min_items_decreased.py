"""Lowered minItems on response arrays: clients may receive fewer items."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import is_decreased_value, property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_BODY_MIN_ITEMS_DECREASED_ID = "response-body-min-items-decreased"
RESPONSE_PROPERTY_MIN_ITEMS_DECREASED_ID = "response-property-min-items-decreased"


def response_property_min_items_decreased_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report minItems bounds that got decreased (both sides set); write-only properties are skipped."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        value_diff = info.schema_diff.min_items_diff
        if (
            value_diff is not None
            and value_diff.from_ is not None
            and value_diff.to is not None
            and is_decreased_value(value_diff)
        ):
            base_source, revision_source = schema_field_sources(
                info.operation_item, info.schema_diff, "minItems"
            )
            result.append(
                info.new_change(
                    RESPONSE_BODY_MIN_ITEMS_DECREASED_ID, [value_diff.from_, value_diff.to], ""
                ).with_sources(base_source, revision_source)
            )

        def on_property(p: PropertyInfo) -> None:
            prop_value = p.property_diff.min_items_diff
            if prop_value is None or prop_value.to is None or prop_value.from_ is None:
                return
            if not is_decreased_value(prop_value):
                return
            if p.property_diff.revision is None or p.property_diff.revision.write_only:
                return
            base_source, revision_source = schema_field_sources(
                info.operation_item, p.property_diff, "minItems"
            )
            result.append(
                p.new_change(
                    RESPONSE_PROPERTY_MIN_ITEMS_DECREASED_ID,
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
