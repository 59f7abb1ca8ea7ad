"""oneOf subschemas added to or removed from response bodies and properties."""

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
from specfleet.diff.checks.source import subschema_sources
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.modified_subschemas import Subschema

RESPONSE_BODY_ONE_OF_ADDED_ID = "response-body-one-of-added"
RESPONSE_BODY_ONE_OF_REMOVED_ID = "response-body-one-of-removed"
RESPONSE_PROPERTY_ONE_OF_ADDED_ID = "response-property-one-of-added"
RESPONSE_PROPERTY_ONE_OF_REMOVED_ID = "response-property-one-of-removed"


def response_property_one_of_updated(diff_report: Diff, config: Config) -> list[Change]:
    """Report oneOf alternatives added or removed (one change per side, listing them all)."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        subschemas_diff = info.schema_diff.one_of_diff
        if subschemas_diff is not None:
            added = subschemas_diff.added
            if added:
                base_source, revision_source = subschema_sources(
                    info.operation_item, info.schema_diff, "oneOf", -1, added[0].index
                )
                result.append(
                    info.new_change(
                        RESPONSE_BODY_ONE_OF_ADDED_ID, [_names(added), info.response_status], ""
                    ).with_sources(base_source, revision_source)
                )
            deleted = subschemas_diff.deleted
            if deleted:
                base_source, revision_source = subschema_sources(
                    info.operation_item, info.schema_diff, "oneOf", deleted[0].index, -1
                )
                result.append(
                    info.new_change(
                        RESPONSE_BODY_ONE_OF_REMOVED_ID, [_names(deleted), info.response_status], ""
                    ).with_sources(base_source, revision_source)
                )

        def on_property(p: PropertyInfo) -> None:
            prop_subschemas = p.property_diff.one_of_diff
            if prop_subschemas is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            added = prop_subschemas.added
            if added:
                base_source, revision_source = subschema_sources(
                    info.operation_item, p.property_diff, "oneOf", -1, added[0].index
                )
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_ONE_OF_ADDED_ID,
                        [_names(added), prop_name, info.response_status],
                        "",
                    ).with_sources(base_source, revision_source)
                )
            deleted = prop_subschemas.deleted
            if deleted:
                base_source, revision_source = subschema_sources(
                    info.operation_item, p.property_diff, "oneOf", deleted[0].index, -1
                )
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_ONE_OF_REMOVED_ID,
                        [_names(deleted), prop_name, info.response_status],
                        "",
                    ).with_sources(base_source, revision_source)
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result


def _names(subschemas: Sequence[Subschema]) -> str:
    """The subschemas as listed in messages ("subschema #2: Title, #/components/schemas/Pet")."""
    return ", ".join(subschema_name(subschema) for subschema in subschemas)
