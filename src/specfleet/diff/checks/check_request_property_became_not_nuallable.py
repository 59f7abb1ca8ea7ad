"""Request body / property nullability changes (nullable flag, null type, or a nullable oneOf wrapping)."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.nullable_type_utils import nullability_change_id
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_BECOME_NOT_NULLABLE_ID = "request-body-became-not-nullable"
REQUEST_BODY_BECOME_NULLABLE_ID = "request-body-became-nullable"
REQUEST_PROPERTY_BECOME_NOT_NULLABLE_ID = "request-property-became-not-nullable"
REQUEST_PROPERTY_BECOME_NULLABLE_ID = "request-property-became-nullable"


def request_property_became_not_nullable_check(diff_report: Diff, config: Config) -> list[Change]:
    """A request that may no longer send null breaks clients that did."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        body_id = nullability_change_id(
            info.schema_diff, REQUEST_BODY_BECOME_NULLABLE_ID, REQUEST_BODY_BECOME_NOT_NULLABLE_ID
        )
        if body_id:
            base, rev = schema_field_sources(info.operation_item, info.schema_diff, "nullable")
            result.append(info.new_change(body_id, [], "").with_sources(base, rev))

        def process_property(p: PropertyInfo) -> None:
            prop_id = nullability_change_id(
                p.property_diff, REQUEST_PROPERTY_BECOME_NULLABLE_ID, REQUEST_PROPERTY_BECOME_NOT_NULLABLE_ID
            )
            if prop_id:
                base, rev = schema_field_sources(info.operation_item, p.property_diff, "nullable")
                result.append(
                    p.new_change(
                        prop_id, [property_full_name(p.property_path, p.property_name)], ""
                    ).with_sources(base, rev)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
