"""Existing response properties that became required (a stronger guarantee for clients)."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_added_item_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_PROPERTY_BECAME_REQUIRED_ID = "response-property-became-required"
RESPONSE_WRITE_ONLY_PROPERTY_BECAME_REQUIRED_ID = "response-write-only-property-became-required"


def response_property_became_required_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report names added to `required` whose property exists on both sides."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        schema_diff = info.schema_diff
        base, revision = schema_diff.base, schema_diff.revision
        if base is None or revision is None:
            return
        if schema_diff.required_diff is not None:
            for name in schema_diff.required_diff.added:
                if base.properties.get(name) is None:
                    continue  # a new property is reported by the required-property check
                revision_property = revision.properties.get(name)
                if revision_property is None:
                    continue
                rule_id = (
                    RESPONSE_WRITE_ONLY_PROPERTY_BECAME_REQUIRED_ID
                    if revision_property.value.write_only
                    else RESPONSE_PROPERTY_BECAME_REQUIRED_ID
                )
                base_source, revision_source = schema_added_item_sources(
                    info.operation_item, schema_diff, "required", name
                )
                result.append(
                    info.new_change(
                        rule_id, [property_full_name("", name), info.response_status], ""
                    ).with_sources(base_source, revision_source)
                )

        def on_property(p: PropertyInfo) -> None:
            required_diff = p.property_diff.required_diff
            prop_base, prop_revision = p.property_diff.base, p.property_diff.revision
            if required_diff is None or prop_base is None or prop_revision is None:
                return
            for name in required_diff.added:
                base_property = prop_base.properties.get(name)
                if base_property is None:
                    continue
                if prop_revision.properties.get(name) is None:
                    continue
                rule_id = (
                    RESPONSE_WRITE_ONLY_PROPERTY_BECAME_REQUIRED_ID
                    if base_property.value.write_only
                    else RESPONSE_PROPERTY_BECAME_REQUIRED_ID
                )
                base_source, revision_source = schema_added_item_sources(
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
