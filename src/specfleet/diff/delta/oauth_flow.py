"""Diff of one OAuth flow (implicit, password, client credentials or authorization code)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.string_map_diff import StringMapDiff, get_string_map_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import OAuthFlow


@dataclass(slots=True)
class OAuthFlowDiff:
    """Changes between two OAuth flows of the same kind."""

    added: bool = False
    deleted: bool = False
    extensions_diff: ExtensionsDiff | None = None
    authorization_url_diff: ValueDiff | None = None
    token_url_diff: ValueDiff | None = None
    refresh_url_diff: ValueDiff | None = None
    scopes_diff: StringMapDiff | None = None

    def empty(self) -> bool:
        return self == OAuthFlowDiff()


def get_o_auth_flow_diff(
    config: Config, flow1: OAuthFlow | None, flow2: OAuthFlow | None
) -> OAuthFlowDiff | None:
    diff = get_o_auth_flow_diff_internal(config, flow1, flow2)
    if diff is None or diff.empty():
        return None
    return diff


def get_o_auth_flow_diff_internal(
    config: Config, flow1: OAuthFlow | None, flow2: OAuthFlow | None
) -> OAuthFlowDiff | None:
    if flow1 is None and flow2 is None:
        return None
    if flow1 is None:
        return OAuthFlowDiff(added=True)
    if flow2 is None:
        return OAuthFlowDiff(deleted=True)
    return OAuthFlowDiff(
        extensions_diff=get_extensions_diff(config, flow1.extensions, flow2.extensions),
        authorization_url_diff=get_value_diff(flow1.authorization_url, flow2.authorization_url),
        token_url_diff=get_value_diff(flow1.token_url, flow2.token_url),
        refresh_url_diff=get_value_diff(flow1.refresh_url, flow2.refresh_url),
        scopes_diff=get_string_map_diff(flow1.scopes, flow2.scopes),
    )


get_oauth_flow_diff = get_o_auth_flow_diff
