"""Request body / property if, then and else subschemas added or removed."""

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

REQUEST_BODY_IF_ADDED_ID = "request-body-if-added"
REQUEST_BODY_IF_REMOVED_ID = "request-body-if-removed"
REQUEST_BODY_THEN_ADDED_ID = "request-body-then-added"
REQUEST_BODY_THEN_REMOVED_ID = "request-body-then-removed"
REQUEST_BODY_ELSE_ADDED_ID = "request-body-else-added"
REQUEST_BODY_ELSE_REMOVED_ID = "request-body-else-removed"
REQUEST_PROPERTY_IF_ADDED_ID = "request-property-if-added"
REQUEST_PROPERTY_IF_REMOVED_ID = "request-property-if-removed"
REQUEST_PROPERTY_THEN_ADDED_ID = "request-property-then-added"
REQUEST_PROPERTY_THEN_REMOVED_ID = "request-property-then-removed"
REQUEST_PROPERTY_ELSE_ADDED_ID = "request-property-else-added"
REQUEST_PROPERTY_ELSE_REMOVED_ID = "request-property-else-removed"


def request_property_if_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Conditional subschemas add or drop constraints on a request depending on its content."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        sd = info.schema_diff
        for sub_diff, added_id, removed_id, field in (
            (sd.if_diff, REQUEST_BODY_IF_ADDED_ID, REQUEST_BODY_IF_REMOVED_ID, "if"),
            (sd.then_diff, REQUEST_BODY_THEN_ADDED_ID, REQUEST_BODY_THEN_REMOVED_ID, "then"),
            (sd.else_diff, REQUEST_BODY_ELSE_ADDED_ID, REQUEST_BODY_ELSE_REMOVED_ID, "else"),
        ):
            if sub_diff is None:
                continue
            base, rev = schema_field_sources(info.operation_item, sd, field)
            if sub_diff.schema_added:
                result.append(info.new_change(added_id, [], "").with_sources(None, rev))
            if sub_diff.schema_deleted:
                result.append(info.new_change(removed_id, [], "").with_sources(base, None))

        def process_property(p: PropertyInfo) -> None:
            pd = p.property_diff
            prop_name = property_full_name(p.property_path, p.property_name)
            for sub_diff, added_id, removed_id, field in (
                (pd.if_diff, REQUEST_PROPERTY_IF_ADDED_ID, REQUEST_PROPERTY_IF_REMOVED_ID, "if"),
                (pd.then_diff, REQUEST_PROPERTY_THEN_ADDED_ID, REQUEST_PROPERTY_THEN_REMOVED_ID, "then"),
                (pd.else_diff, REQUEST_PROPERTY_ELSE_ADDED_ID, REQUEST_PROPERTY_ELSE_REMOVED_ID, "else"),
            ):
                if sub_diff is None:
                    continue
                base, rev = schema_field_sources(info.operation_item, pd, field)
                if sub_diff.schema_added:
                    result.append(p.new_change(added_id, [prop_name], "").with_sources(None, rev))
                if sub_diff.schema_deleted:
                    result.append(p.new_change(removed_id, [prop_name], "").with_sources(base, None))

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
