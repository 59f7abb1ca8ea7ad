"""Request properties added or removed, and request bodies wrapped into a oneOf."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import (
    check_added_properties_diff,
    check_deleted_properties_diff,
    property_full_name,
)
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import MediaTypeInfo, walk_modified_request_body_schemas
from specfleet.diff.checks.source import property_source
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.schema_diff import SchemaDiff
from specfleet.diff.openapi3 import Schema

REQUEST_PROPERTY_REMOVED_ID = "request-property-removed"
NEW_REQUIRED_REQUEST_PROPERTY_ID = "new-required-request-property"
NEW_REQUIRED_REQUEST_PROPERTY_WITH_DEFAULT_ID = "new-required-request-property-with-default"
NEW_OPTIONAL_REQUEST_PROPERTY_ID = "new-optional-request-property"
REQUEST_BODY_WRAPPED_IN_ONE_OF_ID = "request-body-wrapped-in-one-of"

# A request that omits a required property is invalid whether or not the property has a default (the
# default is the server's fallback, not a validity rule), so the "with default" findings stay breaking
# and carry this comment saying why.
REQUIRED_REQUEST_PROPERTY_WITH_DEFAULT_COMMENT_ID = "required-request-property-with-default-error-comment"


def request_property_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """New required properties break existing requests; removed ones may be rejected as unknown."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        # Wrapping a concrete body into a oneOf lets a once-valid payload match several overlapping
        # alternatives, so it is reported once per body. A nullable wrapping has the same shape, but
        # there the transition claims this finding and became-nullable reports the change instead.
        wrapping = info.schema_diff.one_of_wrapping_diff
        if wrapping is not None and not wrapping.empty():
            result.append(info.new_change(REQUEST_BODY_WRAPPED_IN_ONE_OF_ID, [], "").with_sources(None, None))

        def process_deleted(
            property_path: str, property_name: str, property_item: Schema, parent: SchemaDiff
        ) -> None:
            if property_item.read_only:
                return
            # a property moved into a oneOf wrapping is still part of the contract
            parent_wrapping = parent.one_of_wrapping_diff
            if parent_wrapping is not None and property_name in parent_wrapping.moved_properties:
                return
            base = property_source(info.operation_item.base, property_item)
            result.append(
                info.new_change(
                    REQUEST_PROPERTY_REMOVED_ID, [property_full_name(property_path, property_name)], ""
                )
                .with_schema(parent)
                .with_sources(base, None)
            )

        check_deleted_properties_diff(info.schema_diff, process_deleted)

        def process_added(
            property_path: str, property_name: str, property_item: Schema, parent: SchemaDiff
        ) -> None:
            if property_item.read_only:
                return
            prop_name = property_full_name(property_path, property_name)
            rev = property_source(info.operation_item.revision, property_item)
            if parent.revision is not None and property_name in parent.revision.required:
                if property_item.default is None:
                    result.append(
                        info.new_change(NEW_REQUIRED_REQUEST_PROPERTY_ID, [prop_name], "")
                        .with_schema(parent)
                        .with_sources(None, rev)
                    )
                else:
                    result.append(
                        info.new_change(
                            NEW_REQUIRED_REQUEST_PROPERTY_WITH_DEFAULT_ID,
                            [prop_name],
                            REQUIRED_REQUEST_PROPERTY_WITH_DEFAULT_COMMENT_ID,
                        )
                        .with_schema(parent)
                        .with_sources(None, rev)
                    )
            else:
                result.append(
                    info.new_change(NEW_OPTIONAL_REQUEST_PROPERTY_ID, [prop_name], "")
                    .with_schema(parent)
                    .with_sources(None, rev)
                )

        check_added_properties_diff(info.schema_diff, process_added)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
