"""`contains`, `minContains` and `maxContains` changes on response arrays (JSON Schema 2020-12)."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import is_decreased_value, is_increased_value, property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_BODY_CONTAINS_ADDED_ID = "response-body-contains-added"
RESPONSE_BODY_CONTAINS_REMOVED_ID = "response-body-contains-removed"
RESPONSE_BODY_MIN_CONTAINS_INCREASED_ID = "response-body-min-contains-increased"
RESPONSE_BODY_MIN_CONTAINS_DECREASED_ID = "response-body-min-contains-decreased"
RESPONSE_BODY_MAX_CONTAINS_INCREASED_ID = "response-body-max-contains-increased"
RESPONSE_BODY_MAX_CONTAINS_DECREASED_ID = "response-body-max-contains-decreased"
RESPONSE_PROPERTY_CONTAINS_ADDED_ID = "response-property-contains-added"
RESPONSE_PROPERTY_CONTAINS_REMOVED_ID = "response-property-contains-removed"
RESPONSE_PROPERTY_MIN_CONTAINS_INCREASED_ID = "response-property-min-contains-increased"
RESPONSE_PROPERTY_MIN_CONTAINS_DECREASED_ID = "response-property-min-contains-decreased"
RESPONSE_PROPERTY_MAX_CONTAINS_INCREASED_ID = "response-property-max-contains-increased"
RESPONSE_PROPERTY_MAX_CONTAINS_DECREASED_ID = "response-property-max-contains-decreased"


def response_property_contains_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report contains subschemas added/removed and min/maxContains bounds moved."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        schema_diff = info.schema_diff
        status = info.response_status
        contains_diff = schema_diff.contains_diff
        if contains_diff is not None:
            base_source, revision_source = schema_field_sources(info.operation_item, schema_diff, "contains")
            if contains_diff.schema_added:
                result.append(
                    info.new_change(RESPONSE_BODY_CONTAINS_ADDED_ID, [status], "").with_sources(
                        None, revision_source
                    )
                )
            if contains_diff.schema_deleted:
                result.append(
                    info.new_change(RESPONSE_BODY_CONTAINS_REMOVED_ID, [status], "").with_sources(
                        base_source, None
                    )
                )
        for field, value_diff, increased_id, decreased_id in (
            (
                "minContains",
                schema_diff.min_contains_diff,
                RESPONSE_BODY_MIN_CONTAINS_INCREASED_ID,
                RESPONSE_BODY_MIN_CONTAINS_DECREASED_ID,
            ),
            (
                "maxContains",
                schema_diff.max_contains_diff,
                RESPONSE_BODY_MAX_CONTAINS_INCREASED_ID,
                RESPONSE_BODY_MAX_CONTAINS_DECREASED_ID,
            ),
        ):
            if value_diff is None:
                continue
            base_source, revision_source = schema_field_sources(info.operation_item, schema_diff, field)
            args = [value_diff.from_, value_diff.to, status]
            if is_increased_value(value_diff):
                result.append(
                    info.new_change(increased_id, args, "").with_sources(base_source, revision_source)
                )
            if is_decreased_value(value_diff):
                result.append(
                    info.new_change(decreased_id, args, "").with_sources(base_source, revision_source)
                )

        def on_property(p: PropertyInfo) -> None:
            prop_diff = p.property_diff
            prop_name = property_full_name(p.property_path, p.property_name)
            prop_contains = prop_diff.contains_diff
            if prop_contains is not None:
                base_source, revision_source = schema_field_sources(
                    info.operation_item, prop_diff, "contains"
                )
                if prop_contains.schema_added:
                    result.append(
                        p.new_change(
                            RESPONSE_PROPERTY_CONTAINS_ADDED_ID, [prop_name, status], ""
                        ).with_sources(None, revision_source)
                    )
                if prop_contains.schema_deleted:
                    result.append(
                        p.new_change(
                            RESPONSE_PROPERTY_CONTAINS_REMOVED_ID, [prop_name, status], ""
                        ).with_sources(base_source, None)
                    )
            for field, value_diff, increased_id, decreased_id in (
                (
                    "minContains",
                    prop_diff.min_contains_diff,
                    RESPONSE_PROPERTY_MIN_CONTAINS_INCREASED_ID,
                    RESPONSE_PROPERTY_MIN_CONTAINS_DECREASED_ID,
                ),
                (
                    "maxContains",
                    prop_diff.max_contains_diff,
                    RESPONSE_PROPERTY_MAX_CONTAINS_INCREASED_ID,
                    RESPONSE_PROPERTY_MAX_CONTAINS_DECREASED_ID,
                ),
            ):
                if value_diff is None:
                    continue
                base_source, revision_source = schema_field_sources(info.operation_item, prop_diff, field)
                args = [prop_name, value_diff.from_, value_diff.to, status]
                if is_increased_value(value_diff):
                    result.append(
                        p.new_change(increased_id, args, "").with_sources(base_source, revision_source)
                    )
                if is_decreased_value(value_diff):
                    result.append(
                        p.new_change(decreased_id, args, "").with_sources(base_source, revision_source)
                    )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
