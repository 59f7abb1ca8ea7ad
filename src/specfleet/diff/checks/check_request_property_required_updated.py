"""Existing request properties that became required or optional."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.check_request_property_updated import (
    REQUIRED_REQUEST_PROPERTY_WITH_DEFAULT_COMMENT_ID,
)
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_added_item_sources, schema_deleted_item_sources
from specfleet.diff.delta.diff import Diff
from specfleet.diff.delta.schema_diff import SchemaDiff

REQUEST_PROPERTY_BECAME_REQUIRED_ID = "request-property-became-required"
REQUEST_PROPERTY_BECAME_REQUIRED_WITH_DEFAULT_ID = "request-property-became-required-with-default"
REQUEST_PROPERTY_BECAME_OPTIONAL_ID = "request-property-became-optional"


def request_property_required_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Requiring a property that clients may omit breaks them; a default does not make the omission valid."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        def process_required_diff(schema_diff: SchemaDiff, property_path: str, property_name: str) -> None:
            required_diff = schema_diff.required_diff
            revision = schema_diff.revision
            if required_diff is None or revision is None:
                return
            for name in required_diff.added:
                if not changed_required_property_relevant(schema_diff, name):
                    continue
                base, rev = schema_added_item_sources(info.operation_item, schema_diff, "required", name)
                args = [property_full_name(property_path, property_full_name(property_name, name))]
                if revision.properties[name].value.default is None:
                    result.append(
                        info.new_change(REQUEST_PROPERTY_BECAME_REQUIRED_ID, args, "").with_sources(base, rev)
                    )
                else:
                    result.append(
                        info.new_change(
                            REQUEST_PROPERTY_BECAME_REQUIRED_WITH_DEFAULT_ID,
                            args,
                            REQUIRED_REQUEST_PROPERTY_WITH_DEFAULT_COMMENT_ID,
                        ).with_sources(base, rev)
                    )
            for name in required_diff.deleted:
                if not changed_required_property_relevant(schema_diff, name):
                    continue
                base, rev = schema_deleted_item_sources(info.operation_item, schema_diff, "required", name)
                args = [property_full_name(property_path, property_full_name(property_name, name))]
                result.append(
                    info.new_change(REQUEST_PROPERTY_BECAME_OPTIONAL_ID, args, "").with_sources(base, rev)
                )

        process_required_diff(info.schema_diff, "", "")

        def process_property(p: PropertyInfo) -> None:
            process_required_diff(p.property_diff, p.property_path, p.property_name)

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result


def changed_required_property_relevant(schema_diff: SchemaDiff, changed_required_property_name: str) -> bool:
    """Only properties present on both sides and writable matter here; other checks cover the rest."""
    base, revision = schema_diff.base, schema_diff.revision
    if base is None or revision is None:
        return False
    if base.properties.get(changed_required_property_name) is None:
        # a new property: reported by the new-required-request-property check
        return False
    revision_property = revision.properties.get(changed_required_property_name)
    if revision_property is None:
        # a removed property: reported by request-property-removed
        return False
    # a read-only property is never sent in a request
    return not revision_property.value.read_only
