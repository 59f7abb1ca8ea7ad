"""Diff of a servers list, matched by URL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from specfleet.diff.delta.server_diff import ServerDiff, get_server_diff
from specfleet.diff.delta.summary import SummaryDetails

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import Server


class ModifiedServers(dict[str, ServerDiff]):
    """Server URL -> its changes."""


@dataclass(slots=True)
class ServersDiff:
    """Servers added, deleted and modified (by URL)."""

    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    modified: ModifiedServers = field(default_factory=ModifiedServers)

    def empty(self) -> bool:
        return not self.added and not self.deleted and not self.modified

    def get_summary(self) -> SummaryDetails:
        return SummaryDetails(added=len(self.added), deleted=len(self.deleted), modified=len(self.modified))


def new_servers_diff() -> ServersDiff:
    return ServersDiff()


def get_servers_diff(
    config: Config, servers1: Sequence[Server] | None, servers2: Sequence[Server] | None
) -> ServersDiff | None:
    diff = get_servers_diff_internal(config, servers1, servers2)
    if diff is None or diff.empty():
        return None
    return diff


def get_servers_diff_internal(
    config: Config, p_servers1: Sequence[Server] | None, p_servers2: Sequence[Server] | None
) -> ServersDiff | None:
    result = new_servers_diff()
    servers1 = deref_servers(p_servers1)
    servers2 = deref_servers(p_servers2)
    for server1 in servers1:
        server2 = find_server(server1, servers2)
        if server2 is not None:
            diff = get_server_diff(config, server1, server2)
            if diff is not None:
                result.modified[server1.url] = diff
        else:
            result.deleted.append(server1.url)
    for server2 in servers2:
        if find_server(server2, servers1) is None:
            result.added.append(server2.url)
    return result


def deref_servers(servers: Sequence[Server] | None) -> Sequence[Server]:
    return () if servers is None else servers


def find_server(server1: Server, servers2: Sequence[Server]) -> Server | None:
    """The first server in ``servers2`` with the same URL."""
    for server2 in servers2:
        if server2.url == server1.url:
            return server2
    return None
