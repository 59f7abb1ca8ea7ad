"""Request properties that became (or stopped being) writeOnly or readOnly."""

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

REQUEST_OPTIONAL_PROPERTY_BECAME_NON_WRITE_ONLY_CHECK_ID = "request-optional-property-became-not-write-only"
REQUEST_OPTIONAL_PROPERTY_BECAME_WRITE_ONLY_CHECK_ID = "request-optional-property-became-write-only"
REQUEST_OPTIONAL_PROPERTY_BECAME_READ_ONLY_CHECK_ID = "request-optional-property-became-read-only"
REQUEST_OPTIONAL_PROPERTY_BECAME_NON_READ_ONLY_CHECK_ID = "request-optional-property-became-not-read-only"
REQUEST_REQUIRED_PROPERTY_BECAME_NON_WRITE_ONLY_CHECK_ID = "request-required-property-became-not-write-only"
REQUEST_REQUIRED_PROPERTY_BECAME_WRITE_ONLY_CHECK_ID = "request-required-property-became-write-only"
REQUEST_REQUIRED_PROPERTY_BECAME_READ_ONLY_CHECK_ID = "request-required-property-became-read-only"
REQUEST_REQUIRED_PROPERTY_BECAME_NON_READ_ONLY_CHECK_ID = "request-required-property-became-not-read-only"


def request_property_write_only_read_only_check(diff_report: Diff, config: Config) -> list[Change]:
    """A property turned read-only can no longer be sent; a required one turning so breaks clients."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        def process_property(p: PropertyInfo) -> None:
            parent = p.parent
            if parent is None or parent.base is None or parent.revision is None:
                return
            if parent.revision.properties.get(p.property_name) is None:
                # removed properties are reported by the property-removed check
                return
            required = p.property_name in parent.base.required
            prop_name = property_full_name(p.property_path, p.property_name)

            write_only_diff = p.property_diff.write_only_diff
            if write_only_diff is not None:
                base, rev = schema_field_sources(info.operation_item, p.property_diff, "writeOnly")
                if required:
                    rule = REQUEST_REQUIRED_PROPERTY_BECAME_NON_WRITE_ONLY_CHECK_ID
                    if write_only_diff.to is True:
                        rule = REQUEST_REQUIRED_PROPERTY_BECAME_WRITE_ONLY_CHECK_ID
                else:
                    rule = REQUEST_OPTIONAL_PROPERTY_BECAME_NON_WRITE_ONLY_CHECK_ID
                    if write_only_diff.to is True:
                        rule = REQUEST_OPTIONAL_PROPERTY_BECAME_WRITE_ONLY_CHECK_ID
                result.append(p.new_change(rule, [prop_name], "").with_sources(base, rev))

            read_only_diff = p.property_diff.read_only_diff
            if read_only_diff is not None:
                base, rev = schema_field_sources(info.operation_item, p.property_diff, "readOnly")
                if required:
                    rule = REQUEST_REQUIRED_PROPERTY_BECAME_NON_READ_ONLY_CHECK_ID
                    if read_only_diff.to is True:
                        rule = REQUEST_REQUIRED_PROPERTY_BECAME_READ_ONLY_CHECK_ID
                else:
                    rule = REQUEST_OPTIONAL_PROPERTY_BECAME_NON_READ_ONLY_CHECK_ID
                    if read_only_diff.to is True:
                        rule = REQUEST_OPTIONAL_PROPERTY_BECAME_READ_ONLY_CHECK_ID
                result.append(p.new_change(rule, [prop_name], "").with_sources(base, rev))

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
