"""Pattern added, removed, changed or generalized on a request parameter's schema."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import schema_field_sources
from specfleet.diff.delta.diff import Diff

REQUEST_PARAMETER_PATTERN_ADDED_ID = "request-parameter-pattern-added"
REQUEST_PARAMETER_PATTERN_REMOVED_ID = "request-parameter-pattern-removed"
REQUEST_PARAMETER_PATTERN_CHANGED_ID = "request-parameter-pattern-changed"
REQUEST_PARAMETER_PATTERN_GENERALIZED_ID = "request-parameter-pattern-generalized"
PATTERN_CHANGED_COMMENT_ID = "pattern-changed-warn-comment"
PATTERN_ADDED_COMMENT_ID = "pattern-added-error-comment"


def request_parameter_pattern_added_or_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Report pattern changes; a new pattern of `.*` counts as a generalization."""
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            if operation_item.parameters_diff is None:
                continue
            op_info = new_op_info_from_diff(config, operation_item, operation, path)
            for param_location, param_items in operation_item.parameters_diff.modified.items():
                for param_name, param_item in param_items.items():
                    schema_diff = param_item.schema_diff
                    if schema_diff is None:
                        continue
                    base_source, revision_source = schema_field_sources(
                        operation_item, schema_diff, "pattern"
                    )
                    pattern_diff = schema_diff.pattern_diff
                    if pattern_diff is None:
                        continue
                    if pattern_diff.from_ in ("", None):
                        result.append(
                            op_info.new_api_change(
                                REQUEST_PARAMETER_PATTERN_ADDED_ID,
                                [pattern_diff.to, param_location, param_name],
                                PATTERN_ADDED_COMMENT_ID,
                            )
                            .with_schema(schema_diff)
                            .with_sources(None, revision_source)
                        )
                    elif pattern_diff.to in ("", None):
                        result.append(
                            op_info.new_api_change(
                                REQUEST_PARAMETER_PATTERN_REMOVED_ID,
                                [pattern_diff.from_, param_location, param_name],
                                "",
                            )
                            .with_schema(schema_diff)
                            .with_sources(base_source, None)
                        )
                    else:
                        rule_id = REQUEST_PARAMETER_PATTERN_CHANGED_ID
                        comment = PATTERN_CHANGED_COMMENT_ID
                        if pattern_diff.to == ".*":
                            rule_id = REQUEST_PARAMETER_PATTERN_GENERALIZED_ID
                            comment = ""
                        result.append(
                            op_info.new_api_change(
                                rule_id,
                                [param_location, param_name, pattern_diff.from_, pattern_diff.to],
                                comment,
                            )
                            .with_schema(schema_diff)
                            .with_sources(base_source, revision_source)
                        )
    return result
