"""`const` added, removed or changed on response bodies and properties."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_BODY_CONST_ADDED_ID = "response-body-const-added"
RESPONSE_BODY_CONST_REMOVED_ID = "response-body-const-removed"
RESPONSE_BODY_CONST_CHANGED_ID = "response-body-const-changed"
RESPONSE_PROPERTY_CONST_ADDED_ID = "response-property-const-added"
RESPONSE_PROPERTY_CONST_REMOVED_ID = "response-property-const-removed"
RESPONSE_PROPERTY_CONST_CHANGED_ID = "response-property-const-changed"


def response_property_const_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report const changes; the body level names the media type, the property level the property."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        const_diff = info.schema_diff.const_diff
        if const_diff is not None:
            base_source, revision_source = schema_field_sources(
                info.operation_item, info.schema_diff, "const"
            )
            if const_diff.from_ is None:
                result.append(
                    info.new_change(
                        RESPONSE_BODY_CONST_ADDED_ID,
                        [info.media_type, const_diff.to, info.response_status],
                        "",
                    ).with_sources(None, revision_source)
                )
            elif const_diff.to is None:
                result.append(
                    info.new_change(
                        RESPONSE_BODY_CONST_REMOVED_ID,
                        [info.media_type, const_diff.from_, info.response_status],
                        "",
                    ).with_sources(base_source, None)
                )
            else:
                result.append(
                    info.new_change(
                        RESPONSE_BODY_CONST_CHANGED_ID,
                        [info.media_type, const_diff.from_, const_diff.to, info.response_status],
                        "",
                    ).with_sources(base_source, revision_source)
                )

        def on_property(p: PropertyInfo) -> None:
            prop_const = p.property_diff.const_diff
            if p.property_diff.revision is None or prop_const is None:
                return
            base_source, revision_source = schema_field_sources(info.operation_item, p.property_diff, "const")
            if prop_const.from_ is None:
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_CONST_ADDED_ID,
                        [p.property_name, prop_const.to, info.response_status],
                        "",
                    ).with_sources(None, revision_source)
                )
            elif prop_const.to is None:
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_CONST_REMOVED_ID,
                        [p.property_name, prop_const.from_, info.response_status],
                        "",
                    ).with_sources(base_source, None)
                )
            else:
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_CONST_CHANGED_ID,
                        [p.property_name, prop_const.from_, prop_const.to, info.response_status],
                        "",
                    ).with_sources(base_source, revision_source)
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
