"""Request body / property patternProperties entries added or removed."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_map_item_source
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_PATTERN_PROPERTY_ADDED_ID = "request-body-pattern-property-added"
REQUEST_BODY_PATTERN_PROPERTY_REMOVED_ID = "request-body-pattern-property-removed"
REQUEST_PROPERTY_PATTERN_PROPERTY_ADDED_ID = "request-property-pattern-property-added"
REQUEST_PROPERTY_PATTERN_PROPERTY_REMOVED_ID = "request-property-pattern-property-removed"


def request_property_pattern_properties_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """A new patternProperties entry constrains request keys that match it."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        op = info.operation_item
        pat_diff = info.schema_diff.pattern_properties_diff
        if pat_diff is not None:
            for pattern in pat_diff.added:
                rev = schema_map_item_source(op.revision, pat_diff.revision, pattern)
                result.append(
                    info.new_change(REQUEST_BODY_PATTERN_PROPERTY_ADDED_ID, [pattern], "").with_sources(
                        None, rev
                    )
                )
            for pattern in pat_diff.deleted:
                base = schema_map_item_source(op.base, pat_diff.base, pattern)
                result.append(
                    info.new_change(REQUEST_BODY_PATTERN_PROPERTY_REMOVED_ID, [pattern], "").with_sources(
                        base, None
                    )
                )

        def process_property(p: PropertyInfo) -> None:
            prop_pat = p.property_diff.pattern_properties_diff
            if prop_pat is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            for pattern in prop_pat.added:
                rev = schema_map_item_source(op.revision, prop_pat.revision, pattern)
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_PATTERN_PROPERTY_ADDED_ID, [pattern, prop_name], ""
                    ).with_sources(None, rev)
                )
            for pattern in prop_pat.deleted:
                base = schema_map_item_source(op.base, prop_pat.base, pattern)
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_PATTERN_PROPERTY_REMOVED_ID, [pattern, prop_name], ""
                    ).with_sources(base, None)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
