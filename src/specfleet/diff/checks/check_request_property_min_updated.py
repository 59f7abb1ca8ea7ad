"""Request body / property minimum and exclusiveMinimum increased or decreased."""

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
from specfleet.diff.delta.value_diff import ValueDiff

REQUEST_BODY_MIN_INCREASED_ID = "request-body-min-increased"
REQUEST_BODY_MIN_DECREASED_ID = "request-body-min-decreased"
REQUEST_PROPERTY_MIN_INCREASED_ID = "request-property-min-increased"
REQUEST_READ_ONLY_PROPERTY_MIN_INCREASED_ID = "request-read-only-property-min-increased"
REQUEST_PROPERTY_MIN_DECREASED_ID = "request-property-min-decreased"
REQUEST_BODY_EXCLUSIVE_MIN_INCREASED_ID = "request-body-exclusive-min-increased"
REQUEST_BODY_EXCLUSIVE_MIN_DECREASED_ID = "request-body-exclusive-min-decreased"
REQUEST_PROPERTY_EXCLUSIVE_MIN_INCREASED_ID = "request-property-exclusive-min-increased"
REQUEST_READ_ONLY_PROPERTY_EXCLUSIVE_MIN_INCREASED_ID = "request-read-only-property-exclusive-min-increased"
REQUEST_PROPERTY_EXCLUSIVE_MIN_DECREASED_ID = "request-property-exclusive-min-decreased"


def _both_set(d: ValueDiff | None) -> bool:
    return d is not None and d.from_ is not None and d.to is not None


def request_property_min_increased_check(diff_report: Diff, config: Config) -> list[Change]:
    """A higher minimum rejects numbers that used to be accepted."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        sd = info.schema_diff
        for d, field, increased_id, decreased_id in (
            (sd.min_diff, "minimum", REQUEST_BODY_MIN_INCREASED_ID, REQUEST_BODY_MIN_DECREASED_ID),
            (
                sd.exclusive_min_diff,
                "exclusiveMinimum",
                REQUEST_BODY_EXCLUSIVE_MIN_INCREASED_ID,
                REQUEST_BODY_EXCLUSIVE_MIN_DECREASED_ID,
            ),
        ):
            if d is None or not _both_set(d):
                continue
            base, rev = schema_field_sources(info.operation_item, sd, field)
            if is_increased_value(d):
                result.append(info.new_change(increased_id, [d.to], "").with_sources(base, rev))
            else:
                result.append(info.new_change(decreased_id, [d.from_, d.to], "").with_sources(base, rev))

        def process_property(p: PropertyInfo) -> None:
            pd = p.property_diff
            prop_name = property_full_name(p.property_path, p.property_name)
            for d, field, increased_id, read_only_id, decreased_id in (
                (
                    pd.min_diff,
                    "minimum",
                    REQUEST_PROPERTY_MIN_INCREASED_ID,
                    REQUEST_READ_ONLY_PROPERTY_MIN_INCREASED_ID,
                    REQUEST_PROPERTY_MIN_DECREASED_ID,
                ),
                (
                    pd.exclusive_min_diff,
                    "exclusiveMinimum",
                    REQUEST_PROPERTY_EXCLUSIVE_MIN_INCREASED_ID,
                    REQUEST_READ_ONLY_PROPERTY_EXCLUSIVE_MIN_INCREASED_ID,
                    REQUEST_PROPERTY_EXCLUSIVE_MIN_DECREASED_ID,
                ),
            ):
                if d is None or not _both_set(d):
                    continue
                base, rev = schema_field_sources(info.operation_item, pd, field)
                if is_increased_value(d):
                    rule = read_only_id if pd.revision is not None and pd.revision.read_only else increased_id
                    result.append(p.new_change(rule, [prop_name, d.to], "").with_sources(base, rev))
                else:
                    result.append(
                        p.new_change(decreased_id, [prop_name, d.from_, d.to], "").with_sources(base, rev)
                    )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
