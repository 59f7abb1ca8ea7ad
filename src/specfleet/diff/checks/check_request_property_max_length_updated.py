"""Request body / property maxLength decreased or increased."""

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

REQUEST_BODY_MAX_LENGTH_DECREASED_ID = "request-body-max-length-decreased"
REQUEST_BODY_MAX_LENGTH_INCREASED_ID = "request-body-max-length-increased"
REQUEST_PROPERTY_MAX_LENGTH_DECREASED_ID = "request-property-max-length-decreased"
REQUEST_READ_ONLY_PROPERTY_MAX_LENGTH_DECREASED_ID = "request-read-only-property-max-length-decreased"
REQUEST_PROPERTY_MAX_LENGTH_INCREASED_ID = "request-property-max-length-increased"


def request_property_max_length_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """A lower maxLength rejects longer strings that used to be accepted."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        base, rev = schema_field_sources(info.operation_item, info.schema_diff, "maxLength")
        d = info.schema_diff.max_length_diff
        if d is not None and d.from_ is not None and d.to is not None:
            if is_decreased_value(d):
                result.append(
                    info.new_change(REQUEST_BODY_MAX_LENGTH_DECREASED_ID, [d.to], "").with_sources(base, rev)
                )
            else:
                result.append(
                    info.new_change(REQUEST_BODY_MAX_LENGTH_INCREASED_ID, [d.from_, d.to], "").with_sources(
                        base, rev
                    )
                )

        def process_property(p: PropertyInfo) -> None:
            pd = p.property_diff.max_length_diff
            if pd is None or pd.from_ is None or pd.to is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            prop_base, prop_rev = schema_field_sources(info.operation_item, p.property_diff, "maxLength")
            if is_decreased_value(pd):
                rule = REQUEST_PROPERTY_MAX_LENGTH_DECREASED_ID
                revision = p.property_diff.revision
                if revision is not None and revision.read_only:
                    rule = REQUEST_READ_ONLY_PROPERTY_MAX_LENGTH_DECREASED_ID
                result.append(p.new_change(rule, [prop_name, pd.to], "").with_sources(prop_base, prop_rev))
            else:
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_MAX_LENGTH_INCREASED_ID, [prop_name, pd.from_, pd.to], ""
                    ).with_sources(prop_base, prop_rev)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
