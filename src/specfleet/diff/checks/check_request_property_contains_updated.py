"""Request body / property contains, minContains and maxContains changes (JSON Schema 2020-12)."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import is_decreased_value, is_increased_value, property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_CONTAINS_ADDED_ID = "request-body-contains-added"
REQUEST_BODY_CONTAINS_REMOVED_ID = "request-body-contains-removed"
REQUEST_BODY_MIN_CONTAINS_INCREASED_ID = "request-body-min-contains-increased"
REQUEST_BODY_MIN_CONTAINS_DECREASED_ID = "request-body-min-contains-decreased"
REQUEST_BODY_MAX_CONTAINS_INCREASED_ID = "request-body-max-contains-increased"
REQUEST_BODY_MAX_CONTAINS_DECREASED_ID = "request-body-max-contains-decreased"
REQUEST_PROPERTY_CONTAINS_ADDED_ID = "request-property-contains-added"
REQUEST_PROPERTY_CONTAINS_REMOVED_ID = "request-property-contains-removed"
REQUEST_PROPERTY_MIN_CONTAINS_INCREASED_ID = "request-property-min-contains-increased"
REQUEST_PROPERTY_MIN_CONTAINS_DECREASED_ID = "request-property-min-contains-decreased"
REQUEST_PROPERTY_MAX_CONTAINS_INCREASED_ID = "request-property-max-contains-increased"
REQUEST_PROPERTY_MAX_CONTAINS_DECREASED_ID = "request-property-max-contains-decreased"


def request_property_contains_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """A new contains, a higher minContains or a lower maxContains rejects arrays that were valid."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        sd = info.schema_diff
        contains_diff = sd.contains_diff
        if contains_diff is not None:
            base, rev = schema_field_sources(info.operation_item, sd, "contains")
            if contains_diff.schema_added:
                result.append(info.new_change(REQUEST_BODY_CONTAINS_ADDED_ID, [], "").with_sources(None, rev))
            if contains_diff.schema_deleted:
                result.append(
                    info.new_change(REQUEST_BODY_CONTAINS_REMOVED_ID, [], "").with_sources(base, None)
                )

        for d, field, increased_id, decreased_id in (
            (
                sd.min_contains_diff,
                "minContains",
                REQUEST_BODY_MIN_CONTAINS_INCREASED_ID,
                REQUEST_BODY_MIN_CONTAINS_DECREASED_ID,
            ),
            (
                sd.max_contains_diff,
                "maxContains",
                REQUEST_BODY_MAX_CONTAINS_INCREASED_ID,
                REQUEST_BODY_MAX_CONTAINS_DECREASED_ID,
            ),
        ):
            if d is None:
                continue
            base, rev = schema_field_sources(info.operation_item, sd, field)
            if is_increased_value(d):
                result.append(info.new_change(increased_id, [d.from_, d.to], "").with_sources(base, rev))
            if is_decreased_value(d):
                result.append(info.new_change(decreased_id, [d.from_, d.to], "").with_sources(base, rev))

        def process_property(p: PropertyInfo) -> None:
            pd = p.property_diff
            prop_name = property_full_name(p.property_path, p.property_name)

            prop_contains = pd.contains_diff
            if prop_contains is not None:
                base, rev = schema_field_sources(info.operation_item, pd, "contains")
                if prop_contains.schema_added:
                    result.append(
                        p.new_change(REQUEST_PROPERTY_CONTAINS_ADDED_ID, [prop_name], "").with_sources(
                            None, rev
                        )
                    )
                if prop_contains.schema_deleted:
                    result.append(
                        p.new_change(REQUEST_PROPERTY_CONTAINS_REMOVED_ID, [prop_name], "").with_sources(
                            base, None
                        )
                    )

            for d, field, increased_id, decreased_id in (
                (
                    pd.min_contains_diff,
                    "minContains",
                    REQUEST_PROPERTY_MIN_CONTAINS_INCREASED_ID,
                    REQUEST_PROPERTY_MIN_CONTAINS_DECREASED_ID,
                ),
                (
                    pd.max_contains_diff,
                    "maxContains",
                    REQUEST_PROPERTY_MAX_CONTAINS_INCREASED_ID,
                    REQUEST_PROPERTY_MAX_CONTAINS_DECREASED_ID,
                ),
            ):
                if d is None:
                    continue
                base, rev = schema_field_sources(info.operation_item, pd, field)
                if is_increased_value(d):
                    result.append(
                        p.new_change(increased_id, [prop_name, d.from_, d.to], "").with_sources(base, rev)
                    )
                if is_decreased_value(d):
                    result.append(
                        p.new_change(decreased_id, [prop_name, d.from_, d.to], "").with_sources(base, rev)
                    )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
