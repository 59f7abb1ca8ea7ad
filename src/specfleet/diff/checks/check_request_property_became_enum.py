"""Request property that gained an enum: requests outside the list are now rejected."""

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

REQUEST_PROPERTY_BECAME_ENUM_ID = "request-property-became-enum"


def request_property_became_enum_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report request properties whose enum appeared where there was none."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        def process_property(p: PropertyInfo) -> None:
            enum_diff = p.property_diff.enum_diff
            if enum_diff is None or not enum_diff.enum_added:
                return
            base, rev = schema_field_sources(info.operation_item, p.property_diff, "enum")
            result.append(
                p.new_change(
                    REQUEST_PROPERTY_BECAME_ENUM_ID,
                    [property_full_name(p.property_path, p.property_name)],
                    "",
                ).with_sources(base, rev)
            )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
