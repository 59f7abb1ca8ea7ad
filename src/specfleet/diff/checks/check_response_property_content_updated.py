"""contentSchema / contentMediaType / contentEncoding changes on response strings (JSON Schema 2020-12)."""

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

RESPONSE_BODY_CONTENT_SCHEMA_ADDED_ID = "response-body-content-schema-added"
RESPONSE_BODY_CONTENT_SCHEMA_REMOVED_ID = "response-body-content-schema-removed"
RESPONSE_BODY_CONTENT_MEDIA_TYPE_CHANGED_ID = "response-body-content-media-type-changed"
RESPONSE_BODY_CONTENT_ENCODING_CHANGED_ID = "response-body-content-encoding-changed"
RESPONSE_PROPERTY_CONTENT_SCHEMA_ADDED_ID = "response-property-content-schema-added"
RESPONSE_PROPERTY_CONTENT_SCHEMA_REMOVED_ID = "response-property-content-schema-removed"
RESPONSE_PROPERTY_CONTENT_MEDIA_TYPE_CHANGED_ID = "response-property-content-media-type-changed"
RESPONSE_PROPERTY_CONTENT_ENCODING_CHANGED_ID = "response-property-content-encoding-changed"


def response_property_content_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report changes to the content* keywords that describe encoded string payloads."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        schema_diff = info.schema_diff
        status = info.response_status
        content_schema = schema_diff.content_schema_diff
        if content_schema is not None:
            base_source, revision_source = schema_field_sources(
                info.operation_item, schema_diff, "contentSchema"
            )
            if content_schema.schema_added:
                result.append(
                    info.new_change(RESPONSE_BODY_CONTENT_SCHEMA_ADDED_ID, [status], "").with_sources(
                        None, revision_source
                    )
                )
            if content_schema.schema_deleted:
                result.append(
                    info.new_change(RESPONSE_BODY_CONTENT_SCHEMA_REMOVED_ID, [status], "").with_sources(
                        base_source, None
                    )
                )
        for field, value_diff, rule_id in (
            (
                "contentMediaType",
                schema_diff.content_media_type_diff,
                RESPONSE_BODY_CONTENT_MEDIA_TYPE_CHANGED_ID,
            ),
            ("contentEncoding", schema_diff.content_encoding_diff, RESPONSE_BODY_CONTENT_ENCODING_CHANGED_ID),
        ):
            if value_diff is None:
                continue
            base_source, revision_source = schema_field_sources(info.operation_item, schema_diff, field)
            result.append(
                info.new_change(rule_id, [value_diff.from_, value_diff.to, status], "").with_sources(
                    base_source, revision_source
                )
            )

        def on_property(p: PropertyInfo) -> None:
            prop_diff = p.property_diff
            prop_name = property_full_name(p.property_path, p.property_name)
            prop_content_schema = prop_diff.content_schema_diff
            if prop_content_schema is not None:
                base_source, revision_source = schema_field_sources(
                    info.operation_item, prop_diff, "contentSchema"
                )
                if prop_content_schema.schema_added:
                    result.append(
                        p.new_change(
                            RESPONSE_PROPERTY_CONTENT_SCHEMA_ADDED_ID, [prop_name, status], ""
                        ).with_sources(None, revision_source)
                    )
                if prop_content_schema.schema_deleted:
                    result.append(
                        p.new_change(
                            RESPONSE_PROPERTY_CONTENT_SCHEMA_REMOVED_ID, [prop_name, status], ""
                        ).with_sources(base_source, None)
                    )
            for field, value_diff, rule_id in (
                (
                    "contentMediaType",
                    prop_diff.content_media_type_diff,
                    RESPONSE_PROPERTY_CONTENT_MEDIA_TYPE_CHANGED_ID,
                ),
                (
                    "contentEncoding",
                    prop_diff.content_encoding_diff,
                    RESPONSE_PROPERTY_CONTENT_ENCODING_CHANGED_ID,
                ),
            ):
                if value_diff is None:
                    continue
                base_source, revision_source = schema_field_sources(info.operation_item, prop_diff, field)
                result.append(
                    p.new_change(
                        rule_id, [prop_name, value_diff.from_, value_diff.to, status], ""
                    ).with_sources(base_source, revision_source)
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
