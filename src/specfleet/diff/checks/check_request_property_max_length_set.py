"""Request body / property maxLength set where there was none."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import comment_id, property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_MAX_LENGTH_SET_ID = "request-body-max-length-set"
REQUEST_PROPERTY_MAX_LENGTH_SET_ID = "request-property-max-length-set"


def request_property_max_length_set_check(diff_report: Diff, config: Config) -> list[Change]:
    """A new maxLength may reject strings clients already send."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        d = info.schema_diff.max_length_diff
        if d is not None and d.from_ is None and d.to is not None:
            _, rev = schema_field_sources(info.operation_item, info.schema_diff, "maxLength")
            result.append(
                info.new_change(
                    REQUEST_BODY_MAX_LENGTH_SET_ID, [d.to], comment_id(REQUEST_BODY_MAX_LENGTH_SET_ID)
                ).with_sources(None, rev)
            )

        def process_property(p: PropertyInfo) -> None:
            pd = p.property_diff.max_length_diff
            if pd is None or pd.from_ is not None or pd.to is None:
                return
            revision = p.property_diff.revision
            if revision is None or revision.read_only:
                return
            _, rev = schema_field_sources(info.operation_item, p.property_diff, "maxLength")
            result.append(
                p.new_change(
                    REQUEST_PROPERTY_MAX_LENGTH_SET_ID,
                    [property_full_name(p.property_path, p.property_name), pd.to],
                    comment_id(REQUEST_PROPERTY_MAX_LENGTH_SET_ID),
                ).with_sources(None, rev)
            )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
