"""Type or format changes on a response header's schema.

A header value is text on the wire, so it is classified like a scalar parameter (not strongly
typed): string -> integer stays readable as text, while dropping a format a client parses breaks.
"""

from __future__ import annotations

from specfleet.diff.checks.change import Change
from specfleet.diff.checks.check_response_property_type_changed import response_type_change_id
from specfleet.diff.checks.config import Config
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.source import header_sources
from specfleet.diff.checks.type_format import (
    get_base_type_format,
    get_revision_type_format,
    get_type_format_dimension,
)
from specfleet.diff.delta.diff import Diff

RESPONSE_HEADER_TYPE_CHANGED_ID = "response-header-type-changed"
RESPONSE_HEADER_TYPE_GENERALIZED_ID = "response-header-type-generalized"
RESPONSE_HEADER_TYPE_SPECIALIZED_ID = "response-header-type-specialized"
RESPONSE_HEADER_TYPE_COMPATIBLE_ID = "response-header-type-compatible"
RESPONSE_HEADER_TYPE_COMPATIBLE_COMMENT_ID = "response-header-type-compatible-comment"


def response_header_type_changed_check(diff_report: Diff, config: Config) -> list[Change]:
    """Classify type/format changes of schema-serialized response headers."""
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
            for response_status, response_diff in operation_item.responses_diff.modified.items():
                if response_diff.headers_diff is None:
                    continue
                for header_name, header_diff in response_diff.headers_diff.modified.items():
                    # Only `schema` serialization; a `content` header is diffed as content.
                    schema_diff = header_diff.schema_diff
                    if schema_diff is None or schema_diff.base is None or schema_diff.revision is None:
                        continue
                    type_diff = schema_diff.type_diff
                    format_diff = schema_diff.format_diff
                    if (type_diff is None or type_diff.empty()) and (
                        format_diff is None or format_diff.empty()
                    ):
                        continue
                    rule_id, comment = response_type_change_id(
                        type_diff,
                        format_diff,
                        False,
                        RESPONSE_HEADER_TYPE_COMPATIBLE_COMMENT_ID,
                        schema_diff,
                        RESPONSE_HEADER_TYPE_SPECIALIZED_ID,
                        RESPONSE_HEADER_TYPE_COMPATIBLE_ID,
                        RESPONSE_HEADER_TYPE_GENERALIZED_ID,
                        RESPONSE_HEADER_TYPE_CHANGED_ID,
                    )
                    base_source, revision_source = header_sources(operation_item, response_diff, header_name)
                    result.append(
                        op_info.new_api_change(
                            rule_id,
                            [
                                header_name,
                                get_type_format_dimension(schema_diff),
                                get_base_type_format(schema_diff),
                                get_revision_type_format(schema_diff),
                                response_status,
                            ],
                            comment,
                        )
                        .with_schema(schema_diff)
                        .with_sources(base_source, revision_source)
                    )
    return result
