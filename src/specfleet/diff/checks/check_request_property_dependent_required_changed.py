"""Request body / property dependentRequired entries added, removed or changed."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.dependent_required_format import format_dependent_required_modification
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_BODY_DEPENDENT_REQUIRED_ADDED_ID = "request-body-dependent-required-added"
REQUEST_BODY_DEPENDENT_REQUIRED_REMOVED_ID = "request-body-dependent-required-removed"
REQUEST_BODY_DEPENDENT_REQUIRED_CHANGED_ID = "request-body-dependent-required-changed"
REQUEST_PROPERTY_DEPENDENT_REQUIRED_ADDED_ID = "request-property-dependent-required-added"
REQUEST_PROPERTY_DEPENDENT_REQUIRED_REMOVED_ID = "request-property-dependent-required-removed"
REQUEST_PROPERTY_DEPENDENT_REQUIRED_CHANGED_ID = "request-property-dependent-required-changed"


def request_property_dependent_required_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """New dependentRequired entries make some previously valid requests incomplete."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        dep_req_diff = info.schema_diff.dependent_required_diff
        if dep_req_diff is not None:
            base, rev = schema_field_sources(info.operation_item, info.schema_diff, "dependentRequired")
            for key, values in dep_req_diff.added.items():
                result.append(
                    info.new_change(
                        REQUEST_BODY_DEPENDENT_REQUIRED_ADDED_ID, [key, ", ".join(values)], ""
                    ).with_sources(None, rev)
                )
            for key, values in dep_req_diff.deleted.items():
                result.append(
                    info.new_change(
                        REQUEST_BODY_DEPENDENT_REQUIRED_REMOVED_ID, [key, ", ".join(values)], ""
                    ).with_sources(base, None)
                )
            for key, strings_diff in dep_req_diff.modified.items():
                result.append(
                    info.new_change(
                        REQUEST_BODY_DEPENDENT_REQUIRED_CHANGED_ID,
                        [key, format_dependent_required_modification(strings_diff)],
                        "",
                    ).with_sources(base, rev)
                )

        def process_property(p: PropertyInfo) -> None:
            prop_dep_req = p.property_diff.dependent_required_diff
            if prop_dep_req is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            base, rev = schema_field_sources(info.operation_item, p.property_diff, "dependentRequired")
            for key, values in prop_dep_req.added.items():
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_DEPENDENT_REQUIRED_ADDED_ID, [prop_name, key, ", ".join(values)], ""
                    ).with_sources(None, rev)
                )
            for key, values in prop_dep_req.deleted.items():
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_DEPENDENT_REQUIRED_REMOVED_ID,
                        [prop_name, key, ", ".join(values)],
                        "",
                    ).with_sources(base, None)
                )
            for key, strings_diff in prop_dep_req.modified.items():
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_DEPENDENT_REQUIRED_CHANGED_ID,
                        [prop_name, key, format_dependent_required_modification(strings_diff)],
                        "",
                    ).with_sources(base, rev)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
