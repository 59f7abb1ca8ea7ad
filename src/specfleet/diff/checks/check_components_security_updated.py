"""Security schemes added, removed, retyped, or with changed implicit OAuth flow urls and scopes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from specfleet.diff.checks.component_change import ComponentChange
from specfleet.diff.checks.level import INFO

if TYPE_CHECKING:
    from collections.abc import Mapping

    from specfleet.diff.checks.change import Change, Source
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff
    from specfleet.diff.delta.security_scheme import SecuritySchemeDiff
    from specfleet.diff.openapi3 import SecuritySchemeRef

API_COMPONENTS_SECURITY_REMOVED_ID = "api-security-component-removed"
API_COMPONENTS_SECURITY_ADDED_ID = "api-security-component-added"
API_COMPONENTS_SECURITY_COMPONENT_OAUTH_URL_UPDATED_ID = "api-security-component-oauth-url-changed"
API_COMPONENTS_SECURITY_TYPE_UPDATED_ID = "api-security-component-type-changed"
API_COMPONENTS_SECURITY_OAUTH_TOKEN_URL_UPDATED_ID = "api-security-component-oauth-token-url-changed"
API_COMPONENT_SECURITY_OAUTH_SCOPE_ADDED_ID = "api-security-component-oauth-scope-added"
API_COMPONENT_SECURITY_OAUTH_SCOPE_REMOVED_ID = "api-security-component-oauth-scope-removed"
API_COMPONENT_SECURITY_OAUTH_SCOPE_UPDATED_ID = "api-security-component-oauth-scope-changed"

COMPONENT_SECURITY_SCHEMES = "securitySchemes"


def _change(id: str, args: list[object]) -> ComponentChange:
    # Security scheme changes are informational whatever the configured rule levels say.
    return ComponentChange(id=id, level=INFO, args=list(args), component=COMPONENT_SECURITY_SCHEMES)


def check_o_auth_updates(
    updated_security: SecuritySchemeDiff,
    updated_security_name: str,
    base_source: Source | None,
    revision_source: Source | None,
) -> list[Change]:
    """Implicit-flow changes: urls and scope values point at both sides, added/removed scopes at one."""
    result: list[Change] = []
    flows_diff = updated_security.o_auth_flows_diff
    if flows_diff is None or flows_diff.implicit_diff is None:
        return result
    implicit_diff = flows_diff.implicit_diff

    if (url_diff := implicit_diff.authorization_url_diff) is not None:
        result.append(
            _change(
                API_COMPONENTS_SECURITY_COMPONENT_OAUTH_URL_UPDATED_ID,
                [updated_security_name, url_diff.from_, url_diff.to],
            ).with_sources(base_source, revision_source)
        )

    if (token_diff := implicit_diff.token_url_diff) is not None:
        result.append(
            _change(
                API_COMPONENTS_SECURITY_OAUTH_TOKEN_URL_UPDATED_ID,
                [updated_security_name, token_diff.from_, token_diff.to],
            ).with_sources(base_source, revision_source)
        )

    if (scopes_diff := implicit_diff.scopes_diff) is not None:
        for added_scope in scopes_diff.added:
            result.append(
                _change(
                    API_COMPONENT_SECURITY_OAUTH_SCOPE_ADDED_ID, [updated_security_name, added_scope]
                ).with_sources(None, revision_source)
            )
        for removed_scope in scopes_diff.deleted:
            result.append(
                _change(
                    API_COMPONENT_SECURITY_OAUTH_SCOPE_REMOVED_ID, [updated_security_name, removed_scope]
                ).with_sources(base_source, None)
            )
        for name, modified_scope in scopes_diff.modified.items():
            result.append(
                _change(
                    API_COMPONENT_SECURITY_OAUTH_SCOPE_UPDATED_ID,
                    [updated_security_name, name, modified_scope.from_, modified_scope.to],
                ).with_sources(base_source, revision_source)
            )

    return result


def _scheme_source(schemes: Mapping[str, SecuritySchemeRef] | None, name: str) -> Source | None:
    ref = schemes.get(name) if schemes else None
    if ref is None or ref.value is None:
        return None
    return ref.value.pointer


def api_components_security_updated_check(diff_report: Diff, config: Config) -> list[Change]:
    result: list[Change] = []
    components_diff = diff_report.components_diff
    if components_diff is None or components_diff.security_schemes_diff is None:
        return result
    schemes_diff = components_diff.security_schemes_diff

    for added in schemes_diff.added:
        result.append(
            _change(API_COMPONENTS_SECURITY_ADDED_ID, [added]).with_sources(
                None, _scheme_source(schemes_diff.revision, added)
            )
        )

    for deleted in schemes_diff.deleted:
        result.append(
            _change(API_COMPONENTS_SECURITY_REMOVED_ID, [deleted]).with_sources(
                _scheme_source(schemes_diff.base, deleted), None
            )
        )

    for name, updated_security in schemes_diff.modified.items():
        base_source = _scheme_source(schemes_diff.base, name)
        revision_source = _scheme_source(schemes_diff.revision, name)

        result.extend(check_o_auth_updates(updated_security, name, base_source, revision_source))

        if (type_diff := updated_security.type_diff) is not None:
            result.append(
                _change(
                    API_COMPONENTS_SECURITY_TYPE_UPDATED_ID, [name, type_diff.from_, type_diff.to]
                ).with_sources(base_source, revision_source)
            )

    return result
