"""Response properties that stayed but are no longer required: clients may now miss them."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_deleted_item_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_PROPERTY_BECAME_OPTIONAL_ID = "response-property-became-optional"
RESPONSE_WRITE_ONLY_PROPERTY_BECAME_OPTIONAL_ID = "response-write-only-property-became-optional"


def response_property_became_optional_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report names dropped from `required` whose property still exists in the revision."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        schema_diff = info.schema_diff
        base, revision = schema_diff.base, schema_diff.revision
        if base is None or revision is None:
            return
        if schema_diff.required_diff is not None:
            for name in schema_diff.required_diff.deleted:
                revision_property = revision.properties.get(name)
                if revision_property is None:
                    continue  # a removed property is reported by the required-property check
                rule_id = (
                    RESPONSE_WRITE_ONLY_PROPERTY_BECAME_OPTIONAL_ID
                    if revision_property.value.write_only
                    else RESPONSE_PROPERTY_BECAME_OPTIONAL_ID
                )
                base_source, revision_source = schema_deleted_item_sources(
                    info.operation_item, schema_diff, "required", name
                )
                result.append(
                    info.new_change(rule_id, [name, info.response_status], "").with_sources(
                        base_source, revision_source
                    )
                )

        def on_property(p: PropertyInfo) -> None:
            required_diff = p.property_diff.required_diff
            prop_base, prop_revision = p.property_diff.base, p.property_diff.revision
            if required_diff is None or prop_base is None or prop_revision is None:
                return
            for name in required_diff.deleted:
                base_property = prop_base.properties.get(name)
                if base_property is None:
                    continue
                if prop_revision.properties.get(name) is None:
                    continue  # a removed property is reported by the required-property check
                rule_id = (
                    RESPONSE_WRITE_ONLY_PROPERTY_BECAME_OPTIONAL_ID
                    if base_property.value.write_only
                    else RESPONSE_PROPERTY_BECAME_OPTIONAL_ID
                )
                base_source, revision_source = schema_deleted_item_sources(
                    info.operation_item, p.property_diff, "required", name
                )
                full_name = property_full_name(p.property_path, property_full_name(p.property_name, name))
                result.append(
                    p.new_change(rule_id, [full_name, info.response_status], "").with_sources(
                        base_source, revision_source
                    )
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
