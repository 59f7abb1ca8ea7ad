"""Request body / property minimum or exclusiveMinimum set where there was none."""

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

REQUEST_BODY_MIN_SET_ID = "request-body-min-set"
REQUEST_PROPERTY_MIN_SET_ID = "request-property-min-set"
REQUEST_BODY_EXCLUSIVE_MIN_SET_ID = "request-body-exclusive-min-set"
REQUEST_PROPERTY_EXCLUSIVE_MIN_SET_ID = "request-property-exclusive-min-set"


def request_property_min_set_check(diff_report: Diff, config: Config) -> list[Change]:
    """A new lower bound may reject numbers clients already send."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        _, rev = schema_field_sources(info.operation_item, info.schema_diff, "minimum")
        d = info.schema_diff.min_diff
        if d is not None and d.from_ is None and d.to is not None:
            result.append(
                info.new_change(
                    REQUEST_BODY_MIN_SET_ID, [d.to], comment_id(REQUEST_BODY_MIN_SET_ID)
                ).with_sources(None, rev)
            )
        ex = info.schema_diff.exclusive_min_diff
        if ex is not None and ex.from_ is None and ex.to is not None:
            _, ex_rev = schema_field_sources(info.operation_item, info.schema_diff, "exclusiveMinimum")
            result.append(
                info.new_change(
                    REQUEST_BODY_EXCLUSIVE_MIN_SET_ID, [ex.to], comment_id(REQUEST_BODY_EXCLUSIVE_MIN_SET_ID)
                ).with_sources(None, ex_rev)
            )

        def process_property(p: PropertyInfo) -> None:
            revision = p.property_diff.revision
            if revision is None or revision.read_only:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            pd = p.property_diff.min_diff
            if pd is not None and pd.from_ is None and pd.to is not None:
                _, prop_rev = schema_field_sources(info.operation_item, p.property_diff, "minimum")
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_MIN_SET_ID,
                        [prop_name, pd.to],
                        comment_id(REQUEST_PROPERTY_MIN_SET_ID),
                    ).with_sources(None, prop_rev)
                )
            pex = p.property_diff.exclusive_min_diff
            if pex is not None and pex.from_ is None and pex.to is not None:
                _, prop_rev = schema_field_sources(info.operation_item, p.property_diff, "exclusiveMinimum")
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_EXCLUSIVE_MIN_SET_ID,
                        [prop_name, pex.to],
                        comment_id(REQUEST_PROPERTY_EXCLUSIVE_MIN_SET_ID),
                    ).with_sources(None, prop_rev)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
