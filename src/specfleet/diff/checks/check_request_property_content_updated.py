"""Request body / property contentSchema, contentMediaType and contentEncoding changes."""

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

REQUEST_BODY_CONTENT_SCHEMA_ADDED_ID = "request-body-content-schema-added"
REQUEST_BODY_CONTENT_SCHEMA_REMOVED_ID = "request-body-content-schema-removed"
REQUEST_BODY_CONTENT_MEDIA_TYPE_CHANGED_ID = "request-body-content-media-type-changed"
REQUEST_BODY_CONTENT_ENCODING_CHANGED_ID = "request-body-content-encoding-changed"

REQUEST_PROPERTY_CONTENT_SCHEMA_ADDED_ID = "request-property-content-schema-added"
REQUEST_PROPERTY_CONTENT_SCHEMA_REMOVED_ID = "request-property-content-schema-removed"
REQUEST_PROPERTY_CONTENT_MEDIA_TYPE_CHANGED_ID = "request-property-content-media-type-changed"
REQUEST_PROPERTY_CONTENT_ENCODING_CHANGED_ID = "request-property-content-encoding-changed"


def request_property_content_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Changes to how string content is encoded or validated alter what a request may carry."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        sd = info.schema_diff
        if sd.content_schema_diff is not None:
            base, rev = schema_field_sources(info.operation_item, sd, "contentSchema")
            if sd.content_schema_diff.schema_added:
                result.append(
                    info.new_change(REQUEST_BODY_CONTENT_SCHEMA_ADDED_ID, [], "").with_sources(None, rev)
                )
            if sd.content_schema_diff.schema_deleted:
                result.append(
                    info.new_change(REQUEST_BODY_CONTENT_SCHEMA_REMOVED_ID, [], "").with_sources(base, None)
                )

        if sd.content_media_type_diff is not None:
            base, rev = schema_field_sources(info.operation_item, sd, "contentMediaType")
            d = sd.content_media_type_diff
            result.append(
                info.new_change(REQUEST_BODY_CONTENT_MEDIA_TYPE_CHANGED_ID, [d.from_, d.to], "").with_sources(
                    base, rev
                )
            )

        if sd.content_encoding_diff is not None:
            base, rev = schema_field_sources(info.operation_item, sd, "contentEncoding")
            d = sd.content_encoding_diff
            result.append(
                info.new_change(REQUEST_BODY_CONTENT_ENCODING_CHANGED_ID, [d.from_, d.to], "").with_sources(
                    base, rev
                )
            )

        def process_property(p: PropertyInfo) -> None:
            pd = p.property_diff
            prop_name = property_full_name(p.property_path, p.property_name)

            if pd.content_schema_diff is not None:
                base, rev = schema_field_sources(info.operation_item, pd, "contentSchema")
                if pd.content_schema_diff.schema_added:
                    result.append(
                        p.new_change(REQUEST_PROPERTY_CONTENT_SCHEMA_ADDED_ID, [prop_name], "").with_sources(
                            None, rev
                        )
                    )
                if pd.content_schema_diff.schema_deleted:
                    result.append(
                        p.new_change(
                            REQUEST_PROPERTY_CONTENT_SCHEMA_REMOVED_ID, [prop_name], ""
                        ).with_sources(base, None)
                    )

            if pd.content_media_type_diff is not None:
                base, rev = schema_field_sources(info.operation_item, pd, "contentMediaType")
                d = pd.content_media_type_diff
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_CONTENT_MEDIA_TYPE_CHANGED_ID, [prop_name, d.from_, d.to], ""
                    ).with_sources(base, rev)
                )

            if pd.content_encoding_diff is not None:
                base, rev = schema_field_sources(info.operation_item, pd, "contentEncoding")
                d = pd.content_encoding_diff
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_CONTENT_ENCODING_CHANGED_ID, [prop_name, d.from_, d.to], ""
                    ).with_sources(base, rev)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
