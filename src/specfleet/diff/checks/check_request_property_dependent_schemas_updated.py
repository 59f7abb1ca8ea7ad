"""Request body / property dependentSchemas entries added or removed."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_map_item_source
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_DEPENDENT_SCHEMA_ADDED_ID = "request-body-dependent-schema-added"
REQUEST_BODY_DEPENDENT_SCHEMA_REMOVED_ID = "request-body-dependent-schema-removed"
REQUEST_PROPERTY_DEPENDENT_SCHEMA_ADDED_ID = "request-property-dependent-schema-added"
REQUEST_PROPERTY_DEPENDENT_SCHEMA_REMOVED_ID = "request-property-dependent-schema-removed"


def request_property_dependent_schemas_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """A new dependent schema adds conditions a request must meet when the trigger property is sent."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        op = info.operation_item
        dep_diff = info.schema_diff.dependent_schemas_diff
        if dep_diff is not None:
            for name in dep_diff.added:
                rev = schema_map_item_source(op.revision, dep_diff.revision, name)
                result.append(
                    info.new_change(REQUEST_BODY_DEPENDENT_SCHEMA_ADDED_ID, [name], "").with_sources(
                        None, rev
                    )
                )
            for name in dep_diff.deleted:
                base = schema_map_item_source(op.base, dep_diff.base, name)
                result.append(
                    info.new_change(REQUEST_BODY_DEPENDENT_SCHEMA_REMOVED_ID, [name], "").with_sources(
                        base, None
                    )
                )

        def process_property(p: PropertyInfo) -> None:
            prop_dep = p.property_diff.dependent_schemas_diff
            if prop_dep is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            for name in prop_dep.added:
                rev = schema_map_item_source(op.revision, prop_dep.revision, name)
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_DEPENDENT_SCHEMA_ADDED_ID, [name, prop_name], ""
                    ).with_sources(None, rev)
                )
            for name in prop_dep.deleted:
                base = schema_map_item_source(op.base, prop_dep.base, name)
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_DEPENDENT_SCHEMA_REMOVED_ID, [name, prop_name], ""
                    ).with_sources(base, None)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
