"""Request body / property minLength increased or decreased."""

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

REQUEST_BODY_MIN_LENGTH_INCREASED_ID = "request-body-min-length-increased"
REQUEST_BODY_MIN_LENGTH_DECREASED_ID = "request-body-min-length-decreased"
REQUEST_PROPERTY_MIN_LENGTH_INCREASED_ID = "request-property-min-length-increased"
REQUEST_PROPERTY_MIN_LENGTH_DECREASED_ID = "request-property-min-length-decreased"


def request_property_min_length_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """A higher minLength rejects shorter strings that used to be accepted."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        d = info.schema_diff.min_length_diff
        if d is not None and d.from_ is not None and d.to is not None:
            base, rev = schema_field_sources(info.operation_item, info.schema_diff, "minLength")
            rule = REQUEST_BODY_MIN_LENGTH_DECREASED_ID
            if is_increased_value(d):
                rule = REQUEST_BODY_MIN_LENGTH_INCREASED_ID
            result.append(info.new_change(rule, [d.from_, d.to], "").with_sources(base, rev))

        def process_property(p: PropertyInfo) -> None:
            pd = p.property_diff.min_length_diff
            if pd is None or pd.from_ is None or pd.to is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            base, rev = schema_field_sources(info.operation_item, p.property_diff, "minLength")
            rule = REQUEST_PROPERTY_MIN_LENGTH_INCREASED_ID
            if is_decreased_value(pd):
                rule = REQUEST_PROPERTY_MIN_LENGTH_DECREASED_ID
            result.append(p.new_change(rule, [prop_name, pd.from_, pd.to], "").with_sources(base, rev))

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
