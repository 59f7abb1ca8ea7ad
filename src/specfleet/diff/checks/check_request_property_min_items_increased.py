"""Request body / property minItems increased."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import is_increased_value, property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_MIN_ITEMS_INCREASED_ID = "request-body-min-items-increased"
REQUEST_PROPERTY_MIN_ITEMS_INCREASED_ID = "request-property-min-items-increased"


def request_property_min_items_increased_check(diff_report: Diff, config: Config) -> list[Change]:
    """A higher minItems rejects shorter arrays that used to be accepted."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        d = info.schema_diff.min_items_diff
        if d is not None and d.from_ is not None and d.to is not None and is_increased_value(d):
            base, rev = schema_field_sources(info.operation_item, info.schema_diff, "minItems")
            result.append(
                info.new_change(REQUEST_BODY_MIN_ITEMS_INCREASED_ID, [d.to], "").with_sources(base, rev)
            )

        def process_property(p: PropertyInfo) -> None:
            pd = p.property_diff.min_items_diff
            if pd is None or pd.from_ is None or pd.to is None:
                return
            revision = p.property_diff.revision
            if revision is None or revision.read_only:
                return
            if not is_increased_value(pd):
                return
            base, rev = schema_field_sources(info.operation_item, p.property_diff, "minItems")
            result.append(
                p.new_change(
                    REQUEST_PROPERTY_MIN_ITEMS_INCREASED_ID,
                    [property_full_name(p.property_path, p.property_name), pd.to],
                    "",
                ).with_sources(base, rev)
            )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
