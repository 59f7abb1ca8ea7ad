"""Diff of one security scheme definition (components.securitySchemes entry)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.oauth_flows import OAuthFlowsDiff, get_o_auth_flows_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff, get_value_diff_conditional

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import SecurityScheme


@dataclass(slots=True)
class SecuritySchemeDiff:
    """Changes between two security schemes with the same name."""

    extensions_diff: ExtensionsDiff | None = None
    type_diff: ValueDiff | None = None
    description_diff: ValueDiff | None = None
    name_diff: ValueDiff | None = None
    in_diff: ValueDiff | None = None
    scheme_diff: ValueDiff | None = None
    bearer_format_diff: ValueDiff | None = None
    o_auth_flows_diff: OAuthFlowsDiff | None = None
    open_id_connect_url_diff: ValueDiff | None = None

    def empty(self) -> bool:
        return self == SecuritySchemeDiff()


def get_security_scheme_diff(
    config: Config, scheme1: SecurityScheme, scheme2: SecurityScheme
) -> SecuritySchemeDiff | None:
    diff = get_security_scheme_diff_internal(config, scheme1, scheme2)
    if diff.empty():
        return None
    return diff


def get_security_scheme_diff_internal(
    config: Config, scheme1: SecurityScheme, scheme2: SecurityScheme
) -> SecuritySchemeDiff:
    return SecuritySchemeDiff(
        extensions_diff=get_extensions_diff(config, scheme1.extensions, scheme2.extensions),
        type_diff=get_value_diff(scheme1.type, scheme2.type),
        description_diff=get_value_diff_conditional(
            config.is_exclude_description(), scheme1.description, scheme2.description
        ),
        name_diff=get_value_diff(scheme1.name, scheme2.name),
        in_diff=get_value_diff(scheme1.in_, scheme2.in_),
        scheme_diff=get_value_diff(scheme1.scheme, scheme2.scheme),
        bearer_format_diff=get_value_diff(scheme1.bearer_format, scheme2.bearer_format),
        o_auth_flows_diff=get_o_auth_flows_diff(config, scheme1.flows, scheme2.flows),
        open_id_connect_url_diff=get_value_diff(scheme1.open_id_connect_url, scheme2.open_id_connect_url),
    )
