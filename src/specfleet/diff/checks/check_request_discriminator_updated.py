"""Discriminator changes in request bodies and their properties alter how payloads are dispatched."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
from specfleet.diff.delta.discriminator_diff import DiscriminatorDiff

REQUEST_BODY_DISCRIMINATOR_ADDED_ID = "request-body-discriminator-added"
REQUEST_BODY_DISCRIMINATOR_REMOVED_ID = "request-body-discriminator-removed"
REQUEST_BODY_DISCRIMINATOR_PROPERTY_NAME_CHANGED_ID = "request-body-discriminator-property-name-changed"
REQUEST_BODY_DISCRIMINATOR_MAPPING_ADDED_ID = "request-body-discriminator-mapping-added"
REQUEST_BODY_DISCRIMINATOR_MAPPING_DELETED_ID = "request-body-discriminator-mapping-deleted"
REQUEST_BODY_DISCRIMINATOR_MAPPING_CHANGED_ID = "request-body-discriminator-mapping-changed"
REQUEST_PROPERTY_DISCRIMINATOR_ADDED_ID = "request-property-discriminator-added"
REQUEST_PROPERTY_DISCRIMINATOR_REMOVED_ID = "request-property-discriminator-removed"
REQUEST_PROPERTY_DISCRIMINATOR_PROPERTY_NAME_CHANGED_ID = (
    "request-property-discriminator-property-name-changed"
)
REQUEST_PROPERTY_DISCRIMINATOR_MAPPING_ADDED_ID = "request-property-discriminator-mapping-added"
REQUEST_PROPERTY_DISCRIMINATOR_MAPPING_DELETED_ID = "request-property-discriminator-mapping-deleted"
REQUEST_PROPERTY_DISCRIMINATOR_MAPPING_CHANGED_ID = "request-property-discriminator-mapping-changed"

AppendResultItem = Callable[..., None]


def request_discriminator_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report discriminator changes on request body schemas and on their nested properties."""
    result: list[Change] = []

    def process_media_type(info: MediaTypeInfo) -> None:
        body_base_source, body_revision_source = schema_field_sources(
            info.operation_item, info.schema_diff, "discriminator"
        )

        def append_body_result_item(message_id: str, *args: Any) -> None:
            result.append(
                info.new_change(message_id, list(args), "").with_sources(
                    body_base_source, body_revision_source
                )
            )

        process_discriminator_diff_for_request(
            info.schema_diff.discriminator_diff, "", append_body_result_item
        )

        def process_property(p: PropertyInfo) -> None:
            prop_base_source, prop_revision_source = schema_field_sources(
                info.operation_item, p.property_diff, "discriminator"
            )

            def append_prop_result_item(message_id: str, *args: Any) -> None:
                result.append(
                    p.new_change(message_id, list(args), "").with_sources(
                        prop_base_source, prop_revision_source
                    )
                )

            process_discriminator_diff_for_request(
                p.property_diff.discriminator_diff,
                property_full_name(p.property_path, p.property_name),
                append_prop_result_item,
            )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process_media_type)
    return result


def process_discriminator_diff_for_request(
    discriminator_diff: DiscriminatorDiff | None,
    property_name: str,
    append_result_item: AppendResultItem,
) -> None:
    """Emit the discriminator rule ids; a non-empty `property_name` selects the property variants."""
    if discriminator_diff is None:
        return
    prefix = "request-property-discriminator" if property_name else "request-body-discriminator"

    if discriminator_diff.added:
        if property_name == "":
            append_result_item(prefix + "-added")
        else:
            append_result_item(prefix + "-added", property_name)
        return
    if discriminator_diff.deleted:
        if property_name == "":
            append_result_item(prefix + "-removed")
        else:
            append_result_item(prefix + "-removed", property_name)
        return

    name_diff = discriminator_diff.property_name_diff
    if name_diff is not None:
        if property_name == "":
            append_result_item(prefix + "-property-name-changed", name_diff.from_, name_diff.to)
        else:
            append_result_item(
                prefix + "-property-name-changed", property_name, name_diff.from_, name_diff.to
            )

    mapping_diff = discriminator_diff.mapping_diff
    if mapping_diff is not None:
        if mapping_diff.added:
            if property_name == "":
                append_result_item(prefix + "-mapping-added", mapping_diff.added)
            else:
                append_result_item(prefix + "-mapping-added", mapping_diff.added, property_name)
        if mapping_diff.deleted:
            if property_name == "":
                append_result_item(prefix + "-mapping-deleted", mapping_diff.deleted)
            else:
                append_result_item(prefix + "-mapping-deleted", mapping_diff.deleted, property_name)
        for key, value in mapping_diff.modified.items():
            if property_name == "":
                append_result_item(prefix + "-mapping-changed", key, value.from_, value.to)
            else:
                append_result_item(prefix + "-mapping-changed", key, value.from_, value.to, property_name)
