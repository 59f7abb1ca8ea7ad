"""dependentRequired entries added, removed or changed on response schemas (JSON Schema 2020-12)."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.dependent_required_format import format_dependent_required_modification
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_response_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_BODY_DEPENDENT_REQUIRED_ADDED_ID = "response-body-dependent-required-added"
RESPONSE_BODY_DEPENDENT_REQUIRED_REMOVED_ID = "response-body-dependent-required-removed"
RESPONSE_BODY_DEPENDENT_REQUIRED_CHANGED_ID = "response-body-dependent-required-changed"
RESPONSE_PROPERTY_DEPENDENT_REQUIRED_ADDED_ID = "response-property-dependent-required-added"
RESPONSE_PROPERTY_DEPENDENT_REQUIRED_REMOVED_ID = "response-property-dependent-required-removed"
RESPONSE_PROPERTY_DEPENDENT_REQUIRED_CHANGED_ID = "response-property-dependent-required-changed"


def response_property_dependent_required_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report each dependentRequired key whose dependency list appeared, disappeared or changed."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        dep_diff = info.schema_diff.dependent_required_diff
        if dep_diff is not None:
            status = info.response_status
            base_source, revision_source = schema_field_sources(
                info.operation_item, info.schema_diff, "dependentRequired"
            )
            for key, values in dep_diff.added.items():
                result.append(
                    info.new_change(
                        RESPONSE_BODY_DEPENDENT_REQUIRED_ADDED_ID, [status, key, ", ".join(values)], ""
                    ).with_sources(None, revision_source)
                )
            for key, values in dep_diff.deleted.items():
                result.append(
                    info.new_change(
                        RESPONSE_BODY_DEPENDENT_REQUIRED_REMOVED_ID, [status, key, ", ".join(values)], ""
                    ).with_sources(base_source, None)
                )
            for key, strings_diff in dep_diff.modified.items():
                result.append(
                    info.new_change(
                        RESPONSE_BODY_DEPENDENT_REQUIRED_CHANGED_ID,
                        [key, status, format_dependent_required_modification(strings_diff)],
                        "",
                    ).with_sources(base_source, revision_source)
                )

        def on_property(p: PropertyInfo) -> None:
            prop_dep = p.property_diff.dependent_required_diff
            if prop_dep is None:
                return
            status = info.response_status
            prop_name = property_full_name(p.property_path, p.property_name)
            base_source, revision_source = schema_field_sources(
                info.operation_item, p.property_diff, "dependentRequired"
            )
            for key, values in prop_dep.added.items():
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_DEPENDENT_REQUIRED_ADDED_ID,
                        [prop_name, status, key, ", ".join(values)],
                        "",
                    ).with_sources(None, revision_source)
                )
            for key, values in prop_dep.deleted.items():
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_DEPENDENT_REQUIRED_REMOVED_ID,
                        [prop_name, status, key, ", ".join(values)],
                        "",
                    ).with_sources(base_source, None)
                )
            for key, strings_diff in prop_dep.modified.items():
                result.append(
                    p.new_change(
                        RESPONSE_PROPERTY_DEPENDENT_REQUIRED_CHANGED_ID,
                        [prop_name, key, status, format_dependent_required_modification(strings_diff)],
                        "",
                    ).with_sources(base_source, revision_source)
                )

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
