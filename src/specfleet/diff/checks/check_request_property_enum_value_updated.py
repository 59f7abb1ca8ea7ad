"""Request property enum values removed or added."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_added_item_sources, schema_deleted_item_sources
from specfleet.diff.delta.diff import Diff

REQUEST_PROPERTY_ENUM_VALUE_REMOVED_ID = "request-property-enum-value-removed"
REQUEST_READ_ONLY_PROPERTY_ENUM_VALUE_REMOVED_ID = "request-read-only-property-enum-value-removed"
REQUEST_PROPERTY_ENUM_VALUE_ADDED_ID = "request-property-enum-value-added"


def request_property_enum_value_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Removing an enum value rejects requests that sent it (read-only properties are a lesser concern)."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        def process_property(p: PropertyInfo) -> None:
            enum_diff = p.property_diff.enum_diff
            if enum_diff is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)

            for enum_val in enum_diff.deleted:
                base, rev = schema_deleted_item_sources(
                    info.operation_item, p.property_diff, "enum", str(enum_val)
                )
                rule = REQUEST_PROPERTY_ENUM_VALUE_REMOVED_ID
                revision = p.property_diff.revision
                if revision is not None and revision.read_only:
                    rule = REQUEST_READ_ONLY_PROPERTY_ENUM_VALUE_REMOVED_ID
                result.append(p.new_change(rule, [enum_val, prop_name], "").with_sources(base, rev))

            for enum_val in enum_diff.added:
                base, rev = schema_added_item_sources(
                    info.operation_item, p.property_diff, "enum", str(enum_val)
                )
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_ENUM_VALUE_ADDED_ID, [enum_val, prop_name], ""
                    ).with_sources(base, rev)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
