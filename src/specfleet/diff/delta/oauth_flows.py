"""Diff of a security scheme's OAuth flows object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.oauth_flow import OAuthFlowDiff, get_o_auth_flow_diff

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import OAuthFlows


@dataclass(slots=True)
class OAuthFlowsDiff:
    """Changes per OAuth flow kind, or that the whole flows object appeared/disappeared."""

    added: bool = False
    deleted: bool = False
    extensions_diff: ExtensionsDiff | None = None
    implicit_diff: OAuthFlowDiff | None = None
    password_diff: OAuthFlowDiff | None = None
    client_credentials_diff: OAuthFlowDiff | None = None
    authorization_code_diff: OAuthFlowDiff | None = None

    def empty(self) -> bool:
        return self == OAuthFlowsDiff()


def get_o_auth_flows_diff(
    config: Config, flows1: OAuthFlows | None, flows2: OAuthFlows | None
) -> OAuthFlowsDiff | None:
    diff = get_o_auth_flows_diff_internal(config, flows1, flows2)
    if diff is None or diff.empty():
        return None
    return diff


def get_o_auth_flows_diff_internal(
    config: Config, flows1: OAuthFlows | None, flows2: OAuthFlows | None
) -> OAuthFlowsDiff | None:
    if flows1 is None and flows2 is None:
        return None
    if flows1 is None:
        return OAuthFlowsDiff(added=True)
    if flows2 is None:
        return OAuthFlowsDiff(deleted=True)
    return OAuthFlowsDiff(
        extensions_diff=get_extensions_diff(config, flows1.extensions, flows2.extensions),
        implicit_diff=get_o_auth_flow_diff(config, flows1.implicit, flows2.implicit),
        password_diff=get_o_auth_flow_diff(config, flows1.password, flows2.password),
        client_credentials_diff=get_o_auth_flow_diff(
            config, flows1.client_credentials, flows2.client_credentials
        ),
        authorization_code_diff=get_o_auth_flow_diff(
            config, flows1.authorization_code, flows2.authorization_code
        ),
    )


get_oauth_flows_diff = get_o_auth_flows_diff
