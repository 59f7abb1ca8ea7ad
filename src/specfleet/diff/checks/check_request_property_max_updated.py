"""Request body / property maximum and exclusiveMaximum decreased or increased."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import is_decreased_value, property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.value_diff import ValueDiff

REQUEST_BODY_MAX_DECREASED_ID = "request-body-max-decreased"
REQUEST_BODY_MAX_INCREASED_ID = "request-body-max-increased"
REQUEST_PROPERTY_MAX_DECREASED_ID = "request-property-max-decreased"
REQUEST_READ_ONLY_PROPERTY_MAX_DECREASED_ID = "request-read-only-property-max-decreased"
REQUEST_PROPERTY_MAX_INCREASED_ID = "request-property-max-increased"
REQUEST_BODY_EXCLUSIVE_MAX_DECREASED_ID = "request-body-exclusive-max-decreased"
REQUEST_BODY_EXCLUSIVE_MAX_INCREASED_ID = "request-body-exclusive-max-increased"
REQUEST_PROPERTY_EXCLUSIVE_MAX_DECREASED_ID = "request-property-exclusive-max-decreased"
REQUEST_READ_ONLY_PROPERTY_EXCLUSIVE_MAX_DECREASED_ID = "request-read-only-property-exclusive-max-decreased"
REQUEST_PROPERTY_EXCLUSIVE_MAX_INCREASED_ID = "request-property-exclusive-max-increased"


def _both_set(d: ValueDiff | None) -> bool:
    return d is not None and d.from_ is not None and d.to is not None


def request_property_max_decreased_check(diff_report: Diff, config: Config) -> list[Change]:
    """A lower maximum rejects numbers that used to be accepted."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        sd = info.schema_diff
        for d, field, decreased_id, increased_id in (
            (sd.max_diff, "maximum", REQUEST_BODY_MAX_DECREASED_ID, REQUEST_BODY_MAX_INCREASED_ID),
            (
                sd.exclusive_max_diff,
                "exclusiveMaximum",
                REQUEST_BODY_EXCLUSIVE_MAX_DECREASED_ID,
                REQUEST_BODY_EXCLUSIVE_MAX_INCREASED_ID,
            ),
        ):
            if d is None or not _both_set(d):
                continue
            base, rev = schema_field_sources(info.operation_item, sd, field)
            if is_decreased_value(d):
                result.append(info.new_change(decreased_id, [d.to], "").with_sources(base, rev))
            else:
                result.append(info.new_change(increased_id, [d.from_, d.to], "").with_sources(base, rev))

        def process_property(p: PropertyInfo) -> None:
            pd = p.property_diff
            prop_name = property_full_name(p.property_path, p.property_name)
            for d, field, decreased_id, read_only_id, increased_id in (
                (
                    pd.max_diff,
                    "maximum",
                    REQUEST_PROPERTY_MAX_DECREASED_ID,
                    REQUEST_READ_ONLY_PROPERTY_MAX_DECREASED_ID,
                    REQUEST_PROPERTY_MAX_INCREASED_ID,
                ),
                (
                    pd.exclusive_max_diff,
                    "exclusiveMaximum",
                    REQUEST_PROPERTY_EXCLUSIVE_MAX_DECREASED_ID,
                    REQUEST_READ_ONLY_PROPERTY_EXCLUSIVE_MAX_DECREASED_ID,
                    REQUEST_PROPERTY_EXCLUSIVE_MAX_INCREASED_ID,
                ),
            ):
                if d is None or not _both_set(d):
                    continue
                base, rev = schema_field_sources(info.operation_item, pd, field)
                if is_decreased_value(d):
                    rule = read_only_id if pd.revision is not None and pd.revision.read_only else decreased_id
                    result.append(p.new_change(rule, [prop_name, d.to], "").with_sources(base, rev))
                else:
                    result.append(
                        p.new_change(increased_id, [prop_name, d.from_, d.to], "").with_sources(base, rev)
                    )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
