"""Renamed response media types (a generalization, a specialization, or a real change)."""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import response_media_type_name_sources
from specfleet.diff.delta.diff import Diff

RESPONSE_MEDIA_TYPE_NAME_CHANGED_ID = "response-media-type-name-changed"
RESPONSE_MEDIA_TYPE_NAME_GENERALIZED_ID = "response-media-type-name-generalized"
RESPONSE_MEDIA_TYPE_NAME_SPECIALIZED_ID = "response-media-type-name-specialized"


def response_media_type_name_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    """Classify each response media type the diff matched under a different name."""
    result: list[Change] = []
    if diff_report.paths_diff is None:
        return result
    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            if operation_item.responses_diff is None or not operation_item.responses_diff.modified:
                continue
            op_info = new_op_info_from_diff(config, operation_item, operation, path)
            for response_status, responses_diff in operation_item.responses_diff.modified.items():
                if responses_diff.content_diff is None:
                    continue
                for media_type in responses_diff.content_diff.media_type_modified.values():
                    name_diff = media_type.name_diff
                    if name_diff is None or name_diff.name_diff is None:
                        continue
                    from_name = name_diff.name_diff.from_
                    to_name = name_diff.name_diff.to
                    base_source, revision_source = response_media_type_name_sources(
                        operation_item,
                        responses_diff,
                        from_name if isinstance(from_name, str) else "",
                        to_name if isinstance(to_name, str) else "",
                    )
                    parameters_diff = name_diff.parameters_diff
                    if parameters_diff is not None and not parameters_diff.empty():
                        rule_id = RESPONSE_MEDIA_TYPE_NAME_CHANGED_ID
                    elif name_diff.is_contained():
                        rule_id = RESPONSE_MEDIA_TYPE_NAME_SPECIALIZED_ID
                    else:
                        rule_id = RESPONSE_MEDIA_TYPE_NAME_GENERALIZED_ID
                    result.append(
                        op_info.new_api_change(
                            rule_id, [from_name, to_name, response_status], ""
                        ).with_sources(base_source, revision_source)
                    )
    return result
