"""Diff of one server object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff, get_value_diff_conditional
from specfleet.diff.delta.variables_diff import VariablesDiff, get_variables_diff

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import Server


@dataclass(slots=True)
class ServerDiff:
    """Changes between two servers with the same URL."""

    added: bool = False
    deleted: bool = False
    extensions_diff: ExtensionsDiff | None = None
    url_diff: ValueDiff | None = None
    description_diff: ValueDiff | None = None
    variables_diff: VariablesDiff | None = None

    def empty(self) -> bool:
        return self == ServerDiff()


def get_server_diff(config: Config, value1: Server | None, value2: Server | None) -> ServerDiff | None:
    diff = get_server_diff_internal(config, value1, value2)
    if diff is None or diff.empty():
        return None
    return diff


def get_server_diff_internal(
    config: Config, value1: Server | None, value2: Server | None
) -> ServerDiff | None:
    if value1 is None and value2 is None:
        return None
    if value1 is None:
        return ServerDiff(added=True)
    if value2 is None:
        return ServerDiff(deleted=True)
    return ServerDiff(
        extensions_diff=get_extensions_diff(config, value1.extensions, value2.extensions),
        url_diff=get_value_diff(value1.url, value2.url),
        description_diff=get_value_diff_conditional(
            config.is_exclude_description(), value1.description, value2.description
        ),
        variables_diff=get_variables_diff(config, value1.variables, value2.variables),
    )
