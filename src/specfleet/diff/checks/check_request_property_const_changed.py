"""Request body / property const added, removed or changed."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_CONST_ADDED_ID = "request-body-const-added"
REQUEST_BODY_CONST_REMOVED_ID = "request-body-const-removed"
REQUEST_BODY_CONST_CHANGED_ID = "request-body-const-changed"
REQUEST_PROPERTY_CONST_ADDED_ID = "request-property-const-added"
REQUEST_PROPERTY_CONST_REMOVED_ID = "request-property-const-removed"
REQUEST_PROPERTY_CONST_CHANGED_ID = "request-property-const-changed"


def request_property_const_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """A const pins the one value a request may send; adding or changing it rejects others."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        const_diff = info.schema_diff.const_diff
        if const_diff is not None:
            base, rev = schema_field_sources(info.operation_item, info.schema_diff, "const")
            if const_diff.from_ is None:
                result.append(
                    info.new_change(
                        REQUEST_BODY_CONST_ADDED_ID, [info.media_type, const_diff.to], ""
                    ).with_sources(None, rev)
                )
            elif const_diff.to is None:
                result.append(
                    info.new_change(
                        REQUEST_BODY_CONST_REMOVED_ID, [info.media_type, const_diff.from_], ""
                    ).with_sources(base, None)
                )
            else:
                result.append(
                    info.new_change(
                        REQUEST_BODY_CONST_CHANGED_ID, [info.media_type, const_diff.from_, const_diff.to], ""
                    ).with_sources(base, rev)
                )

        def process_property(p: PropertyInfo) -> None:
            prop_const = p.property_diff.const_diff
            if prop_const is None:
                return
            base, rev = schema_field_sources(info.operation_item, p.property_diff, "const")
            if prop_const.from_ is None:
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_CONST_ADDED_ID, [p.property_name, prop_const.to], ""
                    ).with_sources(None, rev)
                )
            elif prop_const.to is None:
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_CONST_REMOVED_ID, [p.property_name, prop_const.from_], ""
                    ).with_sources(base, None)
                )
            else:
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_CONST_CHANGED_ID,
                        [p.property_name, prop_const.from_, prop_const.to],
                        "",
                    ).with_sources(base, rev)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
