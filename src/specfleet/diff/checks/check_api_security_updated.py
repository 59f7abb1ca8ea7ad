"""Security requirements added, removed or re-scoped, globally and per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from specfleet.diff.checks.level import INFO
from specfleet.diff.checks.op_info import new_op_info_from_diff
from specfleet.diff.checks.security_change import SecurityChange
from specfleet.diff.checks.source import security_source

if TYPE_CHECKING:
    from specfleet.diff.checks.change import Change, Source
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff

API_SECURITY_REMOVED_CHECK_ID = "api-security-removed"
API_SECURITY_ADDED_CHECK_ID = "api-security-added"
API_SECURITY_SCOPE_ADDED_ID = "api-security-scope-added"
API_SECURITY_SCOPE_REMOVED_ID = "api-security-scope-removed"
API_GLOBAL_SECURITY_REMOVED_CHECK_ID = "api-global-security-removed"
API_GLOBAL_SECURITY_ADDED_CHECK_ID = "api-global-security-added"
API_GLOBAL_SECURITY_SCOPE_ADDED_ID = "api-global-security-scope-added"
API_GLOBAL_SECURITY_SCOPE_REMOVED_ID = "api-global-security-scope-removed"


def _root_field(document_pointer: Source | None, field: str) -> Source | None:
    """Where a top-level field of a document is written (None without a document location)."""
    if document_pointer is None:
        return None
    return (*document_pointer, field)


def check_global_security(diff_report: Diff) -> list[Change]:
    """Changes to the document-level ``security`` list (always INFO: operations may override it)."""
    result: list[Change] = []
    security_diff = diff_report.security_diff
    if security_diff is None:
        return result

    base_source = _root_field(security_diff.base_origin, "security")
    revision_source = _root_field(security_diff.revision_origin, "security")

    for added_security in security_diff.added:
        result.append(
            SecurityChange(
                id=API_GLOBAL_SECURITY_ADDED_CHECK_ID, level=INFO, args=[added_security.string()]
            ).with_sources(None, revision_source)
        )
    for removed_security in security_diff.deleted:
        result.append(
            SecurityChange(
                id=API_GLOBAL_SECURITY_REMOVED_CHECK_ID, level=INFO, args=[removed_security.string()]
            ).with_sources(base_source, None)
        )
    for updated_security in security_diff.modified:
        for scheme_name, scopes_diff in updated_security.scopes.items():
            for added_scope in scopes_diff.added:
                result.append(
                    SecurityChange(
                        id=API_GLOBAL_SECURITY_SCOPE_ADDED_ID, level=INFO, args=[added_scope, scheme_name]
                    ).with_sources(None, revision_source)
                )
            for deleted_scope in scopes_diff.deleted:
                result.append(
                    SecurityChange(
                        id=API_GLOBAL_SECURITY_SCOPE_REMOVED_ID, level=INFO, args=[deleted_scope, scheme_name]
                    ).with_sources(base_source, None)
                )
    return result


def api_security_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    result: list[Change] = []
    result.extend(check_global_security(diff_report))

    if diff_report.paths_diff is None or not diff_report.paths_diff.modified:
        return result

    for path, path_item in diff_report.paths_diff.modified.items():
        if path_item.operations_diff is None:
            continue
        for operation, operation_item in path_item.operations_diff.modified.items():
            security_diff = operation_item.security_diff
            if security_diff is None:
                continue

            base_source = security_source(operation_item.base)
            revision_source = security_source(operation_item.revision)
            op_info = new_op_info_from_diff(config, operation_item, operation, path)

            for added_security in security_diff.added:
                if not added_security.schemes:
                    continue
                result.append(
                    op_info.new_api_change(
                        API_SECURITY_ADDED_CHECK_ID, [added_security.string()], ""
                    ).with_sources(None, revision_source)
                )
            for deleted_security in security_diff.deleted:
                if not deleted_security.schemes:
                    continue
                result.append(
                    op_info.new_api_change(
                        API_SECURITY_REMOVED_CHECK_ID, [deleted_security.string()], ""
                    ).with_sources(base_source, None)
                )
            for updated_security in security_diff.modified:
                if updated_security.scopes.empty():
                    continue
                for scheme_name, scopes_diff in updated_security.scopes.items():
                    for added_scope in scopes_diff.added:
                        result.append(
                            op_info.new_api_change(
                                API_SECURITY_SCOPE_ADDED_ID, [added_scope, scheme_name], ""
                            ).with_sources(None, revision_source)
                        )
                    for deleted_scope in scopes_diff.deleted:
                        result.append(
                            op_info.new_api_change(
                                API_SECURITY_SCOPE_REMOVED_ID, [deleted_scope, scheme_name], ""
                            ).with_sources(base_source, None)
                        )
    return result
