"""prefixItems entries added to or removed from response arrays (JSON Schema 2020-12)."""

from __future__ import annotations

from collections.abc import Sequence

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name, subschema_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.modified_subschemas import Subschema

RESPONSE_BODY_PREFIX_ITEMS_ADDED_ID = "response-body-prefix-items-added"
RESPONSE_BODY_PREFIX_ITEMS_REMOVED_ID = "response-body-prefix-items-removed"
RESPONSE_PROPERTY_PREFIX_ITEMS_ADDED_ID = "response-property-prefix-items-added"
RESPONSE_PROPERTY_PREFIX_ITEMS_REMOVED_ID = "response-property-prefix-items-removed"


def response_property_prefix_items_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report tuple positions that appeared or disappeared."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        prefix_diff = info.schema_diff.prefix_items_diff
        if prefix_diff is not None:
            base_source, revision_source = schema_field_sources(
                info.operation_item, info.schema_diff, "prefixItems"
            )
            if prefix_diff.added:
                result.append(
                    info.new_change(
                        RESPONSE_BODY_PREFIX_ITEMS_ADDED_ID,
                        [_names(prefix_diff.added), info.response_status],
                        "",
                    ).with_sources(None, revision_source)
                )
            if prefix_diff.deleted:
                result.append(
                    info.new_change(
                        RESPONSE_BODY_PREFIX_ITEMS_REMOVED_ID,
                        [_names(prefix_diff.deleted), info.response_status],
                        "",
                    ).with_sources(base_source, None)
                )

        def on_property(p: PropertyInfo) -> None:
            prop_prefix = p.property_diff.prefix_items_diff
            if prop_prefix is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            base_source, revision_source = schema_field_sources(
                info.operation_item, p.property_diff, "prefixItems"
            )
            if prop_prefix.added:
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_PREFIX_ITEMS_ADDED_ID,
                        [_names(prop_prefix.added), prop_name, info.response_status],
                        "",
                    ).with_sources(None, revision_source)
                )
            if prop_prefix.deleted:
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_PREFIX_ITEMS_REMOVED_ID,
                        [_names(prop_prefix.deleted), prop_name, info.response_status],
                        "",
                    ).with_sources(base_source, None)
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result


def _names(subschemas: Sequence[Subschema]) -> str:
    """The subschemas as listed in messages ("subschema #2: Title, #/components/schemas/Pet")."""
    return ", ".join(subschema_name(subschema) for subschema in subschemas)
