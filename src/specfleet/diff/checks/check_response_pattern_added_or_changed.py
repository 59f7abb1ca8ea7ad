"""Pattern constraints added, changed or removed on response properties."""

from __future__ import annotations

from typing import Any

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

RESPONSE_PROPERTY_PATTERN_ADDED_ID = "response-property-pattern-added"
RESPONSE_PROPERTY_PATTERN_CHANGED_ID = "response-property-pattern-changed"
RESPONSE_PROPERTY_PATTERN_REMOVED_ID = "response-property-pattern-removed"


def response_pattern_added_or_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report pattern changes on response properties (informational: the server chooses values)."""
    result: list[Change] = []

    def on_media_type(info: MediaTypeInfo) -> None:
        def on_property(p: PropertyInfo) -> None:
            pattern_diff = p.property_diff.pattern_diff
            if pattern_diff is None:
                return
            base_source, revision_source = schema_field_sources(
                info.operation_item, p.property_diff, "pattern"
            )
            prop_name = property_full_name(p.property_path, p.property_name)
            rule_id = RESPONSE_PROPERTY_PATTERN_CHANGED_ID
            args: list[Any] = [prop_name, pattern_diff.from_, pattern_diff.to, info.response_status]
            if pattern_diff.to is None or pattern_diff.to == "":
                rule_id = RESPONSE_PROPERTY_PATTERN_REMOVED_ID
                args = [prop_name, pattern_diff.from_, info.response_status]
            elif pattern_diff.from_ is None or pattern_diff.from_ == "":
                rule_id = RESPONSE_PROPERTY_PATTERN_ADDED_ID
                args = [prop_name, pattern_diff.to, info.response_status]
            result.append(p.new_change(rule_id, args, "").with_sources(base_source, revision_source))

        info.walk_properties(on_property)

    walk_modified_response_schemas(diff_report, config, on_media_type)
    return result
