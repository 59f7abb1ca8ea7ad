"""Discriminator changes on response bodies and their properties.

A client that dispatches on the discriminator needs to know when the tag property or its
mapping moves; all of these are reported, the severity lives in the rule registry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
from specfleet.diff.delta.discriminator_diff import DiscriminatorDiff

RESPONSE_BODY_DISCRIMINATOR_ADDED_ID = "response-body-discriminator-added"
RESPONSE_BODY_DISCRIMINATOR_REMOVED_ID = "response-body-discriminator-removed"
RESPONSE_BODY_DISCRIMINATOR_PROPERTY_NAME_CHANGED_ID = "response-body-discriminator-property-name-changed"
RESPONSE_BODY_DISCRIMINATOR_MAPPING_ADDED_ID = "response-body-discriminator-mapping-added"
RESPONSE_BODY_DISCRIMINATOR_MAPPING_DELETED_ID = "response-body-discriminator-mapping-deleted"
RESPONSE_BODY_DISCRIMINATOR_MAPPING_CHANGED_ID = "response-body-discriminator-mapping-changed"
RESPONSE_PROPERTY_DISCRIMINATOR_ADDED_ID = "response-property-discriminator-added"
RESPONSE_PROPERTY_DISCRIMINATOR_REMOVED_ID = "response-property-discriminator-removed"
RESPONSE_PROPERTY_DISCRIMINATOR_PROPERTY_NAME_CHANGED_ID = (
    "response-property-discriminator-property-name-changed"
)
RESPONSE_PROPERTY_DISCRIMINATOR_MAPPING_ADDED_ID = "response-property-discriminator-mapping-added"
RESPONSE_PROPERTY_DISCRIMINATOR_MAPPING_DELETED_ID = "response-property-discriminator-mapping-deleted"
RESPONSE_PROPERTY_DISCRIMINATOR_MAPPING_CHANGED_ID = "response-property-discriminator-mapping-changed"

AppendItem = Callable[..., None]


def response_discriminator_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report discriminator changes on every modified response schema and its properties."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        base_source, revision_source = schema_field_sources(
            info.operation_item, info.schema_diff, "discriminator"
        )

        def append_body(message_id: str, *args: Any) -> None:
            result.append(
                info.new_change(message_id, list(args), "").with_sources(base_source, revision_source)
            )

        process_discriminator_diff(info.schema_diff.discriminator_diff, info.response_status, "", append_body)

        def on_property(p: PropertyInfo) -> None:
            prop_base, prop_revision = schema_field_sources(
                info.operation_item, p.property_diff, "discriminator"
            )

            def append_prop(message_id: str, *args: Any) -> None:
                result.append(p.new_change(message_id, list(args), "").with_sources(prop_base, prop_revision))

            process_discriminator_diff(
                p.property_diff.discriminator_diff,
                info.response_status,
                property_full_name(p.property_path, p.property_name),
                append_prop,
            )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result


def process_discriminator_diff(
    discriminator_diff: DiscriminatorDiff | None,
    response_status: str,
    property_name: str,
    append_result_item: AppendItem,
) -> None:
    """Emit the body- or property-level discriminator ids (a property name selects the latter)."""
    if discriminator_diff is None:
        return
    prefix = "response-property-discriminator" if property_name else "response-body-discriminator"
    # Property-level messages name the property first; body-level ones don't.
    named = [property_name] if property_name else []

    if discriminator_diff.added:
        append_result_item(prefix + "-added", *named, response_status)
        return
    if discriminator_diff.deleted:
        append_result_item(prefix + "-removed", *named, response_status)
        return

    name_diff = discriminator_diff.property_name_diff
    if name_diff is not None:
        append_result_item(
            prefix + "-property-name-changed", *named, name_diff.from_, name_diff.to, response_status
        )

    mapping_diff = discriminator_diff.mapping_diff
    if mapping_diff is not None:
        if mapping_diff.added:
            append_result_item(prefix + "-mapping-added", mapping_diff.added, *named, response_status)
        if mapping_diff.deleted:
            append_result_item(prefix + "-mapping-deleted", mapping_diff.deleted, *named, response_status)
        for key, value in mapping_diff.modified.items():
            append_result_item(
                prefix + "-mapping-changed", key, value.from_, value.to, *named, response_status
            )
