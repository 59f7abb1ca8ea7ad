"""Nullability changes on response bodies and properties.

Becoming nullable means a client may now receive null where it never did; becoming
not-nullable narrows the output.
"""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.nullable_type_utils import nullability_change_id
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_PROPERTY_BECAME_NULLABLE_ID = "response-property-became-nullable"
RESPONSE_BODY_BECAME_NULLABLE_ID = "response-body-became-nullable"
RESPONSE_PROPERTY_BECAME_NOT_NULLABLE_ID = "response-property-became-not-nullable"
RESPONSE_BODY_BECAME_NOT_NULLABLE_ID = "response-body-became-not-nullable"


def response_property_became_nullable_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report nullability transitions in any of their spellings (nullable, type null, oneOf null)."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        body_id = nullability_change_id(
            info.schema_diff, RESPONSE_BODY_BECAME_NULLABLE_ID, RESPONSE_BODY_BECAME_NOT_NULLABLE_ID
        )
        if body_id:
            base_source, revision_source = schema_field_sources(
                info.operation_item, info.schema_diff, "nullable"
            )
            result.append(info.new_change(body_id, [], "").with_sources(base_source, revision_source))

        def on_property(p: PropertyInfo) -> None:
            prop_id = nullability_change_id(
                p.property_diff,
                RESPONSE_PROPERTY_BECAME_NULLABLE_ID,
                RESPONSE_PROPERTY_BECAME_NOT_NULLABLE_ID,
            )
            if not prop_id:
                return
            base_source, revision_source = schema_field_sources(
                info.operation_item, p.property_diff, "nullable"
            )
            result.append(
                p.new_change(
                    prop_id, [property_full_name(p.property_path, p.property_name), info.response_status], ""
                ).with_sources(base_source, revision_source)
            )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
