"""Lowered minimum / exclusiveMinimum on response values: clients may receive smaller numbers."""

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

RESPONSE_BODY_MIN_DECREASED_ID = "response-body-min-decreased"
RESPONSE_PROPERTY_MIN_DECREASED_ID = "response-property-min-decreased"
RESPONSE_BODY_EXCLUSIVE_MIN_DECREASED_ID = "response-body-exclusive-min-decreased"
RESPONSE_PROPERTY_EXCLUSIVE_MIN_DECREASED_ID = "response-property-exclusive-min-decreased"


def response_property_min_decreased_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report lower bounds that went down (both sides set); write-only properties are skipped."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        schema_diff = info.schema_diff
        for field, value_diff, rule_id in (
            ("minimum", schema_diff.min_diff, RESPONSE_BODY_MIN_DECREASED_ID),
            ("exclusiveMinimum", schema_diff.exclusive_min_diff, RESPONSE_BODY_EXCLUSIVE_MIN_DECREASED_ID),
        ):
            if value_diff is None or value_diff.from_ is None or value_diff.to is None:
                continue
            if not is_decreased_value(value_diff):
                continue
            base_source, revision_source = schema_field_sources(info.operation_item, schema_diff, field)
            result.append(
                info.new_change(rule_id, [value_diff.from_, value_diff.to], "").with_sources(
                    base_source, revision_source
                )
            )

        def on_property(p: PropertyInfo) -> None:
            if p.property_diff.revision is None or p.property_diff.revision.write_only:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            for field, value_diff, rule_id in (
                ("minimum", p.property_diff.min_diff, RESPONSE_PROPERTY_MIN_DECREASED_ID),
                (
                    "exclusiveMinimum",
                    p.property_diff.exclusive_min_diff,
                    RESPONSE_PROPERTY_EXCLUSIVE_MIN_DECREASED_ID,
                ),
            ):
                if value_diff is None or value_diff.from_ is None or value_diff.to is None:
                    continue
                if not is_decreased_value(value_diff):
                    continue
                base_source, revision_source = schema_field_sources(
                    info.operation_item, p.property_diff, field
                )
                result.append(
                    p.new_change(
                        rule_id, [prop_name, value_diff.from_, value_diff.to, info.response_status], ""
                    ).with_sources(base_source, revision_source)
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
