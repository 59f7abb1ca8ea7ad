"""writeOnly/readOnly flips on optional response properties."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_OPTIONAL_PROPERTY_BECAME_NON_WRITE_ONLY_ID = "response-optional-property-became-not-write-only"
RESPONSE_OPTIONAL_PROPERTY_BECAME_WRITE_ONLY_ID = "response-optional-property-became-write-only"
RESPONSE_OPTIONAL_PROPERTY_BECAME_READ_ONLY_ID = "response-optional-property-became-read-only"
RESPONSE_OPTIONAL_PROPERTY_BECAME_NON_READ_ONLY_ID = "response-optional-property-became-not-read-only"


def response_optional_property_write_only_read_only_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report optional response properties whose writeOnly or readOnly flag changed."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        def on_property(p: PropertyInfo) -> None:
            parent = p.parent
            if parent is None or parent.base is None or parent.revision is None:
                return
            if parent.revision.properties.get(p.property_name) is None:
                return  # removed properties are reported by the optional-property check
            if p.property_name in parent.base.required:
                return  # required properties have their own check
            prop_name = property_full_name(p.property_path, p.property_name)

            write_only_diff = p.property_diff.write_only_diff
            if write_only_diff is not None:
                base_source, revision_source = schema_field_sources(
                    info.operation_item, p.property_diff, "writeOnly"
                )
                rule_id = (
                    RESPONSE_OPTIONAL_PROPERTY_BECAME_WRITE_ONLY_ID
                    if write_only_diff.to is True
                    else RESPONSE_OPTIONAL_PROPERTY_BECAME_NON_WRITE_ONLY_ID
                )
                result.append(
                    p.new_change(rule_id, [prop_name, info.response_status], "").with_sources(
                        base_source, revision_source
                    )
                )

            read_only_diff = p.property_diff.read_only_diff
            if read_only_diff is not None:
                base_source, revision_source = schema_field_sources(
                    info.operation_item, p.property_diff, "readOnly"
                )
                rule_id = (
                    RESPONSE_OPTIONAL_PROPERTY_BECAME_READ_ONLY_ID
                    if read_only_diff.to is True
                    else RESPONSE_OPTIONAL_PROPERTY_BECAME_NON_READ_ONLY_ID
                )
                result.append(
                    p.new_change(rule_id, [prop_name, info.response_status], "").with_sources(
                        base_source, revision_source
                    )
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
