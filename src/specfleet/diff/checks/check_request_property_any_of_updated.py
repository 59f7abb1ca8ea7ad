"""Request body / property anyOf subschemas added or removed."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import subschema_sources
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_ANY_OF_ADDED_ID = "request-body-any-of-added"
REQUEST_BODY_ANY_OF_REMOVED_ID = "request-body-any-of-removed"
REQUEST_PROPERTY_ANY_OF_ADDED_ID = "request-property-any-of-added"
REQUEST_PROPERTY_ANY_OF_REMOVED_ID = "request-property-any-of-removed"


def request_property_any_of_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Removing an anyOf alternative rejects requests that only matched it."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        any_of_diff = info.schema_diff.any_of_diff
        if any_of_diff is not None:
            added = any_of_diff.added
            if added:
                base, rev = subschema_sources(
                    info.operation_item, info.schema_diff, "anyOf", -1, added[0].index
                )
                result.append(
                    info.new_change(REQUEST_BODY_ANY_OF_ADDED_ID, [str(added)], "").with_sources(base, rev)
                )
            deleted = any_of_diff.deleted
            if deleted:
                base, rev = subschema_sources(
                    info.operation_item, info.schema_diff, "anyOf", deleted[0].index, -1
                )
                result.append(
                    info.new_change(REQUEST_BODY_ANY_OF_REMOVED_ID, [str(deleted)], "").with_sources(
                        base, rev
                    )
                )

        def process_property(p: PropertyInfo) -> None:
            prop_any_of = p.property_diff.any_of_diff
            if prop_any_of is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            added = prop_any_of.added
            if added:
                base, rev = subschema_sources(
                    info.operation_item, p.property_diff, "anyOf", -1, added[0].index
                )
                result.append(
                    p.new_change(REQUEST_PROPERTY_ANY_OF_ADDED_ID, [str(added), prop_name], "").with_sources(
                        base, rev
                    )
                )
            deleted = prop_any_of.deleted
            if deleted:
                base, rev = subschema_sources(
                    info.operation_item, p.property_diff, "anyOf", deleted[0].index, -1
                )
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_ANY_OF_REMOVED_ID, [str(deleted), prop_name], ""
                    ).with_sources(base, rev)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
