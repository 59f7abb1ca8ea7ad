"""Request property pattern added, removed, changed or generalized to `.*`."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.check_request_parameter_pattern_added_or_changed import (
    PATTERN_ADDED_COMMENT_ID,
    PATTERN_CHANGED_COMMENT_ID,
)
from specfleet.diff.checks.checks_utils import property_full_name
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.media_type_walker import (
    MediaTypeInfo,
    PropertyInfo,
    walk_modified_request_body_schemas,
)
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_PROPERTY_PATTERN_REMOVED_ID = "request-property-pattern-removed"
REQUEST_PROPERTY_PATTERN_ADDED_ID = "request-property-pattern-added"
REQUEST_PROPERTY_PATTERN_CHANGED_ID = "request-property-pattern-changed"
REQUEST_PROPERTY_PATTERN_GENERALIZED_ID = "request-property-pattern-generalized"


def request_property_pattern_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """A new or different pattern may reject strings clients already send."""
    result: list[Change] = []

    def process(info: MediaTypeInfo) -> None:
        def process_property(p: PropertyInfo) -> None:
            pattern_diff = p.property_diff.pattern_diff
            if pattern_diff is None:
                return
            prop_name = property_full_name(p.property_path, p.property_name)
            base, rev = schema_field_sources(info.operation_item, p.property_diff, "pattern")
            # kin keeps an absent pattern as "", so either side may read as empty
            if not pattern_diff.to:
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_PATTERN_REMOVED_ID, [pattern_diff.from_, prop_name], ""
                    ).with_sources(base, rev)
                )
            elif not pattern_diff.from_:
                result.append(
                    p.new_change(
                        REQUEST_PROPERTY_PATTERN_ADDED_ID,
                        [pattern_diff.to, prop_name],
                        PATTERN_ADDED_COMMENT_ID,
                    ).with_sources(base, rev)
                )
            else:
                rule = REQUEST_PROPERTY_PATTERN_CHANGED_ID
                comment = PATTERN_CHANGED_COMMENT_ID
                if pattern_diff.to == ".*":
                    rule = REQUEST_PROPERTY_PATTERN_GENERALIZED_ID
                    comment = ""
                result.append(
                    p.new_change(
                        rule, [prop_name, pattern_diff.from_, pattern_diff.to], comment
                    ).with_sources(base, rev)
                )

        info.walk_properties(process_property)

    walk_modified_request_body_schemas(diff_report, config, process)
    return result
