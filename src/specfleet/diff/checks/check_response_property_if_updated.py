"""`if` / `then` / `else` subschemas added to or removed from response schemas."""

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

RESPONSE_BODY_IF_ADDED_ID = "response-body-if-added"
RESPONSE_BODY_IF_REMOVED_ID = "response-body-if-removed"
RESPONSE_BODY_THEN_ADDED_ID = "response-body-then-added"
RESPONSE_BODY_THEN_REMOVED_ID = "response-body-then-removed"
RESPONSE_BODY_ELSE_ADDED_ID = "response-body-else-added"
RESPONSE_BODY_ELSE_REMOVED_ID = "response-body-else-removed"
RESPONSE_PROPERTY_IF_ADDED_ID = "response-property-if-added"
RESPONSE_PROPERTY_IF_REMOVED_ID = "response-property-if-removed"
RESPONSE_PROPERTY_THEN_ADDED_ID = "response-property-then-added"
RESPONSE_PROPERTY_THEN_REMOVED_ID = "response-property-then-removed"
RESPONSE_PROPERTY_ELSE_ADDED_ID = "response-property-else-added"
RESPONSE_PROPERTY_ELSE_REMOVED_ID = "response-property-else-removed"


def response_property_if_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report conditional subschemas that appeared or disappeared."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        schema_diff = info.schema_diff
        for sub_diff, added_id, removed_id, field in (
            (schema_diff.if_diff, RESPONSE_BODY_IF_ADDED_ID, RESPONSE_BODY_IF_REMOVED_ID, "if"),
            (schema_diff.then_diff, RESPONSE_BODY_THEN_ADDED_ID, RESPONSE_BODY_THEN_REMOVED_ID, "then"),
            (schema_diff.else_diff, RESPONSE_BODY_ELSE_ADDED_ID, RESPONSE_BODY_ELSE_REMOVED_ID, "else"),
        ):
            if sub_diff is None:
                continue
            base_source, revision_source = schema_field_sources(info.operation_item, schema_diff, field)
            if sub_diff.schema_added:
                result.append(
                    info.new_change(added_id, [info.response_status], "").with_sources(None, revision_source)
                )
            if sub_diff.schema_deleted:
                result.append(
                    info.new_change(removed_id, [info.response_status], "").with_sources(base_source, None)
                )

        def on_property(p: PropertyInfo) -> None:
            prop_diff = p.property_diff
            prop_name = property_full_name(p.property_path, p.property_name)
            for sub_diff, added_id, removed_id, field in (
                (prop_diff.if_diff, RESPONSE_PROPERTY_IF_ADDED_ID, RESPONSE_PROPERTY_IF_REMOVED_ID, "if"),
                (
                    prop_diff.then_diff,
                    RESPONSE_PROPERTY_THEN_ADDED_ID,
                    RESPONSE_PROPERTY_THEN_REMOVED_ID,
                    "then",
                ),
                (
                    prop_diff.else_diff,
                    RESPONSE_PROPERTY_ELSE_ADDED_ID,
                    RESPONSE_PROPERTY_ELSE_REMOVED_ID,
                    "else",
                ),
            ):
                if sub_diff is None:
                    continue
                base_source, revision_source = schema_field_sources(info.operation_item, prop_diff, field)
                if sub_diff.schema_added:
                    result.append(
                        p.new_change(added_id, [prop_name, info.response_status], "").with_sources(
                            None, revision_source
                        )
                    )
                if sub_diff.schema_deleted:
                    result.append(
                        p.new_change(removed_id, [prop_name, info.response_status], "").with_sources(
                            base_source, None
                        )
                    )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
